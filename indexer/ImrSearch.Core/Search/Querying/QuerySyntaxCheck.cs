namespace ImrSearch.Search.Querying;

/// <summary>
/// Finds the first syntax mistake in a classic Lucene query and describes it for a person: what is wrong and at
/// which character (1-based). The classic parser's own messages name grammar tokens ("Encountered &lt;EOF&gt;"),
/// which mean nothing to a reviewer, so the common mistakes are recognised here before the parser sees them.
/// </summary>
internal static class QuerySyntaxCheck
{
    private enum TokenKind { Clause, FieldName, Open, Close, And, Or, Not, Required, Prohibited }

    private readonly record struct Token(TokenKind Kind, int Start, string Text);

    /// <summary>The first problem in the query, or null when the classic syntax is well formed.</summary>
    public static string? FindProblem(string query)
    {
        var tokens = new List<Token>();
        var problem = Tokenize(query, tokens) ?? CheckSequence(tokens);
        return problem;
    }

    /// <summary>
    /// A '/' inside a word ("L4/5", "sprain/strain", "10/325") starts a regular expression in the classic syntax,
    /// which nobody writing clinical text means; only a '/' at the start of a word opens one.
    /// </summary>
    public static bool IsWordSlash(string query, int index) =>
        query[index] == '/' && index > 0 && !char.IsWhiteSpace(query[index - 1]) && query[index - 1] is not ('(' or ':' or '+' or '-' or '!');

    private static string? Tokenize(string query, List<Token> tokens)
    {
        var openParens = new Stack<int>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            switch (c)
            {
                case '(':
                    if (openParens.Count >= QueryLimits.MaxNesting)
                    {
                        return $"Too deeply nested: the '(' at character {i + 1} opens a group inside {QueryLimits.MaxNesting} others (at most {QueryLimits.MaxNesting} levels).";
                    }

                    openParens.Push(i);
                    tokens.Add(new Token(TokenKind.Open, i, "("));
                    i++;
                    continue;
                case ')':
                    if (openParens.Count == 0)
                    {
                        return $"Unbalanced parenthesis: the ')' at character {i + 1} has no '(' before it.";
                    }

                    openParens.Pop();
                    tokens.Add(new Token(TokenKind.Close, i, ")"));
                    i++;
                    continue;
                case '"':
                    {
                        var close = FindUnescaped(query, i + 1, '"');
                        if (close < 0)
                        {
                            return $"Unbalanced quote: the '\"' at character {i + 1} is never closed.";
                        }

                        tokens.Add(new Token(TokenKind.Clause, i, query[i..(close + 1)]));
                        i = close + 1;
                        var suffixProblem = CheckSuffix(query, ref i);
                        if (suffixProblem is not null)
                        {
                            return suffixProblem;
                        }

                        continue;
                    }

                case '[' or '{':
                    {
                        var close = query.IndexOfAny([']', '}'], i + 1);
                        if (close < 0)
                        {
                            return $"Unclosed range: the '{c}' at character {i + 1} has no closing ']' or '}}' (write ranges like year:[2014 TO 2016]).";
                        }

                        var inside = query[(i + 1)..close];
                        if (!inside.Contains(" TO ", StringComparison.Ordinal))
                        {
                            return $"Malformed range at character {i + 1}: a range needs ' TO ' between its bounds, like year:[2014 TO 2016].";
                        }

                        tokens.Add(new Token(TokenKind.Clause, i, query[i..(close + 1)]));
                        i = close + 1;
                        var suffixProblem = CheckSuffix(query, ref i);
                        if (suffixProblem is not null)
                        {
                            return suffixProblem;
                        }

                        continue;
                    }

                case ']' or '}':
                    return $"Unbalanced range: the '{c}' at character {i + 1} closes a range that was never opened.";
                case ':':
                    return $"Missing field name: the ':' at character {i + 1} has no field name before it.";
                case '^':
                    return $"Misplaced boost: the '^' at character {i + 1} does not follow a word.";
                case '~':
                    return $"Misplaced '~' at character {i + 1}: it must follow a word (knee~) or a phrase (\"return work\"~5).";
                case '+' or '-' or '!':
                    {
                        var kind = c switch { '+' => TokenKind.Required, '-' => TokenKind.Prohibited, _ => TokenKind.Not };
                        var next = i + 1 < query.Length ? query[i + 1] : '\0';
                        if (next is '\0' || char.IsWhiteSpace(next) || next == ')')
                        {
                            return c == '!'
                                ? $"Dangling operator: the '!' at character {i + 1} has nothing after it to exclude."
                                : $"Dangling operator: the '{c}' at character {i + 1} is not attached to a word (write {c}word, without a space).";
                        }

                        tokens.Add(new Token(kind, i, c.ToString()));
                        i++;
                        continue;
                    }

                case '&' when i + 1 < query.Length && query[i + 1] == '&':
                    tokens.Add(new Token(TokenKind.And, i, "&&"));
                    i += 2;
                    continue;
                case '|' when i + 1 < query.Length && query[i + 1] == '|':
                    tokens.Add(new Token(TokenKind.Or, i, "||"));
                    i += 2;
                    continue;
                case '/':
                    {
                        var close = FindUnescaped(query, i + 1, '/');
                        if (close < 0)
                        {
                            return $"Unclosed regular expression: the '/' at character {i + 1} is never closed.";
                        }

                        tokens.Add(new Token(TokenKind.Clause, i, query[i..(close + 1)]));
                        i = close + 1;
                        continue;
                    }
            }

            var start = i;
            var wordProblem = ReadWord(query, ref i);
            if (wordProblem is not null)
            {
                return wordProblem;
            }

            var word = query[start..i];
            if (i < query.Length && query[i] == ':')
            {
                tokens.Add(new Token(TokenKind.FieldName, start, word + ":"));
                i++;
                continue;
            }

            tokens.Add(word switch
            {
                "AND" => new Token(TokenKind.And, start, word),
                "OR" => new Token(TokenKind.Or, start, word),
                "NOT" => new Token(TokenKind.Not, start, word),
                _ => new Token(TokenKind.Clause, start, word),
            });
            var problem = CheckSuffix(query, ref i);
            if (problem is not null)
            {
                return problem;
            }
        }

