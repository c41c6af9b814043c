using System.Diagnostics;
using ImrSearch.Analysis;
using ImrSearch.Search;
using ImrSearch.Search.Querying;
using Lucene.Net.Search;

namespace ImrSearch.Tests.Search;

/// <summary>Every query's cost is bounded before it runs; a search past its time budget stops and says so.</summary>
public sealed class QueryLimitsTests
{
    private static readonly ImrAnalyzer Analyzer = ImrAnalyzer.ForQueries();

    private static CompiledQuery Compile(string query, bool regex = false) => QueryCompiler.Compile(query, Analyzer, regex);

    // Through the letter-field joins too: a summary clause is the query inside its LetterTextQuery.
    private static IEnumerable<Query> Leaves(Query query) => QueryLimits.LeafQueries(query);

    [Theory]
    [InlineData("chiro*")]
    [InlineData("knee~")]
    [InlineData("l?mbar")]
    [InlineData("rad??ulopathy*")]
    [InlineData("treatment:phys*")]
    [InlineData("case:CM13*")]
    public void The_patterns_people_use_run_as_patterns(string query)
    {
        var compiled = Compile(query);

        Assert.Empty(compiled.Notes);
        Assert.Contains(Leaves(compiled.Query), q => q is MultiTermQuery);
    }

