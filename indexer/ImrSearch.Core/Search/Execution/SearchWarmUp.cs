using System.Diagnostics;

namespace ImrSearch.Search.Execution;

/// <summary>
/// The searches a warm-up runs: one of each kind a person types (a word, a phrase, words near each other, boolean
/// operators, a field, a wildcard, a range), alone, narrowed by one and by two facet values, and refined, in each
/// sort; each round computed afresh on result caches of its own, so the searcher's are left as they were.
/// </summary>
/// <remarks>
/// The .NET runtime compiles a method quickly first and fully once it has been called often (tiered compilation,
/// with the profile the first version gathers). A site started cold answered its first 20 s of never-seen queries
/// at 8 connections at 48-51 a second with a p99 of 797-865 ms, against 76-86 and 183-204 ms once warm (2 Dec 2026,
/// one million items): its requests ran the slow first versions while the compiler waited for the start-up to calm
/// down. Compiling everything fully at once (<c>DOTNET_TieredCompilation=0</c>) fixed the start but cost 7-11% more
/// CPU per search for good (no profile-guided code). Running these searches before the site listens gets the hot
/// loops compiled fully, with their profiles, before the first person searches.
/// </remarks>
internal static class SearchWarmUp
{
    /// <summary>Words found in IMR letters, in the query syntaxes the search supports.</summary>
    public static readonly IReadOnlyList<string> Queries =
    [
        "pain",
        "physical therapy",
        "\"medically necessary\"",
        "\"functional improvement\"~3",
        "MRI AND knee",
        "(tramadol OR gabapentin) AND weaning",
        "acupuncture NOT chiropractic",
        "+injection -surgery",
        "opioid*",
        "rationale:\"sleep hygiene\"",
        "item:therapy",
        "year:[2014 TO 2016]",
    ];

    /// <summary>Rounds at most: by then every search's code has been called often enough to be compiled fully.</summary>
    public const int MaxRounds = 40;

    /// <summary>Runs rounds of the searches until <paramref name="duration"/> has passed or <see cref="MaxRounds"/> are done.</summary>
    /// <param name="search">Runs one search on caches given for the round.</param>
    /// <param name="commonValues">The most common values of the index's facet dimensions, to narrow by.</param>
    public static WarmUpReport Run(
        Func<SearchRequest, Caching.ResultCaches, SearchResponse> search,
        Func<Caching.ResultCaches> newCaches,
        IReadOnlyList<(string Dimension, string Value)> commonValues,
        TimeSpan duration,
        CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var searches = 0;
        var rounds = 0;
        var requests = Requests(commonValues).ToList();
        while (rounds < MaxRounds && clock.Elapsed < duration)
        {
            // Fresh caches each round: the searches are computed afresh, and a query's refinements replay its hits.
            var caches = newCaches();
            foreach (var request in requests)
            {
                if (clock.Elapsed >= duration)
                {
                    break;
                }

                cancellation.ThrowIfCancellationRequested();
                search(request, caches);
                searches++;
            }

            rounds++;
        }

        return new WarmUpReport(searches, rounds, clock.Elapsed);
    }

    private static IEnumerable<SearchRequest> Requests(IReadOnlyList<(string Dimension, string Value)> commonValues)
    {
        var one = commonValues.Take(1).ToArray();
        var two = commonValues.Take(2).ToArray();
        foreach (var query in Queries)
        {
            yield return SearchRequest.For(query);
            // A refinement of the query just run (replayed from its recorded hits), then the same narrowing searched.
            yield return Narrowed(query, one) with { Sort = SearchSort.Newest };
            yield return Narrowed(query, two);
        }

        yield return SearchRequest.For(null) with { Sort = SearchSort.Case };
        yield return Narrowed(null, two);
    }

    private static SearchRequest Narrowed(string? query, IReadOnlyList<(string Dimension, string Value)> values) =>
        new(query, values.ToDictionary(v => v.Dimension, v => (IReadOnlyList<string>)[v.Value]));
}
