using Lucene.Net.Search;

namespace ImrSearch.Search.Execution;

/// <summary>The scorer a replay of recorded hits hands its collectors: the current document and its recorded score.</summary>
internal sealed class RecordedScorer() : Scorer(null)
{
    public int Doc { get; set; } = -1;

    public float Score { get; set; }

    public override int DocID => Doc;

    public override int Freq => 1;

    public override float GetScore() => Score;

    public override int NextDoc() => throw new NotSupportedException("A replay sets its documents; it is not iterated.");

    public override int Advance(int target) => throw new NotSupportedException("A replay sets its documents; it is not iterated.");

    public override long GetCost() => 1;
}
