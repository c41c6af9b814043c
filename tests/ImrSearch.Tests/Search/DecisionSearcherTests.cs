using System.Text.RegularExpressions;
using ImrSearch.Domain;
using ImrSearch.Highlighting;
using ImrSearch.Search;
using ImrSearch.Tests.Highlighting;

namespace ImrSearch.Tests.Search;

/// <summary>Queries, facets, highlights, sorting and paging through the public searcher, on letters written for each rule.</summary>
public sealed partial class DecisionSearcherTests : IClassFixture<DecisionSearcherTests.Samples>
{
    private readonly SearchIndex index;

    public DecisionSearcherTests(Samples samples) => index = samples.Index;

    private static List<string> Marked(string html) => [.. MarkTag().Matches(html).Select(m => m.Groups[1].Value)];

    private static string Key(SearchHit hit) => $"{hit.CaseId}#{hit.ItemIndex}";

    private List<string> Keys(string? query, params (string, string)[] filters) => [.. index.Search(query, filters).Hits.Select(Key)];

    [Fact]
    public void An_empty_query_browses_every_decided_item_with_facets()
    {
        var response = index.Search(null);

        Assert.Equal(5, response.Total);
        Assert.Null(response.Warning);
        var decision = response.Facets["decision"];
        Assert.Equal([("Upheld", 3L), ("Overturned", 2L)], decision.Values.Select(v => (v.Value, v.Count)));
        Assert.Equal(2, decision.Distinct);
        Assert.All(response.Hits, hit => Assert.DoesNotContain("<mark>", string.Concat(hit.Highlights.Html())));
    }

    [Fact]
    public void Words_in_any_default_field_with_and_between_them()
    {
        Assert.Equal(["CM15-0000002#0"], Keys("acupuncture functional"));
        Assert.Equal(["CM15-0000002#0", "CM15-0000002#1"], Keys("knee").Order());
    }

    [Fact]
    public void Fielded_search_by_friendly_names()
    {
        Assert.Equal(["CM15-0000002#0"], Keys("item:acupuncture"));
        Assert.Empty(Keys("item:conservative"));
        Assert.Equal(["CM15-0000002#1"], Keys("rationale:conservative"));
        Assert.Equal(["CM15-0000002#0", "CM15-0000002#1"], Keys("summary:knee").Order());
        Assert.Equal(["CM15-0000001#1", "CM16-0000003#0"], Keys("Decision:OVERTURNED").Order());
        Assert.Equal(["CM16-0000003#0"], Keys("specialty:\"orthopedic surgery\""));
        Assert.Equal(["CM16-0000003#0"], Keys("bodyRegion:shoulder"));
        Assert.Equal(2, Keys("treatment:\"physical therapy\"").Count);
        Assert.Equal(["CM15-0000002#0", "CM15-0000002#1"], Keys("case:cm15-0000002").Order());
        Assert.Equal(["CM15-0000002#0", "CM15-0000002#1"], Keys("year:2014").Order());
        Assert.Equal(4, Keys("year:[2014 TO 2015]").Count);
        Assert.Equal(5, Keys("guideline:manipulation").Count);
    }

    [Fact]
    public void A_phrase_finds_only_the_words_together()
    {
        Assert.Equal(["CM15-0000001#0"], Keys("\"return to work\""));
        // Both words occur in the other letter, apart.
        Assert.Contains("CM15-0000002#0", Keys("return work"));
    }

    [Fact]
    public void Proximity_finds_words_within_the_distance()
    {
        Assert.Equal(["CM15-0000002#0"], Keys("\"unchanged acupuncture\"~2"));
        Assert.Empty(Keys("\"return acupuncture\"~2"));
    }

