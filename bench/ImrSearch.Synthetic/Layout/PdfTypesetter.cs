using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ImrSearch.Synthetic;

/// <summary>
/// Sets a generated letter's lines in PDF pages as a document's page layout prints them: Helvetica, 50 lines a page,
/// a running header ("IMR Final Determination") above the text and "Page N of M" below it, so the reader's furniture
/// removal is exercised on every page.
/// </summary>
public static class PdfTypesetter
{
    private const int LinesPerPage = 50;

    public static byte[] Write(string text)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var pages = (lines.Length + LinesPerPage - 1) / LinesPerPage;
        for (var p = 0; p < pages; p++)
        {
            var page = builder.AddPage(PageSize.Letter);
            page.AddText("IMR Final Determination", 8, new PdfPoint(54, 760), font);
            page.AddText($"Page {p + 1} of {pages}", 8, new PdfPoint(270, 30), font);
            var y = 730.0;
            foreach (var line in lines.Skip(p * LinesPerPage).Take(LinesPerPage))
            {
                if (line.Trim().Length > 0)
                {
                    page.AddText(line.TrimEnd(), 9, new PdfPoint(54, y), font);
                }

                y -= 13.5;
            }
        }

        return builder.Build();
    }
}
