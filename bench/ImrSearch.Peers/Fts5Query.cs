using System.Globalization;
using System.Text;

namespace ImrSearch.Peers;

/// <summary>A fielded facet clause (specialty:psychiatry): the value, or a value holding its words as a whole-word run.</summary>
public sealed record FacetWords(string Dimension, string Value);

/// <summary>
/// A query of the mix in SQLite terms: the FTS5 MATCH expression over the text columns, and the clauses on facet
/// values and the decision year that FTS5 cannot hold (they become SQL conditions, AND-ed with the match).
/// </summary>
/// <param name="Match">The FTS5 expression, or null when the query has no words (browse, or only facet clauses).</param>
/// <param name="Unsupported">Why the query has no FTS5 form (the peer reports it instead of a time), or null.</param>
public sealed record Fts5Query(string? Match, IReadOnlyList<FacetWords> Facets, (int Low, int High)? Years, string? Unsupported)
{
    private static readonly HashSet<string> TextColumns = new(StringComparer.OrdinalIgnoreCase) { "item", "rationale", "summary", "guidelineText" };

    /// <summary>
    /// Translates the subset of Lucene's classic syntax the mix uses: words, "phrases", "phrases"~N (as NEAR, whose
    /// distance is not Lucene's slop), word* prefixes, AND / OR / NOT / + / -, parentheses, text fields (item:,
    /// rationale:, summary:; guideline: as the guideline text only), facet fields and year ranges at the top level.
    /// </summary>
    public static Fts5Query Translate(string query)
    {
        try
        {
            var reader = new Reader(query);
            var node = reader.Expression();
            if (!reader.AtEnd)
            {
                return Fail($"unexpected '{reader.Rest}'");
            }

            if (node is null)
            {
                return new Fts5Query(null, [], null, null);
            }

            var facets = new List<FacetWords>();
            (int, int)? years = null;
            var match = TopLevel(node, facets, ref years);
            return new Fts5Query(match, facets, years, null);
        }
        catch (FormatException e)
        {
            return Fail(e.Message);
        }
    }

    private static Fts5Query Fail(string why) => new(null, [], null, why);

    /// <summary>Top-level AND clauses on facets and years become conditions; everything else must be text.</summary>
    private static string? TopLevel(Node node, List<FacetWords> facets, ref (int, int)? years)
    {
        var clauses = node is And and ? and.Clauses : [(node, false)];
        var positives = new List<string>();
        var negatives = new List<string>();
        foreach (var (clause, negated) in clauses)
        {
            if (!negated && clause is Term { Field: { } field } term && Dimension(field) is { } dimension)
            {
                facets.Add(new FacetWords(dimension, term.Text));
                continue;
            }

            if (!negated && clause is Term { Field: { } yearField, Range: { } range } && yearField.Equals("year", StringComparison.OrdinalIgnoreCase))
            {
                years = range;
                continue;
            }

            (negated ? negatives : positives).Add(Text(clause));
        }

        if (positives.Count == 0 && negatives.Count > 0)
        {
            throw new FormatException("FTS5 cannot match a query of only negations");
        }

        if (positives.Count == 0)
        {
            return null;
        }

        return string.Join(" AND ", positives) + string.Concat(negatives.Select(n => " NOT " + n));
    }

    private static string Text(Node node) => node switch
    {
        Or or => "(" + string.Join(" OR ", or.Clauses.Select(Text)) + ")",
        And and => Conjunction(and),
        Term term => TermText(term),
        _ => throw new FormatException("unknown clause"),
    };

    private static string Conjunction(And and)
    {
        var positives = and.Clauses.Where(c => !c.Negated).Select(c => Text(c.Node)).ToList();
        if (positives.Count == 0)
        {
            throw new FormatException("FTS5 cannot match a group of only negations");
        }

        return "(" + string.Join(" AND ", positives) + string.Concat(and.Clauses.Where(c => c.Negated).Select(c => " NOT " + Text(c.Node))) + ")";
    }

    private static string TermText(Term term)
    {
        string column;
        if (term.Field is null)
        {
            column = "";
        }
        else if (term.Field.Equals("guideline", StringComparison.OrdinalIgnoreCase) || term.Field.Equals("guidelineText", StringComparison.OrdinalIgnoreCase))
        {
            column = "guidelineText : ";
        }
        else if (TextColumns.Contains(term.Field))
        {
            column = TextColumns.First(c => c.Equals(term.Field, StringComparison.OrdinalIgnoreCase)) + " : ";
        }
        else
        {
            throw new FormatException($"{term.Field}: inside a boolean group has no FTS5 form (facets and years are SQL conditions at the top level only)");
        }

        if (term.Range is not null)
        {
            throw new FormatException("a range on a text field has no FTS5 form");
        }

        if (term.Quoted)
        {
            var words = Words(term.Text);
            if (words.Count == 0)
            {
                throw new FormatException("an empty phrase");
            }

            return term.Slop is int slop && words.Count > 1
                ? column + "NEAR(" + string.Join(' ', words.Select(Quote)) + ", " + slop.ToString(CultureInfo.InvariantCulture) + ")"
                : column + Quote(string.Join(' ', words));
        }

        var text = term.Text;
        var prefix = text.EndsWith('*');
        text = text.TrimEnd('*');
        if (text.Contains('*', StringComparison.Ordinal) || text.Contains('?', StringComparison.Ordinal) || text.Length == 0)
        {
            throw new FormatException($"the wildcard in '{term.Text}' has no FTS5 form (only a trailing *)");
        }

        return column + Quote(text) + (prefix ? " *" : "");
    }

