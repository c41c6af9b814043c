using System.Diagnostics;
using System.Text.Json;
using ImrSearch.Domain;
using ImrSearch.Json;
using ImrSearch.Search;

namespace ImrSearch.Tests.Search;

/// <summary>
/// A searcher that stays open while builds withdraw and add letters answers each search as a searcher opened fresh on
/// the same commit does: its caches and per-reader state (facet ordinals, item bit sets, browse orders, recorded hit
/// lists) never carry a withdrawn letter or miss an added one.
/// </summary>
public sealed class WholeCommitTests
{
    private static readonly string[] Treatments = ["Chiropractic", "Physical therapy", "MRI", "Opioids", "Acupuncture"];
    private static readonly string[] Regions = ["Lumbar spine", "Knee", "Shoulder", "Cervical spine"];

    private static Determination Letter(int n) => new(
        $"CM18-{n:0000000}",
        $"CM18-{n:0000000}",
        $"letter{n:000}.txt",
        new LetterDates(DecisionDate: new DateOnly(2014 + (n % 9), 1 + (n % 12), 1 + (n % 27))),
        new ReviewerCredentials([n % 3 == 0 ? "Orthopedic Surgery" : "Occupational Medicine"], ["California"], ""),
        new PatientFacts(25 + (n % 45), n % 2 == 0 ? "female" : "male", null),
        $"The patient has chronic pain after a fall number {n}.",
        [.. Enumerable.Range(0, 1 + (n % 3)).Select(i => new DecidedItem(
            i,
            $"{Treatments[(n + i) % Treatments.Length]} for the {Regions[(n + 2 * i) % Regions.Length]}",
            null,
            Treatments[(n + i) % Treatments.Length],
            Regions[(n + 2 * i) % Regions.Length],
            (n + i) % 4 == 0 ? Decision.Overturned : Decision.Upheld,
            "",
            "",
            [],
            $"The request for {Treatments[(n + i) % Treatments.Length].ToLowerInvariant()} is reviewed; therapy was tried."))]);

    private static readonly SearchRequest[] Requests =
    [
        SearchIndex.Request(null),
        SearchIndex.Request("therapy"),
        SearchIndex.Request("decision:overturned"),
        SearchIndex.Request("chiropractic OR mri"),
        SearchIndex.Request(null, ("decision", "Overturned")),
        SearchIndex.Request("therapy", ("bodyRegion", "Knee"), ("decision", "Upheld")),
        SearchIndex.Request(null) with { Sort = SearchSort.Newest, Page = 3 },
        SearchIndex.Request("therapy") with { Sort = SearchSort.Case, Page = 2 },
    ];

    [Fact]
    public void A_searcher_kept_open_across_builds_answers_as_one_opened_on_each_commit()
    {
        var letters = Enumerable.Range(0, 90).Select(Letter).ToList();
        using var index = SearchIndex.Of([.. letters[..60]]);
        var present = letters[..60].ToList();
        foreach (var request in Requests)
        {
            index.Searcher.Search(request);
        }

        // Each round withdraws five letters and adds six.
        for (var round = 0; round < 5; round++)
        {
            var withdrawn = present.Where((_, i) => i % 11 == round).Take(5).ToList();
            foreach (var gone in withdrawn)
            {
                File.Delete(Path.Combine(index.Corpus, gone.Source));
                present.Remove(gone);
            }

            foreach (var added in letters[(60 + (round * 6))..(66 + (round * 6))])
            {
                index.Add(added);
                present.Add(added);
            }

            index.Build();
            var items = present.Sum(l => l.Decisions.Count);
            WaitForCommit(index.Searcher, present[^1].CaseId, withdrawn[0].CaseId);

            using var fresh = new DecisionSearcher(index.IndexDirectory, new DecisionSearcherOptions { TimeBudget = Timeout.InfiniteTimeSpan });
            Assert.Equal(items, fresh.Search(SearchIndex.Request(null)).Total);
            foreach (var request in Requests)
            {
                var expected = Answer(fresh.Search(request), request);
                var actual = Answer(index.Searcher.Search(request), request);
                var at = Enumerable.Range(0, Math.Min(expected.Length, actual.Length)).FirstOrDefault(i => expected[i] != actual[i]);
                Assert.True(expected == actual, $"round {round}, {request.Query} {string.Join(",", request.Filters.Keys)} {request.Sort} {request.Page}, from {at}:\nfresh: …{expected[Math.Max(0, at - 200)..]}\nkept:  …{actual[Math.Max(0, at - 200)..]}");
            }
        }
    }

    /// <summary>Waits until the searcher serves the commit that added one case and withdrew another.</summary>
    private static void WaitForCommit(DecisionSearcher searcher, string added, string withdrawn)
    {
        var clock = Stopwatch.StartNew();
        while ((searcher.FindCase(added) is null || searcher.FindCase(withdrawn) is not null) && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            Thread.Sleep(50);
        }
    }

    /// <summary>
    /// What a response says of the commit: total, facet counts, and the hits of a sorted page. (Items of equal score
    /// are ranked by document number, which a merge after the build's commit may change without changing any content.)
    /// </summary>
    private static string Answer(SearchResponse response, SearchRequest request) =>
        response.Total + "|" +
        JsonSerializer.Serialize(response.Facets, ImrJson.Api) + "|" +
        (request.Sort == SearchSort.Relevance ? "" : string.Join(",", response.Hits.Select(h => $"{h.CaseId}#{h.ItemIndex}:{h.Decision}:{h.Treatment}:{h.BodyRegion}")));
}
