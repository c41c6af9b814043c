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

    private const string Compact =
        "CLINICAL CASE SUMMARY\nThe patient is 40.\nIMR ISSUES, DECISIONS AND RATIONALES\n"
        + "The Final Determination was based on decisions for the disputed items/services set forth below:\n"
        + "Physical therapy  QTY: 12.00: Upheld\nClaims Administrator guideline: Decision based on MTUS.\nMAXIMUS guideline: Decision based on\nMTUS.\n"
        + "Decision rationale: Not necessary.\nMRI Cervical Spine:  Upheld\nClaims Administrator guideline: None.\nDecision rationale: Not indicated.";

    [Fact]
    public void Headings_labels_and_item_headers_start_paragraphs_even_without_a_gap()
    {
        Assert.Equal(
            [
                "CLINICAL CASE SUMMARY", "The patient is 40.", "IMR ISSUES, DECISIONS AND RATIONALES",
                "The Final Determination was based on decisions for the disputed items/services set forth below: Physical therapy QTY: 12.00: Upheld",
                "Claims Administrator guideline: Decision based on MTUS.", "MAXIMUS guideline: Decision based on MTUS.",
                "Decision rationale: Not necessary.", "MRI Cervical Spine: Upheld", "Claims Administrator guideline: None.",
                "Decision rationale: Not indicated.",
            ],
            LetterTextCleaner.Paragraphs(Compact));
    }

    [Fact]
    public void A_compact_letter_without_blank_lines_still_yields_its_items()
    {
        var result = DeterminationParser.Parse(Compact, "compact.txt");

        Assert.True(result.IsParsed, result.Error);
        Assert.Equal(["Physical therapy", "MRI Cervical Spine"], result.Determination!.Decisions.Select(i => i.Item));
        Assert.Equal(12m, result.Determination.Decisions[0].Quantity);
        Assert.Equal("Not necessary.", result.Determination.Decisions[0].Rationale);
    }

    [Theory]
    [InlineData("Chiropractic manipulative therapy for the cervical spine  QTY:\n12.00:  Upheld")]
    [InlineData("Chiropractic manipulative therapy for the cervical spine  QTY:\n\n\n\n12.00:  Upheld")]
    [InlineData("Chiropractic manipulative therapy for the cervical spine  QTY: 12.00:\n\n\n\nUpheld")]
    [InlineData("Chiropractic manipulative therapy for the cervical spine\nQTY: 12.00: Upheld")]
    [InlineData("Chiropractic manipulative therapy (CMT)\n\n\n\nfor the cervical spine  QTY: 12.00: Upheld")]
    [InlineData("Chiropractic manipulative therapy (DOS:\n\n\n\n04/13/18) for the cervical spine  QTY: 12.00: Upheld")]
    public void An_item_header_wrapped_at_its_quantity_or_decision(string header)
    {
        var text = "IMR ISSUES, DECISIONS AND RATIONALES\n\nThe Final Determination was based on decisions for the disputed items/services set forth below:\n\n"
            + header + "\n\nClaims Administrator guideline: None.\n\nDecision rationale: Not indicated.";

        var item = Assert.Single(DeterminationParser.Parse(text, "wrapped.txt").Determination!.Decisions);

        Assert.StartsWith("Chiropractic manipulative therapy", item.Item);
        Assert.EndsWith("for the cervical spine", item.Item);
        Assert.Equal((decimal?)12m, item.Quantity);
    }

    [Fact]
    public void An_item_header_wrapped_after_a_date_of_service()
    {
        var text = "IMR ISSUES, DECISIONS AND RATIONALES\nThe Final Determination was based on decisions for the disputed items/services set forth\nbelow:\n \n"
            + "Retrospective Gabapentin/Amitriptyline/Bupivacaine cream 180gm (DOS: September 26, 2015)  \nQTY: 60.00: Upheld\n \n"
            + "Claims Administrator guideline: None.\n \nDecision rationale: Not indicated.";

        var item = Assert.Single(DeterminationParser.Parse(text, "dos.txt").Determination!.Decisions);

        Assert.Equal("Retrospective Gabapentin/Amitriptyline/Bupivacaine cream 180gm (DOS: September 26, 2015)", item.Item);
        Assert.Equal(("Topical analgesics", (decimal?)60m), (item.Treatment, item.Quantity));
    }

    [Fact]
    public void A_wrapped_item_header_stays_one_line()
    {
        var text = "below:\n\n \n\nRetrospective Review of one visit for Chiropractic Treatment for the\n\nLower Back:  Upheld\n\n \n\nClaims Administrator guideline: x";

        Assert.Contains("Retrospective Review of one visit for Chiropractic Treatment for the Lower Back: Upheld", LetterTextCleaner.Paragraphs(text));
    }
}

