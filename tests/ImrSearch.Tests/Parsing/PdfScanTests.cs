using ImrSearch.Domain;
using ImrSearch.Parsing;

namespace ImrSearch.Tests.Parsing;

/// <summary>Scans: a seed letter rendered to an image-only PDF is read by OCR to the same items and decisions.</summary>
public sealed class PdfScanTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("imr-pdf-scan-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [OcrTheory]
    [InlineData(SeedLetters.Letter001)]
    [InlineData(SeedLetters.Letter004)]
    public void A_scan_of_a_seed_is_read_by_ocr_to_the_same_items_and_decisions(string seed)
    {
        var scan = ScanPdf.FromTextPdf(SeedPdf.Write([SeedLetters.Text(seed)], 50, "IMR Final Determination", (p, n) => $"Page {p} of {n}"));
        var pdf = Path.Combine(folder, "scan.pdf");
        File.WriteAllBytes(pdf, scan);
        Assert.True(PdfLetterText.Extract(File.ReadAllBytes(pdf)) is { Ocr: true }, "the scan has a text layer; it should have none");

        var fromScan = LetterReader.Read(pdf, seed);
        var fromText = SeedLetters.Parse(seed);

        Assert.True(fromScan.IsParsed, fromScan.Error);
        var read = fromScan.Determination!;
        Assert.True(read.Ocr);
        Assert.Equal(fromText.Decisions.Select(Essentials), read.Decisions.Select(Essentials));
        Assert.Equal(fromText.Patient, read.Patient);
        Assert.Equal(fromText.Reviewer.Specialties, read.Reviewer.Specialties);
        Assert.All(read.Decisions, d => Assert.DoesNotContain("IMR Final Determination", d.Rationale));
    }

    [OcrFact]
    public void The_committed_scan_with_a_browser_header_and_footer_is_read_by_ocr()
    {
        var seed = SeedLetters.Letter000;
        var fromScan = LetterReader.Read(Path.Combine(SeedLetters.PdfCorpusDirectory, Path.GetFileNameWithoutExtension(seed) + ".scan.pdf"), seed);
        var fromText = SeedLetters.Parse(seed);

        Assert.True(fromScan.IsParsed, fromScan.Error);
        Assert.True(fromScan.Determination!.Ocr);
        Assert.Equal(fromText.Decisions.Select(Essentials), fromScan.Determination.Decisions.Select(Essentials));
        Assert.All(fromScan.Determination.Decisions, d => Assert.DoesNotContain("file:", d.Rationale));
    }

    [OcrFact]
    public void The_json_says_the_text_came_from_ocr()
    {
        var scan = ScanPdf.FromTextPdf(SeedPdf.Write(SeedLetters.Text(SeedLetters.Letter000)));
        var pdf = Path.Combine(folder, "scan.pdf");
        File.WriteAllBytes(pdf, scan);

        var json = ParseResultJson.Read(ParseResultJson.ToJsonLine(LetterReader.Read(pdf)));
        var text = ParseResultJson.Read(ParseResultJson.ToJsonLine(SeedLetters.ParseResult(SeedLetters.Letter000)));

        Assert.True((bool?)json["ocr"]);
        Assert.False((bool?)text["ocr"]);
    }

    [Fact]
    public void Without_the_tools_a_scan_is_rejected_naming_the_packages_to_install()
    {
        var reason = ScanReader.MissingTools(["pdftoppm", "tesseract"]);

        Assert.Contains("no text layer", reason);
        Assert.Contains("poppler-utils", reason);
        Assert.Contains("tesseract-ocr-eng", reason);
    }

    private static (string Item, Decision Decision, string Treatment, decimal? Quantity, string? BodyRegion) Essentials(DecidedItem item) =>
        (item.Item, item.Decision, item.Treatment, item.Quantity, item.BodyRegion);
}
