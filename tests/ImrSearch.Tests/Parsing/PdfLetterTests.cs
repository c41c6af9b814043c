using ImrSearch.Domain;
using ImrSearch.Parsing;

namespace ImrSearch.Tests.Parsing;

public sealed class PdfLetterTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("imr-pdf-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData(SeedLetters.Letter000)]
    [InlineData(SeedLetters.Letter001)]
    [InlineData(SeedLetters.Letter002)]
    [InlineData(SeedLetters.Letter003)]
    [InlineData(SeedLetters.Letter004)]
    public void A_pdf_of_a_seed_yields_the_same_determination_as_its_text(string name)
    {
        var pdf = Path.Combine(folder, Path.ChangeExtension(name, ".pdf"));
        File.WriteAllBytes(pdf, SeedPdf.Write(SeedLetters.Text(name)));

        var fromPdf = LetterReader.Read(pdf, name);
        var fromText = LetterReader.Read(SeedLetters.PathOf(name), name);

        Assert.True(fromPdf.IsParsed, fromPdf.Error);
        Assert.Equal(DeterminationJson.Serialize(fromText.Determination!), DeterminationJson.Serialize(fromPdf.Determination!));
    }

    [Fact]
    public void Page_breaks_falling_mid_sentence_change_nothing()
    {
        var pdf = Path.Combine(folder, "short-pages.pdf");
        File.WriteAllBytes(pdf, SeedPdf.Write(SeedLetters.Text(SeedLetters.Letter001), linesPerPage: 23));

        var fromPdf = LetterReader.Read(pdf, SeedLetters.Letter001);
        var fromText = LetterReader.Read(SeedLetters.PathOf(SeedLetters.Letter001), SeedLetters.Letter001);

        Assert.Equal(DeterminationJson.Serialize(fromText.Determination!), DeterminationJson.Serialize(fromPdf.Determination!));
    }

    [Fact]
    public void A_damaged_pdf_is_rejected_with_the_reason()
    {
        var pdf = Path.Combine(folder, "damaged.pdf");
        var bytes = SeedPdf.Write(SeedLetters.Text(SeedLetters.Letter003));
        File.WriteAllBytes(pdf, bytes[..(bytes.Length / 3)]);

        var result = LetterReader.Read(pdf);

        Assert.False(result.IsParsed);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [Fact]
    public void A_pdf_without_text_is_rejected_as_having_no_text_layer()
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.Letter);
        var pdf = Path.Combine(folder, "scan.pdf");
        File.WriteAllBytes(pdf, builder.Build());

        var result = LetterReader.Read(pdf);

        Assert.False(result.IsParsed);
        Assert.Contains("no text layer", result.Error);
    }
}
