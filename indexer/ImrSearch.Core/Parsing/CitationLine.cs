using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ImrSearch.Domain;

namespace ImrSearch.Parsing;

/// <summary>One topic's pages in a citation line, where they were written, and the page total after them.</summary>
internal sealed record PageGroup(int Start, int End, string Pages, int? Total);

/// <summary>
/// The parts of one citation clause that are not its document or topic, found by the grammar a citation line is
/// written in: <c>[document] [regulation] [edition] [topic] [Page(s): pages [of total]] {[;] topic Page(s): pages [of total]}</c>.
/// The regulation, edition and page groups are read wherever they stand; each page group closes one topic, so a line
/// naming two topics with their own pages is two citations.
/// </summary>
/// <param name="Body">The clause as given.</param>
/// <param name="PageGroups">Each topic's pages, in order.</param>
/// <param name="Regulation">The regulation reference in one spelling ("8 C.C.R. 9792.20 - 9792.26"), or null.</param>
/// <param name="Edition">The edition named by an effective date, else by a year standing alone, or null.</param>
/// <param name="LookupText">The body with the regulation ranges and effective dates blanked (same length): where the
/// document is looked up, so "9792.20 - 9792.26" is not read as the 9792.20 definitions and "2009" of a date as a name.</param>
/// <param name="Blanked">Spans that are never topic text: page groups, regulation, effective date, web addresses.</param>
internal sealed record CitationLine(
    string Body,
    IReadOnlyList<PageGroup> PageGroups,
    string? Regulation,
    GuidelineEdition? Edition,
    GuidelineEdition? YearEdition,
    string LookupText,
    IReadOnlyList<(int Start, int End)> Blanked)
{
    public static CitationLine Read(string body)
    {
        var pageGroups = new List<PageGroup>();
        foreach (Match match in CitationPatterns.Pages.Matches(body))
        {
            var total = match.Groups["total"] is { Success: true } t && int.TryParse(t.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n
                : (int?)null;
            pageGroups.Add(new PageGroup(match.Index, match.Index + match.Length, CitationText.CollapseSpaces(match.Groups["pages"].Value).Trim(), total));
        }

        var lookup = new StringBuilder(body);
        var blanked = new List<(int Start, int End)>(pageGroups.Select(g => (g.Start, g.End)));

        string? regulation = null;
        foreach (Match match in CitationPatterns.Regulation.Matches(body))
        {
            regulation ??= Normalize(match);
            blanked.Add((match.Index, match.Index + match.Length));
            if (match.Groups["to"].Success)
            {
                Blank(lookup, match.Index, match.Index + match.Length);
            }
        }

        GuidelineEdition? edition = null;
        foreach (Match match in CitationPatterns.EffectiveEdition.Matches(body))
        {
            var (start, end) = (match.Index, match.Index + match.Length);
            if (match.Groups["open"].Success != match.Groups["close"].Success)
            {
                // Keep a lone bracket for the tidying to drop: only a pair belongs to the date.
                start = match.Groups["open"].Success ? match.Groups["open"].Index + match.Groups["open"].Length : start;
                end = match.Groups["close"].Success ? match.Groups["close"].Index : end;
            }

            edition ??= EditionOf(match);
            blanked.Add((start, end));
            Blank(lookup, start, end);
        }

        foreach (var url in CitationText.UrlSpans(body))
        {
            blanked.Add(url);
        }

        return new CitationLine(body, pageGroups, regulation, edition, YearNamed(body, blanked), lookup.ToString(), blanked);
    }

    /// <summary>The first year standing alone outside the pages, regulation, date and addresses.</summary>
    private static GuidelineEdition? YearNamed(string body, IReadOnlyList<(int Start, int End)> blanked)
    {
        var text = new StringBuilder(body);
        foreach (var (start, end) in blanked)
        {
            Blank(text, start, end);
        }

        var year = CitationPatterns.EditionYear.Match(text.ToString());
        return year.Success ? new GuidelineEdition(int.Parse(year.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture), null) : null;
    }

    private static GuidelineEdition? EditionOf(Match match)
    {
        int Number(string group) => int.Parse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

        var (year, month, day) = match.Groups["year"].Success ? (Number("year"), LetterDate.MonthNumber(match.Groups["month"].Value), Number("day"))
            : match.Groups["y"].Success ? (Number("y"), Number("m"), Number("d"))
            : match.Groups["monthYear"].Success ? (Number("monthYear"), 0, 0)
            : (Number("yearOnly"), 0, 0);
        if (year is < 1950 or > 2099)
        {
            return null;
        }

        var valid = month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        return new GuidelineEdition(year, valid ? new DateOnly(year, month, day) : null);
    }

    /// <summary>"8 C.C.R. 9792.20 - 9792.26", "8 C.C.R. 9792.24.2", "8 C.C.R." whatever spelling the letter used.</summary>
    private static string Normalize(Match match)
    {
        var text = new StringBuilder(match.Groups["title"].Value).Append(" C.C.R.");
        if (match.Groups["from"].Success)
        {
            text.Append(' ').Append(match.Groups["from"].Value);
        }

        if (match.Groups["to"].Success)
        {
            text.Append(" - ").Append(match.Groups["to"].Value);
        }

        return text.ToString();
    }

    internal static void Blank(StringBuilder text, int start, int end)
    {
        for (var i = Math.Max(0, start); i < end && i < text.Length; i++)
        {
            text[i] = ' ';
        }
    }
}