    [Fact]
    public void Synonyms_find_both_spellings_and_mark_them()
    {
        var byAbbreviation = index.Search("PT");
        var bySpelling = index.Search("\"physical therapy\"");

        Assert.Equal(byAbbreviation.Hits.Select(Key).Order(), bySpelling.Hits.Select(Key).Order());
        var rtw = byAbbreviation.Hits.Single(h => Key(h) == "CM15-0000001#1");
        Assert.Equal(["Physical therapy"], Marked(rtw.ItemHighlight.ToHtml()));
        Assert.Contains("PT", rtw.Highlights.Html().SelectMany(Marked));
    }

    [Fact]
    public void Not_excludes_and_is_never_marked()
    {
        Assert.Equal(["CM15-0000002#0"], Keys("acupuncture OR chiropractic -flare"));

        // The case page shows every item of the letter, including text the NOT-ed word occurs in.
        var letter = index.Searcher.FindCase("CM15-0000002")!;
        var page = index.Searcher.HighlightCase(letter, "knee -conservative");
        Assert.Contains("conservative", page.Items[1].Rationale.ToHtml());
        Assert.DoesNotContain("conservative", page.Items.SelectMany(i => Marked(i.Rationale.ToHtml())));
        Assert.Contains("knee", Marked(page.Items[1].Item.ToHtml()));
    }

