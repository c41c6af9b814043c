using System.Net;
using ImrSearch.Parsing;
using ImrSearch.Web.Tests.Infrastructure;

namespace ImrSearch.Web.Tests.Pages;

/// <summary>A letter read from a scan says so on its case page; letters read from text do not.</summary>
public sealed class OcrCasePageTests : IDisposable
{
    private readonly string corpus = Directory.CreateTempSubdirectory("imr-ocr-corpus-").FullName;

    public void Dispose() => Directory.Delete(corpus, recursive: true);

    [OcrFact]
    public async Task The_case_page_shows_that_the_text_came_from_ocr()
    {
        var scan = Path.Combine(RepositoryLayout.Root, "tests", "ImrSearch.Tests", "Parsing", "PdfCorpus", "000_f245a003faefca76.scan.pdf");
        File.Copy(scan, Path.Combine(corpus, "scanned.pdf"));
        File.Copy(Path.Combine(RepositoryLayout.Corpus, "001_a2d9d1ce07a723b3.txt"), Path.Combine(corpus, "typed.txt"));
        using var site = SiteFactory.Create(1_000_000, corpus);
        using var client = site.CreateClient();

        var scanned = await HtmlPage.GetAsync(client, "/case/scanned");
        var typed = await HtmlPage.GetAsync(client, "/case/typed");

        Assert.Equal(HttpStatusCode.OK, scanned.Status);
        Assert.Contains("read by OCR", scanned.Text("article.case .notice.ocr"));
        Assert.Equal(HttpStatusCode.OK, typed.Status);
        Assert.Null(typed.Document.QuerySelector(".notice.ocr"));
    }
}

/// <summary>A test that reads a scan; skipped, naming the packages to install, when the OCR tools are absent.</summary>
public sealed class OcrFactAttribute : FactAttribute
{
    public OcrFactAttribute()
    {
        if (PdfLetterText.OcrUnavailable is { } reason)
        {
            Skip = "OCR test skipped: " + reason + " (.ci/run installs them).";
        }
    }
}
