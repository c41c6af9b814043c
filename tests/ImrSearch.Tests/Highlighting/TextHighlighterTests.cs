using System.Text.RegularExpressions;
using ImrSearch.Analysis;
using ImrSearch.Highlighting;
using ImrSearch.Search.Querying;

namespace ImrSearch.Tests.Highlighting;

public sealed partial class TextHighlighterTests
{
    private const string Rationale = "rationale";
    private static readonly TextHighlighter Highlighter = new(new ImrAnalyzer());
    private static readonly Func<string, double> SameRarity = _ => 1.0;

    private static FieldTerms Terms(string query, string field = Rationale) =>
        HighlightTerms.From(QueryCompiler.Compile(query, ImrAnalyzer.ForQueries()).Query).For(field);

    private static string Whole(string query, string text, string field = Rationale) =>
        Highlighter.Whole(field, text, Terms(query, field), SameRarity, WhitespaceStyle.Collapse).ToHtml();

    private static IReadOnlyList<string> Passages(string query, string text, Func<string, double>? rarity = null) =>
        [.. Highlighter.Passages(Rationale, text, Terms(query), rarity ?? SameRarity, 3, openingWhenUnmatched: true).Select(p => p.ToHtml())];

    private static List<string> Marked(string html) => [.. MarkTag().Matches(html).Select(m => m.Groups[1].Value)];

    [Fact]
    public void Stemmed_forms_are_marked()
    {
        var html = Whole("manipulation", "Chiropractic manipulations are recommended; manipulated joints were not.");

        Assert.Equal(["manipulations", "manipulated"], Marked(html));
    }

    [Fact]
    public void A_synonym_marks_the_words_it_stands_for()
    {
        Assert.Equal(["physical therapy"], Marked(Whole("PT", "He had 4 sessions of physical therapy without benefit.")));
    }

    [Fact]
    public void The_spelled_out_words_mark_the_abbreviation()
    {
        Assert.Equal(["PT"], Marked(Whole("\"physical therapy\"", "Continued PT 2x/week was requested.")));
        Assert.Equal(["ESI"], Marked(Whole("epidural steroid injection", "A repeat ESI is not supported.")));
    }

    [Fact]
    public void A_phrase_marks_only_where_the_words_stand_together()
    {
        const string Text = "The patient is not working. If return to work is achieved, then visits may continue. He wants to return home after work.";

        var html = Whole("\"return to work\"", Text);

        Assert.Equal(["return to work"], Marked(html));
        Assert.Contains("not working.", html);
        Assert.Contains("after work.", html);
    }

    [Fact]
    public void A_proximity_query_marks_only_terms_within_its_slop()
    {
        const string Text = "Return to full duty was achieved quickly. Later on, the patient did return; nothing at all was ever achieved by that.";

        var html = Whole("\"return achieved\"~4", Text);

        Assert.Equal(["Return", "achieved"], Marked(html));
    }

    [Fact]
    public void A_term_restricted_to_another_field_is_not_marked()
    {
        Assert.Empty(Marked(Whole("summary:knee", "The knee was examined.")));
        Assert.Equal(["knee"], Marked(Whole("summary:knee", "The knee was examined.", field: "summary")));
    }

    [Theory]
    [InlineData("chiropractic -manipulation")]
    [InlineData("chiropractic NOT manipulation")]
    [InlineData("chiropractic AND NOT (manipulation OR surgery)")]
    public void Excluded_terms_are_never_marked(string query)
    {
        var html = Whole(query, "Chiropractic care, not manipulation, and no surgery.");

        Assert.Equal(["Chiropractic"], Marked(html));
    }

