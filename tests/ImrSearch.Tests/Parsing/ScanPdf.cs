using System.Diagnostics;
using ImrSearch.Parsing;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace ImrSearch.Tests.Parsing;

/// <summary>
/// Turns a text PDF into an image-only one, as a scanner would: every page rendered to a grey PNG by pdftoppm and
/// placed as the page's only content, so the PDF has no text layer at all.
/// </summary>
internal static class ScanPdf
{
    public static byte[] FromTextPdf(byte[] pdf, int dpi = 200)
    {
        var folder = Directory.CreateTempSubdirectory("imr-scan-").FullName;
        try
        {
            var input = Path.Combine(folder, "text.pdf");
            File.WriteAllBytes(input, pdf);
            var render = Process.Start(new ProcessStartInfo("pdftoppm", ["-r", dpi.ToString(), "-gray", "-png", input, Path.Combine(folder, "page")]) { UseShellExecute = false })!;
            Assert.True(render.WaitForExit(120_000), "pdftoppm did not finish");
            Assert.Equal(0, render.ExitCode);

            var builder = new PdfDocumentBuilder();
            foreach (var image in Directory.GetFiles(folder, "page*.png").Order(StringComparer.Ordinal))
            {
                var page = builder.AddPage(PageSize.Letter);
                page.AddPng(File.ReadAllBytes(image), new PdfRectangle(0, 0, page.PageSize.Width, page.PageSize.Height));
            }

            return builder.Build();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>A test that reads scans; skipped, saying which packages to install, when the OCR tools are absent.</summary>
public sealed class OcrFactAttribute : FactAttribute
{
    public OcrFactAttribute()
    {
        if (ScanReader.Unavailable is { } reason)
        {
            Skip = "OCR tests skipped: " + reason + " (.ci/run installs them).";
        }
    }
}

/// <summary>The theory form of <see cref="OcrFactAttribute"/>.</summary>
public sealed class OcrTheoryAttribute : TheoryAttribute
{
    public OcrTheoryAttribute()
    {
        if (ScanReader.Unavailable is { } reason)
        {
            Skip = "OCR tests skipped: " + reason + " (.ci/run installs them).";
        }
    }
}
