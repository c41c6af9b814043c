using System.Text.RegularExpressions;
using ImrSearch.Highlighting;
using ImrSearch.Search;
using ImrSearch.Tests.Highlighting;

namespace ImrSearch.Tests.Search;

/// <summary>Queries on the five seed letters, read by the real parser and indexed by the real indexer.</summary>
public sealed partial class SeedCorpusSearchTests(SeedCorpusSearchTests.Seeds seeds) : IClassFixture<SeedCorpusSearchTests.Seeds>
{
    private const string Chiro000 = "000_f245a003faefca76#0";
    private const string Chiro001 = "001_a2d9d1ce07a723b3#0";
    private const string CervicalMri001 = "001_a2d9d1ce07a723b3#1";
    private const string LumbarMri001 = "001_a2d9d1ce07a723b3#2";
    private const string Pt002 = "002_4a2d757b333d288b#0";
    private const string Chiro002 = "002_4a2d757b333d288b#1";
    private const string Acupuncture003 = "003_4e69937d73cbfe0f#0";
    private const string Xray003 = "003_4e69937d73cbfe0f#1";
    private const string Pt004 = "004_0ee5ec402ea739f4#0";
    private const string Mri004 = "004_0ee5ec402ea739f4#1";

    private SearchResponse Search(string? query) => seeds.Index.Searcher.Search(SearchIndex.Request(query) with { PageSize = 100 });

    private string[] Hits(string? query) => [.. Search(query).Hits.Select(h => $"{h.CaseId}#{h.ItemIndex}").Order(StringComparer.Ordinal)];

    private static string[] Set(params string[] keys) => [.. keys.Order(StringComparer.Ordinal)];

    private static List<string> Marked(string html) => [.. MarkedStretch().Matches(html).Select(m => m.Groups[1].Value)];

    [Fact]
    public void Empty_query_browses_all_ten_items()
    {
        var response = Search("");

        Assert.Equal(10, response.Total);
        Assert.Equal([("Upheld", 9L), ("Overturned", 1L)], response.Facets["decision"].Values.Select(v => (v.Value, v.Count)));
    }

    [Theory]
    [InlineData("item:chiropractic", new[] { Chiro000, Chiro002 })]
    [InlineData("treatment:chiropractic", new[] { Chiro000, Chiro001, Chiro002 })]
    [InlineData("specialty:neurology", new[] { Pt002, Chiro002 })]
    [InlineData("decision:overturned", new[] { Mri004 })]
    [InlineData("bodyRegion:\"cervical spine\"", new[] { CervicalMri001 })]
    [InlineData("case:000_F245A003FAEFCA76", new[] { Chiro000 })]
    [InlineData("rationale:\"return to work\"", new[] { Chiro000, Pt004, Mri004 })]
    public void Fielded_queries(string query, string[] expected) => Assert.Equal(Set(expected), Hits(query));

    [Fact]
    public void A_phrase_matches_every_field_it_occurs_in_and_no_lone_words()
    {
        // 001's summary says "returned to work"; 000, 004's rationales "return to work".
        Assert.Equal(Set(Chiro000, Pt004, Mri004, Chiro001, CervicalMri001, LumbarMri001), Hits("\"return to work\""));
        Assert.Contains(Chiro002, Hits("return work"));
        Assert.DoesNotContain(Chiro002, Hits("\"return to work\""));
    }

    [Fact]
    public void Proximity_allows_the_words_between()
    {
        // "6 sessions of acupuncture for the low back": two stop words between acupuncture and low.
        Assert.Equal(Set(Acupuncture003), Hits("rationale:\"acupuncture low back\"~2"));
        Assert.Empty(Hits("rationale:\"acupuncture low back\""));
    }

    [Fact]
    public void Synonyms_find_the_same_items_both_ways()
    {
        var byAbbreviation = Hits("PT");

        Assert.Equal(byAbbreviation, Hits("\"physical therapy\""));
        Assert.Contains(Pt002, byAbbreviation);
        Assert.Contains(Pt004, byAbbreviation);
        var hit = Search("PT").Hits.First();
        Assert.Contains("Physical therapy", Marked(hit.ItemHighlight.ToHtml()));
    }

    [Fact]
    public void Not_removes_the_items_that_mention_the_word()
    {
        Assert.Equal(Set(Acupuncture003, Xray003, Pt004, Mri004), Hits("MRI -cervical"));
        Assert.DoesNotContain(CervicalMri001, Hits("MRI NOT cervical"));
    }