    [Fact]
    public void Everything_outside_marks_is_html_encoded()
    {
        var html = Whole("alert", "Note <script>alert('x')</script> & \"quotes\"");

        Assert.Equal("Note &lt;script&gt;<mark>alert</mark>(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;", html);
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public void A_text_with_markup_and_no_match_is_encoded_too()
    {
        var passages = Passages("knee", "<b>Denied</b> <script>x()</script>.");

        Assert.Equal("&lt;b&gt;Denied&lt;/b&gt; &lt;script&gt;x()&lt;/script&gt;.", Assert.Single(passages));
    }

    [Fact]
    public void An_unmatched_rationale_shows_its_opening_sentences_unmarked()
    {
        const string Text = "This patient presents with low back pain. The request is for chiropractic care. MTUS recommends a trial of 6 visits.";

        var passages = Passages("summary:knee", Text);

        var opening = Assert.Single(passages);
        Assert.DoesNotContain("<mark>", opening);
        Assert.StartsWith("This patient presents with low back pain.", opening);
    }

    [Fact]
    public void Passages_are_whole_sentences_at_most_300_characters()
    {
        var filler = string.Join(" ", Enumerable.Repeat("The documentation was reviewed in full detail again.", 6));
        var text = filler + " Chiropractic care was requested for the lower back. " + filler;

        var passage = Assert.Single(Passages("chiropractic", text));

        Assert.Contains("<mark>Chiropractic</mark> care was requested for the lower back.", passage);
        Assert.True(PlainLength(passage) <= PassageSelector.MaxLength, passage);
        Assert.EndsWith(".", passage);
    }

    [Fact]
    public void A_long_sentence_is_cut_around_its_match_at_word_boundaries()
    {
        var words = string.Join(" ", Enumerable.Range(0, 120).Select(i => "word" + i));
        var text = words + " chiropractic " + words + ".";

        var passage = Assert.Single(Passages("chiropractic", text));

        Assert.Contains("<mark>chiropractic</mark>", passage);
        Assert.StartsWith(MarkedText.Ellipsis + "word", passage);
        Assert.EndsWith(MarkedText.Ellipsis, passage);
        Assert.True(PlainLength(passage) <= PassageSelector.MaxLength + 2, passage);
        Assert.Matches(@"word\d+" + MarkedText.Ellipsis + "$", passage);
    }

    [Fact]
    public void Passages_rank_by_distinct_terms_and_their_rarity()
    {
        var filler = string.Join(" ", Enumerable.Repeat("Records were reviewed and considered carefully by the reviewer.", 4));
        var text = "Acupuncture was tried once. " + filler + " Acupuncture and chiropractic were both tried. " + filler +
                   " Chiropractic care was tried. " + filler + " Acupuncture alone was tried again.";
        var rarity = (string term) => term == "acupunctur" ? 5.0 : 1.0;

        var passages = Passages("acupuncture OR chiropractic", text, rarity);

        Assert.Equal(3, passages.Count);
        Assert.StartsWith("<mark>Acupuncture</mark> and <mark>chiropractic</mark> were both tried.", passages[0]);
        // Then the rarer term's sentences before the common term's.
        Assert.StartsWith("<mark>Acupuncture</mark> was tried once.", passages[1]);
        Assert.StartsWith("<mark>Acupuncture</mark> alone", passages[2]);
    }

    [Fact]
    public void At_most_three_passages()
    {
        var text = string.Join(" ", Enumerable.Range(0, 8).Select(i => $"Chiropractic visit number {i} was denied for lack of benefit and the records were incomplete again."));

        Assert.Equal(3, Passages("chiropractic", text).Count);
    }

    [Fact]
    public void Words_matched_one_by_one_and_separated_by_a_space_or_hyphen_form_one_mark()
    {
        Assert.Equal(["low back"], Marked(Whole("low back", "Chronic low back pain.")));
        Assert.Equal(["red-flag"], Marked(Whole("\"red flag\"~1", "No red-flag diagnosis; red, then a flag.")));
        Assert.Equal(["Low", "back"], Marked(Whole("low back", "Low, and back.")));
    }

    [Fact]
    public void Whitespace_runs_collapse_in_passages_and_line_breaks_can_be_kept()
    {
        const string Text = "First  line\n\nSecond   line.";

        Assert.Equal("First line Second line.", MarkedText.Plain(Text).ToHtml());
        Assert.Equal("First line\n\nSecond line.", MarkedText.Plain(Text, WhitespaceStyle.KeepLineBreaks).ToHtml());
    }

    private static int PlainLength(string html) => System.Net.WebUtility.HtmlDecode(html.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal)).Length;

    [GeneratedRegex("<mark>(.*?)</mark>")]
    private static partial Regex MarkTag();
}
