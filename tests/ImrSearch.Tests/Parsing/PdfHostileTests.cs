using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using ImrSearch.Domain;
using ImrSearch.Parsing;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ImrSearch.Tests.Parsing;

/// <summary>
/// PDFs that are not one plain letter: hostile files are refused with the reason within a bounded time (the time
/// asserted is a hang guard, not a speed target), and encrypted, multi-letter and multi-column PDFs are read or refused
/// saying which.
/// </summary>
public sealed class PdfHostileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("imr-pdf-hostile-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_pdf_with_thousands_of_pages_is_refused_before_its_pages_are_read()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var p = 0; p < 2_000; p++)
        {
            builder.AddPage(PageSize.Letter).AddText("CLINICAL CASE SUMMARY", 10, new PdfPoint(54, 700), font);
        }

        var result = ReadTimed(builder.Build(), TimeSpan.FromSeconds(5));

        Assert.Contains("2,000 pages", result.Error);
    }

    [Fact]
    public void Arrays_nested_a_hundred_thousand_deep_are_refused_before_the_pdf_is_opened()
    {
        var nested = new string('[', 100_000) + new string(']', 100_000);
        var pdf = Encoding.ASCII.GetBytes(
            "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Deep " + nested + " >>\nendobj\n"
            + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

        var result = ReadTimed(pdf, TimeSpan.FromSeconds(1));

        Assert.Contains("nests arrays or dictionaries", result.Error);
    }

    [Fact]
    public void A_stream_that_inflates_a_thousandfold_is_refused()
    {
        // An image: large by nature, so only the bound on everything inflated applies.
        var bomb = Deflate(new byte[400 * 1024 * 1024], CompressionLevel.Fastest);
        var result = ReadTimed(WithStream(bomb, "/Type /XObject /Subtype /Image /Width 1 /Height 1 /BitsPerComponent 8 /ColorSpace /DeviceGray /Filter /FlateDecode"), TimeSpan.FromSeconds(10));

        Assert.Contains("inflate to more than", result.Error);
    }

    [Fact]
    public void A_giant_content_stream_is_refused()
    {
        var glyphs = new StringBuilder("BT /F1 10 Tf 54 700 Td\n");
        while (glyphs.Length < 20 * 1024 * 1024)
        {
            glyphs.Append("(The applicant is a represented employee.) Tj 0 -12 Td\n");
        }

        var result = ReadTimed(WithStream(Deflate(Encoding.ASCII.GetBytes(glyphs.Append("ET").ToString()), CompressionLevel.Fastest), "/Filter /FlateDecode"), TimeSpan.FromSeconds(10));

        Assert.Contains("page content runs to more than 16 MB", result.Error);
    }

    [Fact]
    public void A_password_protected_pdf_is_refused_as_encrypted()
    {
        // A standard security handler whose user password is not empty: without it nothing can be decrypted.
        var o = new string('A', 64);
        var u = new string('B', 64);
        var pdf = Encoding.ASCII.GetBytes(
            "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n"
            + $"4 0 obj\n<< /Filter /Standard /V 1 /R 2 /O <{o}> /U <{u}> /P -44 >>\nendobj\n"
            + "trailer\n<< /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] /Size 5 >>\n%%EOF\n");

        var result = ReadTimed(pdf, TimeSpan.FromSeconds(5));

        Assert.Contains("encrypted", result.Error);
    }

    [Fact]
    public void A_pdf_holding_several_letters_is_refused_saying_so()
    {
        var pdf = SeedPdf.Write([SeedLetters.Text(SeedLetters.Letter000), SeedLetters.Text(SeedLetters.Letter002)], 56, runningHeader: null, pageNumbers: null);

        var result = ReadTimed(pdf, TimeSpan.FromSeconds(10));

        Assert.Contains("holds 2 letters", result.Error);
    }

    [Fact]
    public void A_letter_set_in_two_columns_reads_each_column_in_turn()
    {
        var text = Rewrapped(SeedLetters.Text(SeedLetters.Letter001), 48);

        var pdf = TwoColumns(text);
        var fromPdf = ReadTimed(pdf, TimeSpan.FromSeconds(10));
        var fromText = DeterminationParser.Parse(text, "x.pdf");

        Assert.True(fromText.IsParsed, fromText.Error);
        Assert.True(fromPdf.IsParsed, fromPdf.Error + "\n" + PdfLetterText.Extract(pdf).Text);
        PdfFields.AssertSame(fromText.Determination!, fromPdf.Determination!);
    }

    [Fact]
    public void Text_drawn_bottom_to_top_reads_top_to_bottom()
    {
        var text = SeedLetters.Text(SeedLetters.Letter003);
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var start = 0; start < lines.Length; start += 56)
        {
            var page = builder.AddPage(PageSize.Letter);
            var chunk = lines.Skip(start).Take(56).ToArray();
            for (var i = chunk.Length - 1; i >= 0; i--)
            {
                if (chunk[i].Trim().Length > 0)
                {
                    page.AddText(chunk[i].TrimEnd(), 10, new PdfPoint(54, 740 - (12 * i)), font);
                }
            }
        }

        var fromPdf = ReadTimed(builder.Build(), TimeSpan.FromSeconds(10), SeedLetters.Letter003);

        Assert.True(fromPdf.IsParsed, fromPdf.Error);
        PdfFields.AssertSame(SeedLetters.Parse(SeedLetters.Letter003), fromPdf.Determination!);
    }

    private LetterParseResult ReadTimed(byte[] pdf, TimeSpan guard, string source = "x.pdf")
    {
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(path, pdf);
        var clock = Stopwatch.StartNew();
        var result = LetterReader.Read(path, source);
        Assert.True(clock.Elapsed < guard, $"took {clock.Elapsed.TotalSeconds:0.0} s");
        return result;
    }

    private static byte[] Deflate(byte[] data, CompressionLevel level)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, level))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>A one-page PDF whose page content is the given stream.</summary>
    private static byte[] WithStream(byte[] data, string filter)
    {
        using var pdf = new MemoryStream();
        pdf.Write(Encoding.ASCII.GetBytes(
            "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>\nendobj\n"
            + "5 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n"
            + $"4 0 obj\n<< /Length {data.Length} {filter} >>\nstream\n"));
        pdf.Write(data);
        pdf.Write(Encoding.ASCII.GetBytes("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R /Size 6 >>\n%%EOF\n"));
        return pdf.ToArray();
    }

    /// <summary>The letter's paragraphs wrapped again to narrow lines, blank lines kept.</summary>
    private static string Rewrapped(string text, int width)
    {
        var output = new StringBuilder();
        foreach (var paragraph in LetterTextCleaner.Paragraphs(text))
        {
            var line = new StringBuilder();
            foreach (var word in paragraph.Split(' '))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > width)
                {
                    output.Append(line).Append('\n');
                    line.Clear();
                }

                line.Append(line.Length > 0 ? " " : "").Append(word);
            }

            output.Append(line).Append("\n\n");
        }

        return output.ToString();
    }

    /// <summary>Narrow lines set in two columns of 56 lines a page: left column first, as a newsletter is.</summary>
    private static byte[] TwoColumns(string text)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var lines = text.Split('\n');
        for (var start = 0; start < lines.Length; start += 112)
        {
            var page = builder.AddPage(PageSize.Letter);
            var chunk = lines.Skip(start).Take(112).ToArray();
            for (var i = 0; i < chunk.Length; i++)
            {
                if (chunk[i].Trim().Length > 0)
                {
                    var x = i < 56 ? 40 : 316;
                    page.AddText(chunk[i], 9, new PdfPoint(x, 740 - (12 * (i % 56))), font);
                }
            }
        }

        return builder.Build();
    }
}
