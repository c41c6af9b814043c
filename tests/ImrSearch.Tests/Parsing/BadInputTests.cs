using System.Text;
using ImrSearch.Domain;
using ImrSearch.Parsing;

namespace ImrSearch.Tests.Parsing;

/// <summary>Every bad input is rejected with a reason (or parsed with what is really there), and never throws.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("imr-bad-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static LetterParseResult Rejected(LetterParseResult result)
    {
        Assert.False(result.IsParsed);
        Assert.Null(result.Determination);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
        return result;
    }

    [Fact]
    public void Empty_and_blank_files()
    {
        Assert.Equal("the file is empty", Rejected(LetterReader.Read(Write("empty.txt", []))).Error);
        Assert.Equal("the letter is empty", Rejected(LetterReader.Read(Write("blank.txt", Encoding.UTF8.GetBytes(" \n\n \t\n")))).Error);
    }

    [Fact]
    public void A_missing_file()
    {
        Assert.Equal("file not found", Rejected(LetterReader.Read(Path.Combine(folder, "nope.txt"))).Error);
    }

    [Fact]
    public void A_binary_file()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;

        Assert.Contains("binary file", Rejected(LetterReader.Read(Write("image.txt", bytes))).Error);
    }

    [Fact]
    public void A_50_mb_file_is_refused_before_it_is_read()
    {
        var path = Path.Combine(folder, "huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var error = Rejected(LetterReader.Read(path)).Error;

        Assert.Contains("50.0 MB", error);
        Assert.Contains("not read", error);
    }

    [Fact]
    public void Oversized_text_handed_to_the_parser_directly()
    {
        var text = new string('a', DeterminationParser.MaximumTextLength + 1);

        Assert.Contains("not read", Rejected(DeterminationParser.Parse(text, "big")).Error);
    }

    [Fact]
    public void A_letter_cut_off_mid_rationale_names_the_item()
    {
        var text = SeedLetters.Text(SeedLetters.Letter001);
        var cut = text[..text.IndexOf("considering or contemplating any kind", StringComparison.Ordinal)];

        var error = Rejected(DeterminationParser.Parse(cut, "cut.txt")).Error;

        Assert.Contains("truncated mid-rationale", error);
        Assert.Contains("item 3 ('MRI Lumbar Spine')", error);
    }

    [Fact]
    public void A_letter_cut_off_inside_an_item_before_its_rationale_names_the_item()
    {
        var text = SeedLetters.Text(SeedLetters.Letter001);
        var cut = text[..text.IndexOf("MAXIMUS guideline: Decision based on MTUS ACOEM Chapter 12", StringComparison.Ordinal)];

        var error = Rejected(DeterminationParser.Parse(cut, "cut.txt")).Error;

        Assert.Contains("item 3 ('MRI Lumbar Spine') has no decision rationale", error);
    }

    [Fact]
    public void A_letter_cut_off_after_complete_items_keeps_what_is_there()
    {
        var text = SeedLetters.Text(SeedLetters.Letter001);
        var cut = text[..text.IndexOf("MRI Lumbar Spine:", StringComparison.Ordinal)];

        var result = DeterminationParser.Parse(cut, "cut.txt");

        Assert.True(result.IsParsed, result.Error);
        Assert.Equal(["Chirocare 2x4-6", "MRI Cervical Spine"], result.Determination!.Decisions.Select(i => i.Item));
    }

    [Fact]
    public void A_letter_cut_off_before_its_issues_section()
    {
        var text = SeedLetters.Text(SeedLetters.Letter004);
        var cut = text[..text.IndexOf("IMR ISSUES, DECISIONS AND RATIONALES", StringComparison.Ordinal)];

        var error = Rejected(DeterminationParser.Parse(cut, "cut.txt")).Error;

        Assert.Contains("'IMR ISSUES, DECISIONS AND RATIONALES'", error);
        Assert.Contains("is missing", error);
    }

    [Fact]
    public void An_issues_section_without_decided_items()
    {
        var text = SeedLetters.Text(SeedLetters.Letter003);
        var noItems = text[..(text.IndexOf("set forth below:", StringComparison.Ordinal) + "set forth below:".Length)]
            + "\n\nThe reviewer found nothing to decide.\n";

        Assert.Contains("no decided items", Rejected(DeterminationParser.Parse(noItems, "none.txt")).Error);
    }

    [Fact]
    public void Utf16_with_and_without_a_byte_order_mark_and_utf8_with_one()
    {
        var text = SeedLetters.Text(SeedLetters.Letter002);
        var expected = DeterminationJson.Serialize(DeterminationParser.Parse(text, "x").Determination!);

        foreach (var bytes in new[]
        {
            Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(),
            Encoding.Unicode.GetBytes(text),
            Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray(),
            Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(),
        })
        {
            var result = LetterReader.Read(Write("encoded.txt", bytes), "x");
            Assert.True(result.IsParsed, result.Error);
            Assert.Equal(expected, DeterminationJson.Serialize(result.Determination!));
        }
    }

    [Fact]
    public void Windows_1252_keeps_its_curly_quotes()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = SeedLetters.Text(SeedLetters.Letter002);

        var result = LetterReader.Read(Write("cp1252.txt", Encoding.GetEncoding(1252).GetBytes(text)), "x");

        Assert.True(result.IsParsed, result.Error);
        Assert.StartsWith("According to MTUS guidelines, Physical Medicine is \u201CRecommended", result.Determination!.Decisions[0].Rationale);
    }

    [Fact]
    public void Text_that_decodes_to_control_character_noise()
    {
        var bytes = Enumerable.Range(0, 3000).Select(i => (byte)(i % 3 == 0 ? 'a' : 1 + (i % 7))).ToArray();

        Assert.Contains("unreadable encoding", Rejected(LetterReader.Read(Write("noise.txt", bytes))).Error);
    }

    [Theory]
    [InlineData('\u0001')]
    [InlineData('\u000B')]
    [InlineData('\u001F')]
    [InlineData('\u007F')]
    [InlineData('\u0085')]
    [InlineData('\u009F')]
    [InlineData('\uFFFD')]
    public void Every_kind_of_noise_character_counts_up_to_the_limit(char noise)
    {
        // 2,100 characters: the limit is one in a hundred, 21; one more is refused.
        string Text(int count) => new string('a', 2_100 - count) + new string(noise, count);

        Assert.Null(LetterTextDecoder.Decode(Encoding.UTF8.GetBytes(Text(21))).Error);
        Assert.Contains("unreadable encoding", LetterTextDecoder.Decode(Encoding.UTF8.GetBytes(Text(22))).Error);
    }

    [Fact]
    public void Letters_outside_ascii_are_letters_and_line_breaks_tabs_and_form_feeds_are_not_noise()
    {
        var greek = string.Concat(Enumerable.Repeat("Απόφαση\r\n\t\f", 100));

        Assert.Equal((greek, null), LetterTextDecoder.Decode(Encoding.UTF8.GetBytes(greek)));
    }

    [Fact]
    public void The_content_not_the_extension_says_whether_a_file_is_a_pdf()
    {
        var text = SeedLetters.Text(SeedLetters.Letter003);
        var textAsPdf = LetterReader.Read(Write("letter.pdf", Encoding.UTF8.GetBytes(text)), "x");
        var pdfAsText = LetterReader.Read(Write("letter.txt", SeedPdf.Write(text)), "x");

        Assert.True(textAsPdf.IsParsed, textAsPdf.Error);
        Assert.True(pdfAsText.IsParsed, pdfAsText.Error);
        Assert.Equal(DeterminationJson.Serialize(textAsPdf.Determination!), DeterminationJson.Serialize(pdfAsText.Determination!));
    }

    [Theory]
    [InlineData(":")]
    [InlineData(": Upheld\n")]
    [InlineData("IMR ISSUES, DECISIONS AND RATIONALES\n")]
    [InlineData("Decision rationale: ")]
    [InlineData("1. ")]
    public void Degenerate_repetitions_end_in_a_rejection_not_an_exception(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 200_000 / unit.Length));

        Rejected(DeterminationParser.Parse(text, "degenerate.txt"));
    }

    [Fact]
    public void A_file_of_digits_and_punctuation_only()
    {
        Assert.Contains("no letters", Rejected(LetterReader.Read(Write("digits.txt", Encoding.ASCII.GetBytes("12 34, 56.78\n90")))).Error);
    }

    [Fact]
    public void A_directory_given_as_a_letter()
    {
        Assert.False(LetterReader.Read(folder).IsParsed);
    }
}
