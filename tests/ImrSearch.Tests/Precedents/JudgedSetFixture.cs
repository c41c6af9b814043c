using ImrSearch.Evaluation;
using ImrSearch.Precedents;
using ImrSearch.Search;
using ImrSearch.Tests.Search;

namespace ImrSearch.Tests.Precedents;

/// <summary>The judged set's corpus (seeds and synthetic seed 16 x 120 letters) indexed once, and its evaluation run once.</summary>
public sealed class JudgedSetFixture : IDisposable
{
    private readonly EvaluationCorpus corpus;

    public JudgedSetFixture()
    {
        Set = JudgedSet.Load(JudgedSet.DefaultPath);
        corpus = EvaluationCorpus.Build(Set.Corpus, SearchIndex.SeedCorpus);
        Searcher = new DecisionSearcher(corpus.IndexDirectory, new DecisionSearcherOptions { TimeBudget = Timeout.InfiniteTimeSpan });
        Report = PrecedentEvaluation.Run(Set, Searcher, corpus.IndexDirectory);
    }

    public JudgedSet Set { get; }

    public DecisionSearcher Searcher { get; }

    public PrecedentExplorer Explorer => new(Searcher);

    public EvaluationReport Report { get; }

    public JudgedCheck Check(string id) => Set.Checks.Single(c => c.Id == id);

    public void Dispose()
    {
        Searcher.Dispose();
        corpus.Dispose();
    }
}
