namespace ImrSearch.Peers;

/// <summary>What a peer answered to one query of the mix, and how long each timed round took.</summary>
/// <param name="Milliseconds">One sample per timed round that completed.</param>
/// <param name="Facets">Dimension to value to count (non-zero counts only), drill-sideways; null when the query failed or was stopped.</param>
/// <param name="Highlights">Highlighted passages produced for the page (to show the highlighter ran).</param>
/// <param name="Error">Why the query could not run on this peer (syntax it lacks), or null.</param>
/// <param name="StoppedAfterSeconds">Set when the query ran past the peer's time limit and was interrupted.</param>
public sealed record PeerQueryResult(
    int Index,
    IReadOnlyList<double> Milliseconds,
    long? Total,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>>? Facets,
    int Highlights,
    string? Error = null,
    double? StoppedAfterSeconds = null);

/// <summary>One peer's whole run: its build, its index size and its answers.</summary>
/// <param name="Description">What the peer is and how it was run (version, threads).</param>
/// <param name="Skipped">Why the peer did not run (not installed, or it failed), or null.</param>
/// <param name="Failed">True when the peer was there but broke (a bench problem), false when it is simply not installed.</param>
public sealed record PeerRun(
    string Name,
    string Description,
    long Items,
    double BuildSeconds,
    long IndexBytes,
    IReadOnlyList<PeerQueryResult> Results,
    string? Skipped = null,
    bool Failed = false)
{
    public double ItemsPerSecond => BuildSeconds > 0 ? Items / BuildSeconds : 0;

    public static PeerRun NotRun(string name, string reason, bool failed = false) => new(name, "", 0, 0, 0, [], reason, failed);
}
