using ImrSearch.Precedents;
using ImrSearch.Search;

namespace ImrSearch.Evaluation;

/// <summary>One ranking system's figures over a set of checks.</summary>
public sealed record SystemScore(string System, int Checks, double NdcgAt5, double Mrr);

/// <summary>The figures of every system, overall and per judged class, and each check's own.</summary>
public sealed record EvaluationReport(
    IReadOnlyList<SystemScore> Overall,
    IReadOnlyDictionary<string, IReadOnlyList<SystemScore>> ByClass,
    IReadOnlyList<CheckScore> PerCheck)
{
    public SystemScore Of(string system) => Overall.Single(s => s.System == system);
}

/// <summary>One check's figures under one system, with what ranked first (to read a miss).</summary>
public sealed record CheckScore(string CheckId, string Class, string System, double NdcgAt5, double ReciprocalRank, ItemKey? First);

/// <summary>
/// Runs the judged checks through the consistency check, similar decisions and the BM25 baseline and scores each
/// ranking with nDCG@5 and the reciprocal rank of the first relevant item (top 10).
/// </summary>
public static class PrecedentEvaluation
{
    public const string Check = "check";
    public const string Similar = "similar decisions";
    public const string Baseline = "bm25 (draft)";
    public const string SimilarBaseline = "bm25 (item text)";

    /// <summary>How deep each ranking is read: MRR looks this far, nDCG@5 the first five.</summary>
    public const int Depth = 10;

    public static EvaluationReport Run(JudgedSet set, DecisionSearcher searcher, string indexDirectory, PrecedentWeights? weights = null)
    {
        var explorer = new PrecedentExplorer(searcher, weights);
        using var baseline = new Bm25Baseline(indexDirectory);
        var scores = new List<CheckScore>();
        foreach (var check in set.Checks)
        {
            var checked_ = explorer.Check(new ConsistencyCheckRequest(check.Draft, Count: Depth)).Similar.Neighbours
                .Select(n => new ItemKey(n.CaseId, n.ItemIndex)).ToList();
            scores.Add(Score(check, Check, checked_, excludeCase: null));
            scores.Add(Score(check, Baseline, baseline.Rank(check.Draft, Depth), excludeCase: null));

            // Similar decisions asks from the anchor item and never lists its own letter, so neither do its judgments.
            var anchor = searcher.FindCase(check.Anchor.Case)?.Decisions.FirstOrDefault(d => d.Index == check.Anchor.Item)
                ?? throw new InvalidOperationException($"Check '{check.Id}': its anchor {check.Anchor} is not in the index.");
            var similar = explorer.Similar(check.Anchor.Case, check.Anchor.Item, count: Depth)?.Neighbours
                .Select(n => new ItemKey(n.CaseId, n.ItemIndex)).ToList() ?? [];
            scores.Add(Score(check, Similar, similar, check.Anchor.Case));
            var anchorText = $"{anchor.Item}.\n{anchor.Rationale}";
            scores.Add(Score(check, SimilarBaseline, baseline.Rank(anchorText, Depth, check.Anchor.Case), check.Anchor.Case));
        }

        return new EvaluationReport(
            Summarize(scores),
            scores.GroupBy(s => s.Class).OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => Summarize(g)),
            scores);
    }

    private static CheckScore Score(JudgedCheck check, string system, IReadOnlyList<ItemKey> ranked, string? excludeCase)
    {
        var judged = check.Judgments.Where(j => !string.Equals(j.Case, excludeCase, StringComparison.OrdinalIgnoreCase)).ToList();
        var grades = ranked.Select(key => judged.FirstOrDefault(j => j.Key == key)?.Grade ?? 0).ToList();
        return new CheckScore(
            check.Id,
            check.Class,
            system,
            RankingMetrics.NdcgAt(5, grades, judged.Select(j => j.Grade)),
            RankingMetrics.ReciprocalRank(grades),
            ranked.Count > 0 ? ranked[0] : null);
    }

    private static IReadOnlyList<SystemScore> Summarize(IEnumerable<CheckScore> scores) =>
        [.. scores.GroupBy(s => s.System)
            .Select(g => new SystemScore(g.Key, g.Count(), g.Average(s => s.NdcgAt5), g.Average(s => s.ReciprocalRank)))];
}
