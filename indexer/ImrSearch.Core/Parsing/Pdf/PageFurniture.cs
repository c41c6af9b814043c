using System.Text;
using System.Text.RegularExpressions;

namespace ImrSearch.Parsing;

/// <summary>
/// Removes running headers and footers by what they are, not by a list of phrases: lines at a page's top or bottom
/// edge that repeat on most pages (digits masked, so "Page 2 of 5" and "Page 3 of 5" are one line), page-number
/// lines in any common form ("Page 2 of 5", "2/5", "- 2 -", "2"), and the document's own title or address printed on
/// each page. Only lines at the edges go, from the edge inwards, stopping at the first body line: a rationale line
/// "see page 2" in the body stays.
/// </summary>
internal static partial class PageFurniture
{
    /// <summary>How far into the page from the top or bottom a header or footer line can sit.</summary>
    private const double EdgeBand = 0.15;

    /// <summary>How many lines a header or footer runs to at most.</summary>
    private const int EdgeLines = 4;

    public static List<PdfPageLines> Remove(IReadOnlyList<PdfPageLines> pages, string? title)
    {
        var repeated = RepeatedEdgeLines(pages);
        var cleanTitle = string.IsNullOrWhiteSpace(title) ? null : Mask(title);
        var result = new List<PdfPageLines>(pages.Count);
        foreach (var page in pages)
        {
            var lines = page.Lines;
            var first = 0;
            while (first < lines.Count && first < EdgeLines && IsTop(page, lines[first]) && IsFurniture(lines[first], page, repeated, cleanTitle))
            {
                first++;
            }

            var end = lines.Count;
            while (end > first && lines.Count - end < EdgeLines && IsBottom(page, lines[end - 1]) && IsFurniture(lines[end - 1], page, repeated, cleanTitle))
            {
                end--;
            }

            result.Add(page with { Lines = lines.Skip(first).Take(end - first).ToList() });
        }

        return result;
    }

    private static bool IsTop(PdfPageLines page, PdfTextLine line) => line.Bottom <= page.Height * EdgeBand;

    private static bool IsBottom(PdfPageLines page, PdfTextLine line) => line.Top >= page.Height * (1 - EdgeBand);

    private static bool IsFurniture(PdfTextLine line, PdfPageLines page, Dictionary<string, List<double>> repeated, string? title)
    {
        var text = line.Text.Trim();
        if (PageNumber().IsMatch(text))
        {
            return true;
        }

        var masked = Mask(text);
        if (repeated.TryGetValue(masked, out var positions) && positions.Any(p => Math.Abs(p - (line.Top / page.Height)) < 0.02))
        {
            return true;
        }

        // On a one-page letter nothing repeats: a header or footer still shows the document's title, its address,
        // or a print time stamp beside a page number.
        var rest = TrailingPageNumber().Replace(text, "").Trim();
        return (title is not null && Mask(PrintStamp().Replace(rest, "")) == title)
            || Address().IsMatch(rest)
            || PrintStamp().IsMatch(text);
    }

    /// <summary>
    /// Masked edge lines found on most pages (at least two), with the relative heights they sit at: a line repeating
    /// in the same place page after page is the page's furniture, not the letter's text.
    /// </summary>
    private static Dictionary<string, List<double>> RepeatedEdgeLines(IReadOnlyList<PdfPageLines> pages)
    {
        var seen = new Dictionary<string, List<(int Page, double Position)>>();
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            var edge = page.Lines.Take(EdgeLines).Where(l => IsTop(page, l))
                .Concat(page.Lines.Skip(Math.Max(EdgeLines, page.Lines.Count - EdgeLines)).Where(l => IsBottom(page, l)));
            foreach (var line in edge)
            {
                var key = Mask(line.Text);
                if (!seen.TryGetValue(key, out var list))
                {
                    seen[key] = list = [];
                }

                list.Add((p, line.Top / page.Height));
            }
        }

        var needed = Math.Max(2, (pages.Count + 1) / 2);
        var repeated = new Dictionary<string, List<double>>();
        foreach (var (key, occurrences) in seen)
        {
            // Count pages where the line sits at about the same height as on most others.
            var positions = occurrences.Select(o => o.Position).ToList();
            var typical = positions.Order().ElementAt(positions.Count / 2);
            var pagesThere = occurrences.Where(o => Math.Abs(o.Position - typical) < 0.02).Select(o => o.Page).Distinct().Count();
            if (pagesThere >= needed)
            {
                repeated[key] = [typical];
            }
        }

        return repeated;
    }

    /// <summary>The line with digits masked, spaces collapsed and letter case folded.</summary>
    private static string Mask(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(char.IsDigit(c) ? '#' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^(?:page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}\s*(?:of|/)\s*\d{1,4}|[-\u2013\u2014]\s*\d{1,4}\s*[-\u2013\u2014]|\d{1,4}|\(\d{1,4}\)|\[\d{1,4}\])$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\s*(?:page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}\s*(?:of|/)\s*\d{1,4})$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex TrailingPageNumber();

    /// <summary>A line that is one address: a URL or a file path a browser prints in its footer.</summary>
    [GeneratedRegex(@"^(?:(?:file|https?)://\S+|(?:[A-Za-z]:)?[\\/]\S+\.(?:txt|pdf|html?))$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Address();

    /// <summary>A print time stamp as browsers write it ("11/30/26, 12:14 AM"), alone or before the page's title.</summary>
    [GeneratedRegex(@"^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex PrintStamp();
}
