using ImrSearch.Domain;
using ImrSearch.Precedents;
using ImrSearch.Search;
using ImrSearch.Tests.Index;

namespace ImrSearch.Tests.Search;

/// <summary>
/// Decision-date ranges, their missing-date counts and trends checked against brute force over the letters' own
/// dates: 90 letters of two items in three incremental builds (several segments), searched in two slices, with
/// random decisions, dates over 1985-2026 (one before the trend's month array) and a tenth of the letters undated.
/// </summary>
public sealed class DateRangeRandomTests : IDisposable
{
    private readonly List<Determination> letters = [];
    private readonly SearchIndex index;

    public DateRangeRandomTests()
    {
        var random = new Random(17);
        // Apart, so that the other dates are drawn as before receipt dates were added.
        var receipts = new Random(29);
        for (var n = 0; n < 90; n++)
        {
            DateOnly? decided = random.Next(10) == 0 ? null
                : n == 7 ? new DateOnly(1985, 6, 3)
                : new DateOnly(2013, 1, 1).AddDays(random.Next(365 * 14));
            DateOnly? injured = random.Next(5) == 0 ? null : new DateOnly(2010, 1, 1).AddDays(random.Next(365 * 10));
            DateOnly? received = receipts.Next(6) == 0 ? null : new DateOnly(2012, 1, 1).AddDays(receipts.Next(365 * 12));
            var sample = n % 2 == 0 ? SampleDeterminations.NeurologyPhysicalTherapy() : SampleDeterminations.PreventiveMedicineMri();
            letters.Add(sample with
            {
                CaseId = $"CM99-{n:D7}",
                CaseNumber = $"CM99-{n:D7}",
                Source = $"{n:D3}.txt",
                Dates = new LetterDates(DecisionDate: decided, ApplicationReceived: received),
                Patient = sample.Patient with { DateOfInjury = injured },
                Decisions = [.. sample.Decisions.Select(d => d with { Decision = random.Next(3) == 0 ? Decision.Overturned : Decision.Upheld })],
            });
        }

        index = SearchIndex.Of([.. letters.Take(30)]);
        index.Options = new() { TimeBudget = Timeout.InfiniteTimeSpan, MinDocsToSplitSearch = 0 };
        foreach (var batch in new[] { letters.Skip(30).Take(30), letters.Skip(60) })
        {
            foreach (var letter in batch)
            {
                index.Add(letter);
            }

            index.Build();
        }
    }

    private static DateOnly? DateOf(DateKind kind, Determination letter) => kind switch
    {
        DateKind.Decided => letter.DecidedOn,
        DateKind.Injured => letter.Patient.DateOfInjury,
        _ => letter.ReceivedOn,
    };

    private IEnumerable<(Determination Letter, DecidedItem Item)> Items => letters.SelectMany(l => l.Decisions.Select(d => (l, d)));

    [Fact]
    public void Random_decision_date_ranges_match_the_letters_dates_with_the_undated_counted()
    {
        var random = new Random(5);
        for (var round = 0; round < 40; round++)
        {
            var from = random.Next(4) == 0 ? (DateOnly?)null : new DateOnly(2012, 1, 1).AddDays(random.Next(365 * 15));
            var to = random.Next(4) == 0 ? (DateOnly?)null : (from ?? new DateOnly(2012, 1, 1)).AddDays(random.Next(365 * 6));
            var query = random.Next(2) == 0 ? null : "MRI";
            var request = SearchRequest.For(query) with { Dates = DateRanges.None.With(DateKind.Decided, new DateRange(from, to)) };
            if (request.Dates.IsEmpty)
            {
                continue;
            }

            var response = index.Searcher.Search(request);

            var candidates = Items.Where(x => query is null || x.Item.Treatment == "MRI" || x.Item.Item.Contains("MRI", StringComparison.Ordinal)).ToList();
            var within = candidates.Count(x => x.Letter.DecidedOn is { } d && (from is null || d >= from) && (to is null || d <= to));
            Assert.Equal(within, response.Total);
            Assert.Equal(candidates.Count(x => x.Letter.DecidedOn is null), Assert.Single(response.MissingDates).Items);
        }
    }