        return openParens.Count > 0
            ? $"Unbalanced parenthesis: the '(' at character {openParens.Peek() + 1} is never closed."
            : null;
    }

    /// <summary>Reads a plain word (escapes allowed) up to whitespace or a syntax character.</summary>
    private static string? ReadWord(string query, ref int i)
    {
        while (i < query.Length)
        {
            var c = query[i];
            if (c == '\\')
            {
                if (i + 1 >= query.Length)
                {
                    return $"Dangling escape: the '\\' at character {i + 1} has nothing after it to escape.";
                }

                i += 2;
                continue;
            }

            if (char.IsWhiteSpace(c) || c is '(' or ')' or '"' or '[' or ']' or '{' or '}' or ':' or '^' or '~' or '!')
            {
                break;
            }

            if (c == '/' && !IsWordSlash(query, i))
            {
                break;
            }

            i++;
        }

        return null;
    }

    /// <summary>Checks an optional ~N and ^N after a word, phrase or range.</summary>
    private static string? CheckSuffix(string query, ref int i)
    {
        while (i < query.Length && query[i] is '~' or '^')
        {
            var symbol = query[i];
            var at = i;
            i++;
            var numberStart = i;
            while (i < query.Length && (char.IsAsciiDigit(query[i]) || query[i] == '.'))
            {
                i++;
            }

            if (symbol == '^' && i == numberStart)
            {
                return $"Incomplete boost: the '^' at character {at + 1} must be followed by a number (like knee^2).";
            }
        }

        return null;
    }

    private static string? CheckSequence(List<Token> tokens)
    {
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            var previous = t > 0 ? tokens[t - 1] : (Token?)null;
            var next = t + 1 < tokens.Count ? tokens[t + 1] : (Token?)null;
            var nextStartsClause = next is { Kind: TokenKind.Clause or TokenKind.FieldName or TokenKind.Open or TokenKind.Not or TokenKind.Required or TokenKind.Prohibited };

            switch (token.Kind)
            {
                case TokenKind.And or TokenKind.Or:
                    if (previous is null || previous.Value.Kind is TokenKind.Open)
                    {
                        return $"Dangling operator: '{token.Text}' at character {token.Start + 1} has nothing before it.";
                    }

                    if (previous.Value.Kind is TokenKind.And or TokenKind.Or or TokenKind.Not or TokenKind.Required or TokenKind.Prohibited or TokenKind.FieldName)
                    {
                        return $"Dangling operator: '{previous.Value.Text}' at character {previous.Value.Start + 1} is followed by '{token.Text}' instead of a word.";
                    }

                    if (next is { Kind: TokenKind.And or TokenKind.Or })
                    {
                        return $"Dangling operator: '{token.Text}' at character {token.Start + 1} is followed by '{next.Value.Text}' instead of a word.";
                    }

                    if (!nextStartsClause)
                    {
                        return $"Dangling operator: '{token.Text}' at character {token.Start + 1} has nothing after it.";
                    }

                    break;
                case TokenKind.Not or TokenKind.Required or TokenKind.Prohibited:
                    if (!nextStartsClause || next!.Value.Kind is TokenKind.Not or TokenKind.Required or TokenKind.Prohibited && token.Kind is not TokenKind.Not)
                    {
                        return $"Dangling operator: '{token.Text}' at character {token.Start + 1} has nothing after it.";
                    }

                    break;
                case TokenKind.FieldName:
                    if (next is null || next.Value.Kind is TokenKind.Close or TokenKind.And or TokenKind.Or or TokenKind.FieldName)
                    {
                        return $"Empty field: '{token.Text}' at character {token.Start + 1} has nothing after it to search for.";
                    }

                    break;
                case TokenKind.Open when next is { Kind: TokenKind.Close }:
                    return $"Empty parentheses at character {token.Start + 1}.";
            }
        }

        return null;
    }

    private static int FindUnescaped(string text, int from, char target)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
                continue;
            }

            if (text[i] == target)
            {
                return i;
            }
        }

        return -1;
    }
}
