using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ImrSearch.Tests.Parsing;

/// <summary>Writes a letter's text lines into a PDF with PdfPig's builder, one text line per PDF line, as a letter is typeset.</summary>
internal static class SeedPdf
{
    public static byte[] Write(string text, int linesPerPage = 56)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        const double fontSize = 10;
        const double lineHeight = 12;
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var start = 0; start < lines.Length; start += linesPerPage)
        {
            var page = builder.AddPage(PageSize.Letter);
            var y = 740.0;
            foreach (var line in lines.Skip(start).Take(linesPerPage))
            {
                if (line.Trim().Length > 0)
                {
                    page.AddText(line.TrimEnd(), fontSize, new PdfPoint(54, y), font);
                }

                y -= lineHeight;
            }
        }

        return builder.Build();
    }
}