    [Theory]
    [InlineData(DateKind.Decided)]
    [InlineData(DateKind.Injured)]
    [InlineData(DateKind.Received)]
    public void Random_ranges_on_each_kind_of_date_match_the_letters_dates_in_the_pass_and_in_a_replay(DateKind kind)
    {
        var random = new Random(23 + (int)kind);
        for (var round = 0; round < 30; round++)
        {
            var from = random.Next(4) == 0 ? (DateOnly?)null : new DateOnly(2009, 1, 1).AddDays(random.Next(365 * 18));
            var to = random.Next(4) == 0 ? (DateOnly?)null : (from ?? new DateOnly(2009, 1, 1)).AddDays(random.Next(365 * 8));
            var query = random.Next(2) == 0 ? null : "MRI";
            var request = SearchRequest.For(query) with { Dates = DateRanges.None.With(kind, new DateRange(from, to)) };
            if (request.Dates.IsEmpty)
            {
                continue;
            }

            var first = index.Searcher.Search(request);
            var replayed = index.Searcher.Search(request with { Sort = SearchSort.Newest });

            var candidates = Items.Where(x => query is null || x.Item.Treatment == "MRI" || x.Item.Item.Contains("MRI", StringComparison.Ordinal)).ToList();
            foreach (var response in new[] { first, replayed })
            {
                Assert.Equal(candidates.Count(x => DateOf(kind, x.Letter) is { } d && (from is null || d >= from) && (to is null || d <= to)), response.Total);
                var missing = Assert.Single(response.MissingDates);
                Assert.Equal(kind, missing.Kind);
                Assert.Equal(candidates.Count(x => DateOf(kind, x.Letter) is null), missing.Items);
            }
        }
    }

    [Fact]
    public void Two_ranges_with_facet_selections_count_each_range_s_undated_items_in_the_pass_and_in_a_replay()
    {
        var random = new Random(11);
        for (var round = 0; round < 40; round++)
        {
            var decided = new DateRange(new DateOnly(2013, 1, 1).AddDays(random.Next(365 * 8)), random.Next(3) == 0 ? null : new DateOnly(2019, 1, 1).AddDays(random.Next(365 * 6)));
            var injured = random.Next(3) == 0 ? DateRange.Open : new DateRange(null, new DateOnly(2011, 1, 1).AddDays(random.Next(365 * 9)));
            var overturned = random.Next(2) == 0;
            var mri = random.Next(3) == 0;
            var filters = new Dictionary<string, IReadOnlyList<string>>();
            if (overturned)
            {
                filters["decision"] = ["Overturned"];
            }

            if (mri)
            {
                filters["treatment"] = ["MRI"];
            }

            var request = SearchRequest.For(random.Next(2) == 0 ? null : "MRI OR therapy") with
            {
                Dates = DateRanges.None.With(DateKind.Decided, decided).With(DateKind.Injured, injured),
                Filters = filters,
            };

            var first = index.Searcher.Search(request);
            // Another sort of the same query, ranges and selections: a replay of the recorded hits, counted apart.
            var replayed = index.Searcher.Search(request with { Sort = SearchSort.Newest });

            var selected = Items.Where(x => (!overturned || x.Item.Decision == Decision.Overturned) && (!mri || x.Item.Treatment == "MRI")).ToList();
            bool InDecided((Determination Letter, DecidedItem Item) x) => x.Letter.DecidedOn is { } d && d >= decided.From && (decided.To is null || d <= decided.To);
            bool InInjured((Determination Letter, DecidedItem Item) x) => injured.IsOpen || (x.Letter.Patient.DateOfInjury is { } d && d <= injured.To);
            var expectedMissing = new List<long> { selected.Count(x => x.Letter.DecidedOn is null && InInjured(x)) };
            if (!injured.IsOpen)
            {
                expectedMissing.Add(selected.Count(x => x.Letter.Patient.DateOfInjury is null && InDecided(x)));
            }

            foreach (var response in new[] { first, replayed })
            {
                Assert.Equal(selected.Count(x => InDecided(x) && InInjured(x)), response.Total);
                Assert.Equal(expectedMissing, response.MissingDates.Select(m => m.Items));
            }
        }
    }

