using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ImrSearch.Tests.Parsing;

/// <summary>Writes a letter's text lines into a PDF with PdfPig's builder, one text line per PDF line, as a letter is typeset.</summary>
internal static class SeedPdf
{
    public static byte[] Write(string text, int linesPerPage = 56) => Write([text], linesPerPage, runningHeader: null, pageNumbers: null);

    /// <summary>
    /// Letters set in pages with an optional running header above the text and a footer from
    /// <paramref name="pageNumbers"/> (page, pages) below it, as a document's page layout prints them; each letter
    /// starts on a new page.
    /// </summary>
    public static byte[] Write(IEnumerable<string> letters, int linesPerPage, string? runningHeader, Func<int, int, string>? pageNumbers)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        const double FontSize = 10;
        const double LineHeight = 12;
        var pagesOfLines = new List<string[]>();
        foreach (var letter in letters)
        {
            var lines = letter.Replace("\r\n", "\n").Split('\n');
            for (var start = 0; start < lines.Length; start += linesPerPage)
            {
                pagesOfLines.Add(lines.Skip(start).Take(linesPerPage).ToArray());
            }
        }

        for (var p = 0; p < pagesOfLines.Count; p++)
        {
            var page = builder.AddPage(PageSize.Letter);
            if (runningHeader is not null)
            {
                page.AddText(runningHeader, 9, new PdfPoint(54, 760), font);
            }

            if (pageNumbers is not null)
            {
                page.AddText(pageNumbers(p + 1, pagesOfLines.Count), 9, new PdfPoint(270, 30), font);
            }

            var y = runningHeader is null ? 740.0 : 730.0;
            foreach (var line in pagesOfLines[p])
            {
                if (line.Trim().Length > 0)
                {
                    page.AddText(line.TrimEnd(), FontSize, new PdfPoint(54, y), font);
                }

                y -= LineHeight;
            }
        }

        return builder.Build();
    }
}
