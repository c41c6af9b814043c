using ImrSearch.Parsing;

namespace ImrSearch.Tests.Parsing;

public class TextCleaningTests
{
    /// <summary>Drops the blank line that follows every line of a double-spaced letter.</summary>
    private static string SingleSpaced(string doubleSpaced)
    {
        var lines = doubleSpaced.Replace("\r\n", "\n").Split('\n');
        var kept = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            kept.Add(lines[i]);
            if (i + 1 < lines.Length && lines[i + 1].Length == 0)
            {
                i++;
            }
        }

        return string.Join("\n", kept);
    }

    [Theory]
    [InlineData(SeedLetters.Letter000)]
    [InlineData(SeedLetters.Letter001)]
    [InlineData(SeedLetters.Letter003)]
    [InlineData(SeedLetters.Letter004)]
    public void Double_and_single_spacing_clean_to_the_same_text(string name)
    {
        var doubleSpaced = SeedLetters.Text(name);

        Assert.Equal(LetterTextCleaner.Clean(doubleSpaced), LetterTextCleaner.Clean(SingleSpaced(doubleSpaced)));
    }

    [Fact]
    public void Single_spaced_seed_parses_the_same_as_its_double_spaced_form()
    {
        var text = SeedLetters.Text(SeedLetters.Letter000);

        var single = DeterminationParser.Parse(SingleSpaced(text), "x.txt");
        var doubled = DeterminationParser.Parse(text, "x.txt");

        Assert.Equal(
            ImrSearch.Domain.DeterminationJson.Serialize(doubled.Determination!),
            ImrSearch.Domain.DeterminationJson.Serialize(single.Determination!));
    }

    [Fact]
    public void Page_break_gaps_inside_a_sentence_join_and_paragraph_gaps_stay()
    {
        var text = "First sentence of a paragraph that runs on to\n\n\n\nthe next page. It ends here.\n\n \n\nA new paragraph starts.\n";

        Assert.Equal(
            ["First sentence of a paragraph that runs on to the next page. It ends here.", "A new paragraph starts."],
            LetterTextCleaner.Paragraphs(text));
    }

    [Fact]
    public void Hyphenated_line_ends_rejoin_and_spaces_collapse()
    {
        var text = "Page(s): 177-178, 303-\n304.  Imaging for red-\nflag  diagnoses; a dash -\nstays spaced.";

        Assert.Equal("Page(s): 177-178, 303-304. Imaging for red-flag diagnoses; a dash - stays spaced.", LetterTextCleaner.Clean(text));
    }

    [Fact]
    public void Curly_quotes_and_form_feeds()
    {
        var text = "He said \u201Cfour to six\n\ftreatments.\u201D Done.";

        Assert.Equal("He said \u201Cfour to six treatments.\u201D Done.", LetterTextCleaner.Clean(text));
    }

    [Fact]
    public void Headings_labels_and_item_headers_start_paragraphs_even_without_a_gap()
    {
        var text = "CLINICAL CASE SUMMARY\nThe patient is 40.\nIMR ISSUES, DECISIONS AND RATIONALES\nThe Final Determination was based on decisions below:\n"
            + "Physical therapy  QTY: 12.00: Upheld\nClaims Administrator guideline: Decision based on MTUS.\nMAXIMUS guideline: Decision based on\nMTUS.\n"
            + "Decision rationale: Not necessary.\nMRI Cervical Spine:  Upheld\nClaims Administrator guideline: None.";

        Assert.Equal(
            [
                "CLINICAL CASE SUMMARY", "The patient is 40.", "IMR ISSUES, DECISIONS AND RATIONALES",
                "The Final Determination was based on decisions below:", "Physical therapy QTY: 12.00: Upheld",
                "Claims Administrator guideline: Decision based on MTUS.", "MAXIMUS guideline: Decision based on MTUS.",
                "Decision rationale: Not necessary.", "MRI Cervical Spine: Upheld", "Claims Administrator guideline: None.",
            ],
            LetterTextCleaner.Paragraphs(text));
    }

    [Fact]
    public void A_wrapped_item_header_stays_one_line()
    {
        var text = "below:\n\n \n\nRetrospective Review of one visit for Chiropractic Treatment for the\n\nLower Back:  Upheld\n\n \n\nClaims Administrator guideline: x";

        Assert.Contains("Retrospective Review of one visit for Chiropractic Treatment for the Lower Back: Upheld", LetterTextCleaner.Paragraphs(text));
    }
}