    [Fact]
    public void A_phrase_highlight_marks_only_the_phrase()
    {
        var hit = Search("rationale:\"return to work\"").Hits.Single(h => h.CaseId.StartsWith("000", StringComparison.Ordinal));

        var marks = hit.Highlights.Html().SelectMany(Marked).ToList();
        Assert.Equal(["return to work", "return to work"], marks);
        // The rationale also says "is not working and has not worked": never marked.
        Assert.DoesNotContain(hit.Highlights.Html().SelectMany(Marked), m => m.Contains("work", StringComparison.Ordinal) && m != "return to work");
    }

    [Fact]
    public void A_stem_highlights_its_other_forms()
    {
        var hit = Search("manipulation").Hits.Single(h => h.CaseId.StartsWith("001", StringComparison.Ordinal) && h.ItemIndex == 0);

        Assert.Contains("manipulation", hit.Highlights.Html().SelectMany(Marked));
        Assert.Contains("manipulative", Marked(hit.SummaryHighlight!.ToHtml()));
    }

    [Fact]
    public void Passages_are_sentence_bounded_and_short()
    {
        foreach (var hit in Search("lumbar").Hits)
        {
            Assert.InRange(hit.Highlights.Html().Count, 1, 3);
            Assert.All(hit.Highlights.Html(), passage => Assert.True(System.Net.WebUtility.HtmlDecode(MarkTag().Replace(passage, "")).Length <= 302, passage));
        }
    }

    [Theory]
    [InlineData("\"return to work", "Unbalanced quote")]
    [InlineData("(chiropractic AND lumbar", "Unbalanced parenthesis")]
    [InlineData("chiropractic AND", "Dangling operator")]
    [InlineData("chiropractic OR", "Dangling operator")]
    [InlineData("chiropractic treatment:", "Empty field")]
    public void Malformed_queries_warn_and_still_find(string query, string problem)
    {
        var response = Search(query);

        Assert.Contains(problem, response.Warning);
        Assert.Contains("character", response.Warning);
        Assert.NotEmpty(response.Hits);
    }

    [Fact]
    public void A_leading_wildcard_is_refused_with_a_message_and_the_rest_runs()
    {
        var response = Search("*practic");

        Assert.Contains("cannot start with a wildcard", response.Warning);
        Assert.Empty(response.Hits);

        var prefixed = Search("*chiro*");
        Assert.Contains("cannot start with a wildcard", prefixed.Warning);
        Assert.Contains(Chiro000, prefixed.Hits.Select(h => $"{h.CaseId}#{h.ItemIndex}"));
    }

    [Theory]
    [InlineData("PT")]
    [InlineData("\"physical therapy\" OR chiropractic")]
    [InlineData("manipulation OR \"return to work\"~2")]
    [InlineData("rationale:\"red flags\"~3 OR summary:knee")]
    [InlineData("MRI -cervical")]
    [InlineData("imag* AND lumbar")]
    public void Result_list_marks_read_from_postings_equal_the_case_page_marks_from_re_analysis(string query)
    {
        foreach (var hit in Search(query).Hits)
        {
            var letter = seeds.Index.Searcher.FindCase(hit.CaseId)!;
            var page = seeds.Index.Searcher.HighlightCase(letter, query);
            var item = page.Items.Single(i => i.Index == hit.ItemIndex);

            Assert.Equal(item.Item.ToHtml(), hit.ItemHighlight.ToHtml());
            var wholeRationale = Marked(item.Rationale.ToHtml());
            Assert.All(hit.Highlights.Html().SelectMany(Marked), mark => Assert.Contains(mark, wholeRationale));
            Assert.All(Marked(hit.SummaryHighlight?.ToHtml() ?? ""), mark => Assert.Contains(mark, Marked(page.Summary.ToHtml())));
            Assert.Equal(wholeRationale.Count > 0, hit.Highlights.Html().Any(h => h.Contains("<mark>", StringComparison.Ordinal)));
        }
    }

    [GeneratedRegex("<mark>(.*?)</mark>")]
    private static partial Regex MarkedStretch();

    [GeneratedRegex("</?mark>")]
    private static partial Regex MarkTag();

    public sealed class Seeds : IDisposable
    {
        internal SearchIndex Index { get; } = SearchIndex.OfSeedCorpus();

        public void Dispose() => Index.Dispose();
    }
}
