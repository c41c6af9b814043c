using System.Text;

namespace ImrSearch.Parsing;

/// <summary>
/// Scans of a citation's text written by hand (each one pass over the text): where the clause's first sentence ends,
/// where web addresses are, and how a leftover topic is tidied.
/// </summary>
internal static class CitationText
{
    /// <summary>
    /// A clause is its first sentence: what follows ("... and why: the guideline recommends ...") is argument. A
    /// sentence ends at a full stop after a lower-case letter, digit or bracket, followed by spaces and a capital, so
    /// "C.C.R. 9792.20" and "p. 58" do not end one.
    /// </summary>
    public static string FirstSentence(string clause)
    {
        for (var i = 1; i < clause.Length - 1; i++)
        {
            if (clause[i] != '.' || !EndsSentence(clause[i - 1]) || !char.IsWhiteSpace(clause[i + 1]))
            {
                continue;
            }

            var next = i + 1;
            while (next < clause.Length && char.IsWhiteSpace(clause[next]))
            {
                next++;
            }

            if (next < clause.Length && char.IsAsciiLetterUpper(clause[next]))
            {
                return clause[..i];
            }

            // The spaces just skipped hold no full stop: go on after them, so a long run is read once.
            i = next - 1;
        }

        return clause;
    }

    private static bool EndsSentence(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is ')' or ']';

    /// <summary>
    /// Web addresses and file names of guideline pages: "(http://www.odg-twc.com/neck.htm", "https://www.acoempracguides.org/Low
    /// Back;" (a capitalised word right before ';' or ',' still belongs to the address), "lowback.htm".
    /// </summary>
    public static List<(int Start, int End)> UrlSpans(string text)
    {
        var spans = new List<(int Start, int End)>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            // One run of non-space characters.
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var address = AddressStart(text, start, i);
            if (address >= 0)
            {
                var end = address;
                while (end < i && text[end] is not (';' or ',' or ')'))
                {
                    end++;
                }

                end = WordBeforeSeparator(text, end) ?? end;
                if (end < text.Length && text[end] == ')')
                {
                    end++;
                }

                spans.Add((address > start && text[address - 1] == '(' ? address - 1 : address, end));
                i = Math.Max(i, end);
                continue;
            }

            var page = PageFileEnd(text, start, i);
            if (page > start)
            {
                spans.Add((start, page));
            }
        }

        return spans;
    }

    /// <summary>Where "http://", "https://" or "www." begins within the run, or -1.</summary>
    private static int AddressStart(string text, int start, int end)
    {
        var run = text.AsSpan(start, end - start);
        foreach (var marker in (ReadOnlySpan<string>)["http://", "https://", "www."])
        {
            var at = run.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                return start + at;
            }
        }

        return -1;
    }

    /// <summary>When the address stopped at a space followed by one capitalised word and then ';' or ',', the end of that word.</summary>
    private static int? WordBeforeSeparator(string text, int end)
    {
        if (end >= text.Length || !char.IsWhiteSpace(text[end]))
        {
            return null;
        }

        var word = end;
        while (word < text.Length && char.IsWhiteSpace(text[word]))
        {
            word++;
        }

        if (word >= text.Length || !char.IsAsciiLetterUpper(text[word]))
        {
            return null;
        }

        var after = word + 1;
        while (after < text.Length && char.IsAsciiLetterLower(text[after]))
        {
            after++;
        }

        return after > word + 1 && after < text.Length && text[after] is ';' or ',' ? after : null;
    }

    /// <summary>The end of ".htm" or ".html" when the run ends with a page file name ("lowback.htm", "neck.html)"), else -1.</summary>
    private static int PageFileEnd(string text, int start, int end)
    {
        var run = text.AsSpan(start, end - start);
        var at = run.LastIndexOf(".htm", StringComparison.OrdinalIgnoreCase);
        if (at <= 0)
        {
            return -1;
        }

        var stop = at + 4;
        if (stop < run.Length && run[stop] is 'l' or 'L')
        {
            stop++;
        }

        return stop < run.Length && char.IsLetterOrDigit(run[stop]) ? -1 : start + stop;
    }

    /// <summary>Collapses spaces, drops empty and unmatched brackets and trims separators left at either end.</summary>
    public static string Tidy(string text)
    {
        var collapsed = CollapseSpaces(text);
        var opens = collapsed.Count(c => c == '(');
        var closes = collapsed.Count(c => c == ')');
        var tidy = new StringBuilder(collapsed.Length);
        foreach (var c in collapsed)
        {
            if (c is '(' or ')' && opens != closes)
            {
                Append(tidy, ' ');
                continue;
            }

            if (c is ')' or ']' && EndsWithOpening(tidy, c == ')' ? '(' : '['))
            {
                // "( )": what the brackets held was blanked.
                tidy.Length = tidy[^1] == ' ' ? tidy.Length - 2 : tidy.Length - 1;
                continue;
            }

            if (c is ',' or ';' or ':' or '.' or ')' && tidy.Length > 0 && tidy[^1] == ' ')
            {
                tidy.Length--;
            }

            Append(tidy, c);
        }

        return tidy.ToString().Trim(' ', ',', ';', ':', '.', '-', '–', '/', '&');
    }

    /// <summary>Every run of white space as one space.</summary>
    public static string CollapseSpaces(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            Append(collapsed, char.IsWhiteSpace(c) ? ' ' : c);
        }

        return collapsed.ToString();
    }

    private static void Append(StringBuilder text, char c)
    {
        if (c != ' ' || (text.Length > 0 && text[^1] != ' '))
        {
            text.Append(c);
        }
    }

    private static bool EndsWithOpening(StringBuilder text, char opening) =>
        (text.Length > 0 && text[^1] == opening) || (text.Length > 1 && text[^1] == ' ' && text[^2] == opening);

    public static string Truncate(string text, int length) => text.Length <= length ? text : text[..length].TrimEnd() + "…";
}
