using ImrSearch.Domain;
using ImrSearch.Search;

namespace ImrSearch.Tests.Search;

/// <summary>Runs alone: it measures the process's managed heap, which other tests running at once would move.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasuredCollection
{
    public const string Name = "memory measured";
}

/// <summary>
/// The caches hold to their byte budgets as measured on the heap, not only as counted: distinct queries, each
/// matching most items with a highlighted page, fill both caches far past their budgets.
/// </summary>
[Collection(MemoryMeasuredCollection.Name)]
public sealed class CacheMemoryTests
{
    private const long Budget = 4L << 20;

    private static Determination Letter(int n) => new(
        $"CM20-{n:0000000}",
        $"CM20-{n:0000000}",
        $"memory{n:000}.txt",
        new LetterDates(DecisionDate: new DateOnly(2015 + (n % 4), 1 + (n % 12), 1 + (n % 9))),
        new ReviewerCredentials(["Orthopedic Surgery"], ["California"], ""),
        new PatientFacts(30 + (n % 40), n % 2 == 0 ? "female" : "male", null),
        $"The patient reports low back pain and knee pain after lifting at work, letter {n}.",
        [
            new DecidedItem(0, "Physical therapy", 12m, "Physical therapy", "Lumbar spine", n % 5 == 0 ? Decision.Overturned : Decision.Upheld, "", "", [],
                string.Join(" ", Enumerable.Repeat($"Physical therapy for chronic low back pain needs documented functional improvement; visit {n} showed pain relief.", 6))),
            new DecidedItem(1, "MRI of the knee", null, "MRI", "Knee", Decision.Upheld, "", "", [],
                string.Join(" ", Enumerable.Repeat("An MRI of the knee is not indicated for pain without red flags or a change in findings.", 6))),
        ]);

    [Fact]
    public void Distinct_queries_leave_the_heap_within_the_caches_byte_budgets()
    {
        using var index = SearchIndex.Of([.. Enumerable.Range(0, 300).Select(Letter)]);
        index.Options = new DecisionSearcherOptions(ResultCacheSize: 1_000_000, QueryHitsCacheBytes: Budget) { ResultCacheBytes = Budget };
        var searcher = index.Searcher;
        foreach (var n in Enumerable.Range(0, 50))
        {
            searcher.Search(SearchIndex.Request($"pain -warmup{n}"));
        }

        var before = GC.GetTotalMemory(forceFullCollection: true);
        const int Queries = 1500;
        for (var n = 0; n < Queries; n++)
        {
            var response = searcher.Search(SearchIndex.Request($"pain -nohit{n}") with { PageSize = 20, Page = 1 + (n % 3) });
            Assert.Equal(600, response.Total);
        }

        var grown = GC.GetTotalMemory(forceFullCollection: true) - before;

        // Two budgets, plus room for what the searcher allocates besides its caches (pools, the JIT).
        Assert.True(grown < (2 * Budget) + (4L << 20), $"the heap grew {grown / 1024.0 / 1024:N1} MB for two caches of {Budget >> 20} MB");
        Assert.InRange(searcher.ResultSetsKept, 1, Queries - 1);
        Assert.InRange(searcher.QueryHitListsKept, 1, Queries - 1);
        GC.KeepAlive(searcher);
    }
}