public class TextNormalizationTests
{
    [Fact]
    public void Ligatures_and_full_width_forms_take_their_plain_spelling()
    {
        Assert.Equal("Confirmed flexion, offered; a 49-year-old, CM13-0001", LetterTextCleaner.Clean("Con\uFB01rmed \uFB02exion, o\uFB00ered; a \uFF14\uFF19-year-old, \uFF23\uFF2D13-0001"));
    }

    [Fact]
    public void Superscripts_fractions_and_symbols_are_left_as_written()
    {
        Assert.Equal("10 cm\u00B2, \u00BD tablet, Lyrica\u2122", LetterTextCleaner.Clean("10 cm\u00B2, \u00BD tablet, Lyrica\u2122"));
    }

    [Fact]
    public void Non_breaking_and_zero_width_spaces_and_soft_hyphens_inside_a_line()
    {
        Assert.Equal("MRI lumbar spine therapy", LetterTextCleaner.Clean("MRI\u00A0lumbar\u200B \u2009spine\u2060 thera\u00ADpy"));
    }

    [Fact]
    public void A_soft_hyphen_at_a_line_end_joins_the_word()
    {
        Assert.Equal("The request was not medically necessary.", LetterTextCleaner.Clean("The request was not medi\u00AD\ncally necessary."));
    }

    [Theory]
    [InlineData("It is medically necessary. It was not medi-\ncally necessary.", "It is medically necessary. It was not medically necessary.")]
    [InlineData("It is medically necessary. It was not medi-\n\n\n\n\ncally necessary.", "It is medically necessary. It was not medically necessary.")]
    [InlineData("Imaging for red-\nflag diagnoses.", "Imaging for red-flag diagnoses.")]
    [InlineData("A well-\nknown rule.", "A well-known rule.")]
    public void A_word_broken_across_a_line_or_page_joins_when_the_letter_spells_it_whole(string text, string clean)
    {
        Assert.Equal(clean, LetterTextCleaner.Clean(text));
    }

    [Fact]
    public void A_ligature_in_a_text_letter_parses_as_its_letters()
    {
        var text = SeedLetters.Text(SeedLetters.Letter001).Replace("fi", "\uFB01", StringComparison.Ordinal).Replace("\u0020of ", "\u00A0of ", StringComparison.Ordinal);

        var result = DeterminationParser.Parse(text, SeedLetters.Letter001);

        PdfFields.AssertSame(SeedLetters.Parse(SeedLetters.Letter001), result.Determination!);
    }

    [Theory]
    [InlineData("  a\u00A0b\t", "a b")]
    [InlineData("a\u2010b", "a-b")]
    [InlineData("a\u200Bb\u00AD", "ab\u00AD")]
    [InlineData("\uFB01t’s", "fit’s")]
    [InlineData("“curly” é ", "“curly” é")]
    public void A_line_is_trimmed_and_rewritten(string line, string normalized)
    {
        Assert.Equal(normalized, LetterTextCleaner.NormalizeLine(line));
    }

    [Fact]
    public void A_line_with_nothing_to_rewrite_only_loses_its_ends()
    {
        // The shortcut (trim, and rewrite only lines holding a character the rewriting changes) against the rewriting.
        const string Alphabet = "ab Z9.,’“”é\u00A0\u2009\u3000\t\r\u0001\u007F\u0085\u200B\u200D\u2060\uFEFF\u00AD\u2010\u2011\uFB01\uFF21\uFF64\u2122\u00BD";
        var random = new Random(11);
        var rewritten = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var line = new string([.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => random.Next(3) == 0 ? Alphabet[random.Next(Alphabet.Length)] : Alphabet[random.Next(5)])]);
            var expected = LetterTextCleaner.Rewrite(line);
            Assert.Equal(expected, LetterTextCleaner.NormalizeLine(line));
            rewritten += expected == line.Trim() ? 0 : 1;
        }

        Assert.True(rewritten > 1_000, $"only {rewritten} lines changed beyond their ends");
    }
}