    [Fact]
    public void An_injury_date_range_counts_the_items_without_an_injury_date()
    {
        var to = new DateOnly(2015, 6, 30);
        var request = SearchRequest.For(null) with { Dates = DateRanges.None.With(DateKind.Injured, new DateRange(null, to)) };

        var response = index.Searcher.Search(request);

        Assert.Equal(Items.Count(x => x.Letter.Patient.DateOfInjury is { } d && d <= to), response.Total);
        Assert.Equal(Items.Count(x => x.Letter.Patient.DateOfInjury is null), Assert.Single(response.MissingDates).Items);
    }

    [Fact]
    public void A_trend_counts_every_period_as_the_letters_dates_do_and_is_counted_once_per_request()
    {
        var explorer = new PrecedentExplorer(index.Searcher);
        var before = index.Searcher.TrendsCounted;

        var byYear = explorer.Trend(SearchRequest.For(null), TrendInterval.Year);
        var byQuarter = explorer.Trend(SearchRequest.For(null), TrendInterval.Quarter);

        Assert.Equal(1, index.Searcher.TrendsCounted - before);
        var expected = Items.Where(x => x.Letter.DecidedOn is not null)
            .GroupBy(x => x.Letter.DecidedOn!.Value.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => (Upheld: (long)g.Count(x => x.Item.Decision == Decision.Upheld), Overturned: (long)g.Count(x => x.Item.Decision == Decision.Overturned)));
        var actual = byYear.Buckets.Where(b => b.Decisions > 0).ToDictionary(b => b.Period, b => (b.Upheld, b.Overturned));
        Assert.Equal(expected.OrderBy(e => e.Key), actual.OrderBy(a => a.Key));
        Assert.Contains("1985", actual.Keys);
        Assert.Equal(Items.Count(x => x.Letter.DecidedOn is null), byYear.Undated);
        Assert.Equal(byYear.Decisions, byQuarter.Decisions);
        Assert.Equal("1985-Q2", byQuarter.Buckets[0].Period);
    }

    [Fact]
    public void A_monthly_trend_matches_the_letters_months()
    {
        var request = SearchRequest.For(null) with { Dates = DateRanges.None.With(DateKind.Decided, new DateRange(new DateOnly(2013, 1, 1), null)) };

        var trend = new PrecedentExplorer(index.Searcher).Trend(request, TrendInterval.Month);

        var expected = Items.Where(x => x.Letter.DecidedOn is { Year: >= 2013 })
            .GroupBy(x => $"{x.Letter.DecidedOn!.Value.Year:D4}-{x.Letter.DecidedOn.Value.Month:D2}")
            .ToDictionary(g => g.Key, g => (Upheld: (long)g.Count(x => x.Item.Decision == Decision.Upheld), Overturned: (long)g.Count(x => x.Item.Decision == Decision.Overturned)));
        Assert.Equal(expected.OrderBy(e => e.Key), trend.Buckets.Where(b => b.Decisions > 0).ToDictionary(b => b.Period, b => (b.Upheld, b.Overturned)).OrderBy(a => a.Key));
    }

    [Fact]
    public void A_trend_within_a_range_and_of_a_query_counts_only_its_items()
    {
        var from = new DateOnly(2016, 1, 1);
        var to = new DateOnly(2019, 12, 31);
        var request = SearchRequest.For("MRI") with { Dates = DateRanges.None.With(DateKind.Decided, new DateRange(from, to)) };

        var trend = new PrecedentExplorer(index.Searcher).Trend(request, TrendInterval.Year);

        var expected = Items.Where(x => x.Item.Treatment == "MRI" && x.Letter.DecidedOn is { } d && d >= from && d <= to)
            .GroupBy(x => x.Letter.DecidedOn!.Value.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => (long)g.Count());
        Assert.Equal(expected.OrderBy(e => e.Key), trend.Buckets.Where(b => b.Decisions > 0).Select(b => new KeyValuePair<string, long>(b.Period, b.Decisions)).OrderBy(e => e.Key));
        Assert.Equal(0, trend.Undated);
    }

    public void Dispose() => index.Dispose();
}
