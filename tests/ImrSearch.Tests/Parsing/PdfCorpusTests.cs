using ImrSearch.Domain;
using ImrSearch.Parsing;

namespace ImrSearch.Tests.Parsing;

/// <summary>
/// The PDF test corpus: each seed letter as several producers write it, checked field by field against the letter's
/// text parse. Chromium's prints (of the .txt file as a browser opens it, with and without its default header and
/// footer) are committed in PdfCorpus/ (made by PdfCorpus/make.sh); PdfPig's writer and the paged layout are made here.
/// </summary>
public sealed class PdfCorpusTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("imr-pdf-corpus-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    public static TheoryData<string, string> ChromiumPrints()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in SeedLetters.All)
        {
            data.Add(seed, "chromium");
            data.Add(seed, "chromium-header-footer");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ChromiumPrints))]
    public void A_chromium_print_parses_to_the_fields_of_its_text(string seed, string producer)
    {
        var pdf = Path.Combine(SeedLetters.PdfCorpusDirectory, $"{Path.GetFileNameWithoutExtension(seed)}.{producer}.pdf");

        AssertSameAsText(seed, LetterReader.Read(pdf, seed));
    }

    [Theory]
    [InlineData(SeedLetters.Letter000)]
    [InlineData(SeedLetters.Letter001)]
    [InlineData(SeedLetters.Letter002)]
    [InlineData(SeedLetters.Letter003)]
    [InlineData(SeedLetters.Letter004)]
    public void A_paged_layout_with_a_running_header_and_page_n_of_m_parses_to_the_fields_of_its_text(string seed)
    {
        // Short pages, so every letter has several and page breaks fall inside rationales.
        var bytes = SeedPdf.Write([SeedLetters.Text(seed)], 40, "IMR Final Determination", (page, pages) => $"Page {page} of {pages}");

        AssertSameAsText(seed, Read(bytes, seed));
    }

    [Theory]
    [InlineData("- {0} -")]
    [InlineData("{0}/{1}")]
    [InlineData("{0}")]
    [InlineData("Page {0}")]
    public void Page_numbers_in_any_common_form_are_furniture(string form)
    {
        var bytes = SeedPdf.Write([SeedLetters.Text(SeedLetters.Letter001)], 30, runningHeader: null, (page, pages) => string.Format(form, page, pages));

        AssertSameAsText(SeedLetters.Letter001, Read(bytes, SeedLetters.Letter001));
    }

    [Fact]
    public void No_furniture_or_ligature_reaches_a_summary_or_rationale()
    {
        foreach (var seed in SeedLetters.All)
        {
            foreach (var producer in new[] { "chromium-header-footer" })
            {
                var result = LetterReader.Read(Path.Combine(SeedLetters.PdfCorpusDirectory, $"{Path.GetFileNameWithoutExtension(seed)}.{producer}.pdf"), seed);
                var texts = result.Determination!.Decisions.Select(d => d.Rationale).Append(result.Determination.Summary);
                foreach (var text in texts)
                {
                    Assert.DoesNotContain("file:", text);
                    Assert.DoesNotContain("\uFB01", text);
                    Assert.DoesNotMatch(@"\d+/\d+\s*$", text);
                }
            }
        }

        var paged = Read(SeedPdf.Write([SeedLetters.Text(SeedLetters.Letter003)], 40, "IMR Final Determination", (p, n) => $"Page {p} of {n}"), "x");
        Assert.All(paged.Determination!.Decisions, d => Assert.DoesNotContain("IMR Final Determination", d.Rationale));
        Assert.All(paged.Determination.Decisions, d => Assert.DoesNotContain("Page ", d.Rationale));
    }

    [Fact]
    public void A_body_line_that_looks_like_a_page_reference_stays()
    {
        // The last line of the first page reads "see page 2": unlike a page number, it is not alone on its line.
        var lines = SeedLetters.Text(SeedLetters.Letter004).Replace("\r\n", "\n").Split('\n').ToList();
        lines.Insert(47, "see page 2 and");
        var edited = string.Join("\n", lines);

        var fromPdf = Read(SeedPdf.Write([edited], 48, runningHeader: null, (p, _) => p.ToString()), "x.pdf");
        var fromText = DeterminationParser.Parse(edited, "x.pdf");

        Assert.Contains("see page 2 and", fromPdf.Determination!.Summary);
        PdfFields.AssertSame(fromText.Determination!, fromPdf.Determination);
    }

    private LetterParseResult Read(byte[] bytes, string source)
    {
        var pdf = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(pdf, bytes);
        return LetterReader.Read(pdf, source);
    }

    private static void AssertSameAsText(string seed, LetterParseResult fromPdf)
    {
        var fromText = LetterReader.Read(SeedLetters.PathOf(seed), seed);
        Assert.True(fromPdf.IsParsed, fromPdf.Error);
        Assert.False(fromPdf.Determination!.Ocr);
        PdfFields.AssertSame(fromText.Determination!, fromPdf.Determination);
    }
}