    [Fact]
    public void A_phrase_marks_the_phrase_and_not_a_lone_word()
    {
        var hit = Assert.Single(index.Search("\"return to work\"").Hits);

        var marks = hit.Highlights.Html().SelectMany(Marked).ToList();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Equal("return to work", m));
    }

    [Fact]
    public void A_hit_matched_elsewhere_shows_its_rationale_opening_unmarked_and_a_summary_passage()
    {
        var hit = index.Search("summary:knee").Hits.Single(h => h.ItemIndex == 1);

        var opening = Assert.Single(hit.Highlights.Html());
        Assert.StartsWith("There are no red flags on examination.", opening);
        Assert.DoesNotContain("<mark>", opening);
        Assert.Contains("<mark>knee</mark>", hit.SummaryHighlight?.ToHtml());
    }

    [Fact]
    public void Stemmed_and_prefix_matches_are_marked()
    {
        var stemmed = index.Search("manipulations").Hits.Single(h => Key(h) == "CM15-0000001#0");
        Assert.Equal(["manipulation"], Marked(stemmed.ItemHighlight.ToHtml()));

        var prefixed = index.Search("item:manip*").Hits.Single();
        Assert.Equal(["manipulation"], Marked(prefixed.ItemHighlight.ToHtml()));
    }

    [Fact]
    public void A_letter_containing_script_is_shown_as_text()
    {
        var hit = index.Search("rotator").Hits.Single();

        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", string.Concat(hit.Highlights.Html()));
        Assert.Contains("&lt;script&gt;", hit.ItemHighlight.ToHtml());
        Assert.DoesNotContain("<script>", string.Concat(hit.Highlights.Html().Append(hit.ItemHighlight.ToHtml())));
        Assert.Contains("<script>", hit.Item);
    }

    [Fact]
    public void A_decision_filter_never_returns_an_item_of_the_other_decision()
    {
        var response = index.Search(null, ("decision", "Overturned"));

        Assert.Equal(2, response.Total);
        Assert.All(response.Hits, h => Assert.Equal(Decision.Overturned, h.Decision));
        Assert.DoesNotContain(response.Hits, h => h.Highlights.Html().Any(p => p.Contains("return to work", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_dimension_counts_ignore_its_own_selection_and_keep_selected_values_visible()
    {
        var response = index.Search(null, ("decision", "overturned"), ("bodyRegion", "Knee"));

        Assert.Equal(0, response.Total);
        var decision = response.Facets["decision"];
        // Knee items: two, both Upheld; Overturned is selected with nothing left and stays visible.
        Assert.Contains(new FacetValue("Upheld", 2, false), decision.Values);
        Assert.Contains(new FacetValue("Overturned", 0, true), decision.Values);
        var region = response.Facets["bodyRegion"];
        Assert.Contains(new FacetValue("Lumbar spine", 1, false), region.Values);
        Assert.Contains(new FacetValue("Shoulder", 1, false), region.Values);
        Assert.Contains(new FacetValue("Knee", 0, true), region.Values);
    }

    [Fact]
    public void Several_values_in_one_dimension_mean_or()
    {
        var response = index.Search(null, ("bodyRegion", "knee"), ("bodyRegion", "SHOULDER"));

        Assert.Equal(3, response.Total);
        Assert.Equal(2, response.Facets["bodyRegion"].Values.Count(v => v.Selected));
    }

    [Fact]
    public void Sorts_by_newest_and_by_case()
    {
        var newest = index.Searcher.Search(SearchIndex.Request(null) with { Sort = SearchSort.Newest });
        Assert.Equal(["CM16-0000003#0", "CM15-0000001#0", "CM15-0000001#1", "CM15-0000002#0", "CM15-0000002#1"], newest.Hits.Select(Key));

        var byCase = index.Searcher.Search(SearchIndex.Request(null) with { Sort = SearchSort.Case });
        Assert.Equal(["CM15-0000001#0", "CM15-0000001#1", "CM15-0000002#0", "CM15-0000002#1", "CM16-0000003#0"], byCase.Hits.Select(Key));
    }

    [Fact]
    public void A_malformed_query_warns_and_still_finds()
    {
        var response = index.Search("\"return to work");

        Assert.Contains("Unbalanced quote", response.Warning);
        Assert.Contains("character 1", response.Warning);
        Assert.Contains("CM15-0000001#0", response.Hits.Select(Key));
    }

    [Theory]
    [InlineData(0, 10, "page")]
    [InlineData(1, 9, "size")]
    [InlineData(1, 101, "size")]
    public void Out_of_range_paging_is_a_request_error(int page, int size, string parameter)
    {
        var error = Assert.Throws<SearchRequestException>(() => index.Searcher.Search(SearchIndex.Request(null) with { Page = page, PageSize = size }));

        Assert.StartsWith(parameter, error.Message);
    }

    [Fact]
    public void An_unknown_dimension_is_a_request_error()
    {
        var error = Assert.Throws<SearchRequestException>(() => index.Search(null, ("colour", "red")));

        Assert.Contains("colour", error.Message);
        Assert.Contains("bodyRegion", error.Message);
    }

    [Fact]
    public void Finds_a_case_and_highlights_it_for_the_case_page()
    {
        var determination = index.Searcher.FindCase("cm15-0000001");

        Assert.NotNull(determination);
        Assert.Equal("CM15-0000001", determination.CaseId);
        Assert.Null(index.Searcher.FindCase("CM00-0000000"));

        var page = index.Searcher.HighlightCase(determination, "\"return to work\" OR summary:chronic OR guideline:manipulation");
        Assert.Equal(["chronic"], Marked(page.Summary.ToHtml()));
        Assert.Equal(2, page.Items.Count);
        Assert.Equal(["return to work", "return to work"], Marked(page.Items[0].Rationale.ToHtml()));
        Assert.Empty(Marked(page.Items[1].Rationale.ToHtml()));
        Assert.Contains("manipulation", Marked(page.Items[0].ImrGuideline.ToHtml()));
        Assert.Empty(Marked(page.Items[0].ClaimsAdministratorGuideline.ToHtml()));

        var plain = index.Searcher.HighlightCase(determination, null);
        Assert.DoesNotContain("<mark>", plain.Items[0].Rationale.ToHtml());
    }

    [GeneratedRegex("<mark>(.*?)</mark>")]
    private static partial Regex MarkTag();

    public sealed class Samples : IDisposable
    {
        internal SearchIndex Index { get; } = SearchIndex.Of(SearchSamples.All());

        public void Dispose() => Index.Dispose();
    }
}