    private static List<string> Words(string text) => [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string? Dimension(string field) =>
        field.Equals("guideline", StringComparison.OrdinalIgnoreCase) ? null
        : PeerItem.Dimensions.FirstOrDefault(d => d.Equals(field, StringComparison.OrdinalIgnoreCase));

    private abstract record Node;

    private sealed record Or(IReadOnlyList<Node> Clauses) : Node;

    private sealed record And(IReadOnlyList<(Node Node, bool Negated)> Clauses) : Node;

    private sealed record Term(string? Field, string Text, bool Quoted, int? Slop, (int Low, int High)? Range) : Node;

    /// <summary>A recursive-descent reader of the classic syntax subset (OR binds loosest; a missing operator is AND).</summary>
    private sealed class Reader(string text)
    {
        private int position;

        public bool AtEnd
        {
            get
            {
                SkipSpace();
                return position >= text.Length;
            }
        }

        public string Rest => text[position..];

        public Node? Expression()
        {
            var clauses = new List<Node>();
            while (AndGroup() is { } group)
            {
                clauses.Add(group);
                if (!Keyword("OR") && !Symbol("||"))
                {
                    break;
                }
            }

            return clauses.Count switch
            {
                0 => null,
                1 => clauses[0],
                _ => new Or(clauses),
            };
        }

        private Node? AndGroup()
        {
            var clauses = new List<(Node, bool)>();
            while (true)
            {
                SkipSpace();
                if (position >= text.Length || text[position] == ')' || Peek("OR") || Peek("||"))
                {
                    break;
                }

                if (Keyword("AND") || Symbol("&&"))
                {
                    continue;
                }

                var negated = Keyword("NOT") || Symbol("-") || Symbol("!");
                if (!negated)
                {
                    Symbol("+");
                }

                clauses.Add((Primary(), negated));
            }

            return clauses.Count switch
            {
                0 => null,
                1 when !clauses[0].Item2 => clauses[0].Item1,
                _ => new And(clauses),
            };
        }

        private Node Primary()
        {
            SkipSpace();
            if (Symbol("("))
            {
                var inner = Expression() ?? throw new FormatException("empty parentheses");
                if (!Symbol(")"))
                {
                    throw new FormatException("unclosed parenthesis");
                }

                return inner;
            }

            string? field = null;
            var start = position;
            while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '_'))
            {
                position++;
            }

            if (position < text.Length && text[position] == ':' && position > start)
            {
                field = text[start..position];
                position++;
            }
            else
            {
                position = start;
            }

            if (position < text.Length && text[position] == '"')
            {
                var close = text.IndexOf('"', position + 1);
                if (close < 0)
                {
                    throw new FormatException("unclosed quote");
                }

                var phrase = text[(position + 1)..close];
                position = close + 1;
                int? slop = null;
                if (position < text.Length && text[position] == '~')
                {
                    position++;
                    slop = int.Parse(Token(), CultureInfo.InvariantCulture);
                }

                return new Term(field, phrase, true, slop, null);
            }

            if (position < text.Length && text[position] == '[' && field is not null)
            {
                var close = text.IndexOf(']', position);
                var parts = text[(position + 1)..(close < 0 ? throw new FormatException("unclosed range") : close)].Split(" TO ", StringSplitOptions.TrimEntries);
                position = close + 1;
                if (parts.Length != 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var low) || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var high))
                {
                    throw new FormatException("only whole-number ranges have an SQL form");
                }

                return new Term(field, "", false, null, (low, high));
            }

            var word = Token();
            if (word.Length == 0)
            {
                throw new FormatException($"unexpected '{Rest}'");
            }

            return field is not null && field.Equals("year", StringComparison.OrdinalIgnoreCase) && int.TryParse(word, CultureInfo.InvariantCulture, out var year)
                ? new Term(field, word, false, null, (year, year))
                : new Term(field, word, false, null, null);
        }

        private string Token()
        {
            var builder = new StringBuilder();
            while (position < text.Length && !char.IsWhiteSpace(text[position]) && text[position] is not '(' and not ')' and not '"')
            {
                builder.Append(text[position++]);
            }

            return builder.ToString();
        }

        private bool Keyword(string word)
        {
            SkipSpace();
            if (!Peek(word))
            {
                return false;
            }

            position += word.Length;
            return true;
        }

        private bool Peek(string word)
        {
            if (string.CompareOrdinal(text, position, word, 0, word.Length) != 0)
            {
                return false;
            }

            var after = position + word.Length;
            return word.All(char.IsLetter) ? after >= text.Length || char.IsWhiteSpace(text[after]) || text[after] == '(' : true;
        }

        private bool Symbol(string symbol)
        {
            SkipSpace();
            if (string.CompareOrdinal(text, position, symbol, 0, symbol.Length) != 0)
            {
                return false;
            }

            position += symbol.Length;
            return true;
        }

        private void SkipSpace()
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }
        }
    }
}