    [Theory]
    [InlineData("x*a??????????????????????????")]
    [InlineData("a?????b")]
    [InlineData("a*b*c*d")]
    [InlineData("treatment:x*a??????????????????????")]
    [InlineData("case:x*a??????????????????????")]
    [InlineData("bodyRegion:*a*b*c*d?????")]
    public void Patterns_that_would_build_large_automata_are_refused_and_searched_as_words(string query)
    {
        var clock = Stopwatch.StartNew();
        var compiled = Compile(query);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"compiling took {clock.Elapsed}"); // hang guard
        Assert.Contains(compiled.Notes, n => n.Contains("too many wildcards", StringComparison.Ordinal) && n.Contains("plain words", StringComparison.Ordinal));
        // What runs are the pattern's words (a facet field's whole-word matching adds only its own '*' around them).
        Assert.DoesNotContain(Leaves(compiled.Query), q => q.ToString().Contains('?') || q.ToString().Contains("a*", StringComparison.Ordinal));
    }

    [Fact]
    public void Long_pattern_terms_are_refused()
    {
        var compiled = Compile(new string('a', 60) + "* " + new string('b', 60) + "~");

        Assert.Equal(2, compiled.Notes.Count(n => n.Contains("longer than", StringComparison.Ordinal)));
        Assert.DoesNotContain(Leaves(compiled.Query), q => q is MultiTermQuery);
    }

    [Fact]
    public void At_most_eight_patterns_run_and_the_rest_are_words()
    {
        var compiled = Compile(string.Join(" OR ", Enumerable.Range(0, 200).Select(i => $"x{i}*")));

        Assert.Contains(QueryLimits.TooManyPatterns, compiled.Notes);
        // Each of the eight admitted patterns runs in the four default fields.
        Assert.Equal(QueryLimits.MaxPatterns * ImrQueryParser.DefaultFieldBoosts.Count, Leaves(compiled.Query).Count(q => q is PrefixQuery));
    }

    [Fact]
    public void Regular_expressions_are_off_unless_allowed()
    {
        var off = Compile("/kne+/");
        Assert.Contains(off.Notes, n => n.Contains("Regular expressions are turned off", StringComparison.Ordinal));
        Assert.DoesNotContain(Leaves(off.Query), q => q is RegexpQuery);

        var on = Compile("/kne+/", regex: true);
        Assert.Empty(on.Notes);
        Assert.Contains(Leaves(on.Query), q => q is RegexpQuery);

        var costly = Compile("/(a|b)*c*d+e?f{2,9}/", regex: true);
        Assert.Contains(costly.Notes, n => n.Contains("repeats too much", StringComparison.Ordinal));
        Assert.DoesNotContain(Leaves(costly.Query), q => q is RegexpQuery);
    }

    [Fact]
    public void Deep_nesting_is_refused_with_its_position()
    {
        var nested = new string('(', 40) + "knee" + new string(')', 40);

        var compiled = Compile(nested);

        Assert.Contains(compiled.Notes, n => n.Contains("Too deeply nested", StringComparison.Ordinal) && n.Contains("character 17", StringComparison.Ordinal));
        Assert.Contains("knee", compiled.Query.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pattern_matching_many_words_searches_the_most_frequent_and_says_so()
    {
        var letter = ImrSearch.Tests.Index.SampleDeterminations.NeurologyPhysicalTherapy() with { Summary = string.Join(" ", Enumerable.Range(0, 600).Select(i => $"zq{i:000}x")) };
        using var index = SearchIndex.Of(letter);

        var response = index.Search("zq*");

        Assert.False(response.Stopped);
        Assert.Equal(letter.Decisions.Count, response.Total);
        Assert.Contains("matches too many words", response.Warning, StringComparison.Ordinal);
        Assert.Contains($"at most {BoundedTermExpansion.MaxTerms}", response.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Expanding_a_pattern_looks_up_its_words_on_the_clock()
    {
        // 600 words: too few for the dictionary walk's own check (every 4,096 words), enough for the per-word
        // lookups of the 128 kept, which at a million items cost a second before the pass began.
        var letter = ImrSearch.Tests.Index.SampleDeterminations.NeurologyPhysicalTherapy() with { Summary = string.Join(" ", Enumerable.Range(0, 600).Select(i => $"zq{i:000}x")) };
        using var index = SearchIndex.Of(letter);
        index.Options = new DecisionSearcherOptions { TimeBudget = TimeSpan.FromTicks(1) };

        using var scope = index.Searcher.Scope(SearchIndex.Request("zq*"));

        Assert.Throws<SearchTimeoutException>(() => scope.Rewritten);
    }

    [Fact]
    public void The_states_an_expansion_looked_up_are_charged_to_the_caches_that_keep_its_query()
    {
        var letter = ImrSearch.Tests.Index.SampleDeterminations.NeurologyPhysicalTherapy() with { Summary = string.Join(" ", Enumerable.Range(0, 600).Select(i => $"zq{i:000}x")) };
        using var index = SearchIndex.Of(letter);
        using var scope = index.Searcher.Scope(SearchIndex.Request("zq*"));

        var rewritten = scope.Rewritten!;
        var expanded = QueryLimits.LeafQueries(rewritten).OfType<ExpandedTermQuery>().ToList();
        var clauses = QueryLimits.CountClauses(rewritten, int.MaxValue);

        Assert.Equal(BoundedTermExpansion.MaxTerms, expanded.Count);
        Assert.Equal(
            ImrSearch.Search.Caching.CachedBytes.ObjectOverhead + (384L * clauses) + expanded.Sum(e => e.StateBytes),
            ImrSearch.Search.Caching.CachedBytes.Of(rewritten));
        // The caches keep the query inside its items-only restriction: its clauses are counted through it.
        Assert.Equal(clauses, QueryLimits.CountClauses(scope.Query, int.MaxValue));
    }

    [Fact]
    public void A_search_past_its_time_budget_stops_and_says_so_and_nothing_of_it_is_kept()
    {
        using var index = SearchIndex.OfSeedCorpus();
        index.Options = new DecisionSearcherOptions { TimeBudget = TimeSpan.FromTicks(1) };

        var stopped = index.Search("knee OR therapy");

        Assert.True(stopped.Stopped);
        Assert.Equal(0, stopped.Total);
        Assert.Empty(stopped.Hits);
        Assert.Contains("was stopped", stopped.Warning, StringComparison.Ordinal);
        Assert.Equal(0, index.Searcher.QueryHitListsKept);
        // Browsing everything is served from what the commit warmed, so it never stops.
        Assert.False(index.Search(null).Stopped);
    }

    [Fact]
    public void A_stopped_search_says_stopped_in_its_json_so_its_zero_total_is_not_read_as_no_match()
    {
        using var hurried = SearchIndex.OfSeedCorpus();
        hurried.Options = new DecisionSearcherOptions { TimeBudget = TimeSpan.FromTicks(1) };
        using var unhurried = SearchIndex.OfSeedCorpus();
        using var stopped = System.Text.Json.JsonDocument.Parse(ImrSearch.Json.SearchResponseJson.Serialize(hurried.Search("knee OR therapy"), ImrSearch.Json.ImrJson.Api));
        using var answered = System.Text.Json.JsonDocument.Parse(ImrSearch.Json.SearchResponseJson.Serialize(unhurried.Search("knee OR therapy"), ImrSearch.Json.ImrJson.Api));

        Assert.True(stopped.RootElement.GetProperty("stopped").GetBoolean());
        Assert.Equal(0, stopped.RootElement.GetProperty("total").GetInt32());
        Assert.False(answered.RootElement.TryGetProperty("stopped", out _));
        Assert.True(answered.RootElement.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public void Analyses_past_their_time_budget_throw_a_timeout_with_the_reason()
    {
        using var index = SearchIndex.OfSeedCorpus();
        index.Options = new DecisionSearcherOptions { TimeBudget = TimeSpan.FromTicks(1) };
        var explorer = new ImrSearch.Precedents.PrecedentExplorer(index.Searcher);

        var error = Assert.Throws<SearchTimeoutException>(() => explorer.Outcomes(SearchIndex.Request("knee"), "treatment"));

        Assert.Contains("was stopped", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_search_stops()
    {
        using var index = SearchIndex.OfSeedCorpus();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => index.Searcher.Search(SearchIndex.Request("knee"), cancelled.Token));
    }
}
