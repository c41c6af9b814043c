using ImrSearch.Domain;
using ImrSearch.Precedents;
using ImrSearch.Search;
using ImrSearch.Tests.Index;

namespace ImrSearch.Tests.Search;

/// <summary>
/// Date ranges on decided, injured and received dates over three letters of two items each: one decided 2015-01-20,
/// one 2018-03-01, one stating no header dates at all.
/// </summary>
public sealed class DateRangeSearchTests(DateRangeSearchTests.Letters letters) : IClassFixture<DateRangeSearchTests.Letters>
{
    private readonly DecisionSearcher searcher = letters.Index.Searcher;

    [Theory]
    [InlineData("2015-01-20", "2015-01-20", 2, 2)]
    [InlineData("2015-01-21", null, 2, 2)]
    [InlineData(null, "2015-01-19", 0, 2)]
    [InlineData("2015-01-20", "2018-03-01", 4, 2)]
    public void A_decision_date_range_includes_both_ends_and_counts_the_undated(string? from, string? to, long total, long undated)
    {
        var response = searcher.Search(Request(DateKind.Decided, from, to));

        Assert.Equal(total, response.Total);
        var missing = Assert.Single(response.MissingDates);
        Assert.Equal(DateKind.Decided, missing.Kind);
        Assert.Equal(undated, missing.Items);
        Assert.Equal(total, response.Facets["decision"].Values.Sum(v => v.Count));
    }

    [Fact]
    public void Injury_and_received_ranges_read_their_own_dates()
    {
        var injured = searcher.Search(Request(DateKind.Injured, "2014-05-19", null));
        var received = searcher.Search(Request(DateKind.Received, null, "2014-12-10"));

        Assert.Equal(["CM15-0171234"], injured.Hits.Select(h => h.CaseId).Distinct());
        Assert.Equal(0, injured.MissingDates.Single().Items);
        Assert.Equal(["CM14-0201234"], received.Hits.Select(h => h.CaseId).Distinct());
        Assert.Equal(2, received.MissingDates.Single().Items);
    }

    [Fact]
    public void Ranges_combine_with_a_query_and_filters_and_each_counts_its_own_missing_dates()
    {
        var request = Request(DateKind.Decided, "2015-01-01", null) with
        {
            Query = "chiropractic OR MRI",
            Filters = new Dictionary<string, IReadOnlyList<string>> { ["treatment"] = ["Chiropractic", "MRI"] },
            Dates = DateRanges.None
                .With(DateKind.Decided, new DateRange(new DateOnly(2015, 1, 1), null))
                .With(DateKind.Injured, new DateRange(null, new DateOnly(2014, 12, 31))),
        };

        var response = searcher.Search(request);

        Assert.Equal(2, response.Total);
        Assert.All(response.Hits, h => Assert.Equal("Chiropractic", h.Treatment));
        Assert.Equal([1L, 0L], response.MissingDates.Select(m => m.Items));
    }

    [Fact]
    public void Missing_dates_are_counted_once_per_result_set_and_served_with_every_page_of_it()
    {
        // A range no other test asks for, so its result set is made here.
        var request = Request(DateKind.Decided, "2014-06-01", null);
        var before = searcher.MissingDateCounts;

        var pages = Enumerable.Range(1, 3).Select(page => searcher.Search(request with { Page = page })).Append(searcher.Search(request)).ToList();

        Assert.Equal(1, searcher.MissingDateCounts - before);
        Assert.All(pages, response => Assert.Equal(2, Assert.Single(response.MissingDates).Items));
        Assert.Equal(4, pages[0].Total);

        // Another sort is another result set: counted again, to the same answer.
        var sorted = searcher.Search(request with { Sort = SearchSort.Newest });
        Assert.Equal(2, searcher.MissingDateCounts - before);
        Assert.Equal(2, Assert.Single(sorted.MissingDates).Items);

        // Without a range there is nothing to count.
        Assert.Empty(searcher.Search(SearchRequest.For("therapy")).MissingDates);
        Assert.Equal(2, searcher.MissingDateCounts - before);
    }

    [Fact]
    public void Every_hit_of_an_export_is_within_the_range()
    {
        var all = searcher.SearchAll(Request(DateKind.Decided, "2018-01-01", null)).ToList();

        Assert.Equal(2, all.Count);
        Assert.All(all, hit => Assert.Equal(2018, hit.DecisionYear));
    }

    [Fact]
    public void The_outcome_table_counts_only_items_within_the_range()
    {
        var table = new PrecedentExplorer(searcher).Outcomes(Request(DateKind.Decided, null, "2015-12-31"), "treatment");

        Assert.Equal(2, table.Total);
    }

    [Theory]
    [InlineData("2016-02-30")]
    [InlineData("2016-1-1")]
    [InlineData("yesterday")]
    [InlineData("1899-12-31")]
    [InlineData("2016-01-01T00:00")]
    public void A_date_that_cannot_be_read_is_refused_with_its_parameter_named(string text)
    {
        var refused = Assert.Throws<SearchRequestException>(() => DateRanges.ParseDate("decidedFrom", text));

        Assert.Contains("decidedFrom", refused.Message);
    }

    [Fact]
    public void A_range_that_ends_before_it_starts_is_refused()
    {
        var refused = Assert.Throws<SearchRequestException>(() => searcher.Search(Request(DateKind.Injured, "2020-01-01", "2010-01-01")));

        Assert.Contains("injuredFrom", refused.Message);
        Assert.Contains("after", refused.Message);
    }

    [Fact]
    public void The_case_outcome_facet_says_how_the_whole_letter_was_decided()
    {
        var values = searcher.Search(SearchRequest.For(null)).Facets["caseOutcome"].Values.ToDictionary(v => v.Value, v => v.Count);

        Assert.Equal(4, values["All upheld"]);
        Assert.Equal(2, values["Partly overturned"]);
        Assert.False(values.ContainsKey("All overturned"));
    }

    private static SearchRequest Request(DateKind kind, string? from, string? to) =>
        SearchRequest.For(null) with
        {
            Dates = DateRanges.None.With(kind, new DateRange(DateRanges.ParseDate("from", from), DateRanges.ParseDate("to", to))),
        };

    public sealed class Letters : IDisposable
    {
        internal SearchIndex Index { get; } = SearchIndex.Of(
            SampleDeterminations.NeurologyPhysicalTherapy(),
            SampleDeterminations.PreventiveMedicineMri(),
            SampleDeterminations.NeurologyPhysicalTherapy("2018.txt") with
            {
                CaseId = "CM18-0000001",
                CaseNumber = "CM18-0000001",
                Dates = new LetterDates(new DateOnly(2018, 3, 1), new DateOnly(2018, 1, 15), null, new DateOnly(2018, 1, 2)),
            });

        public void Dispose() => Index.Dispose();
    }
}
