namespace ImrSearch.Search;

/// <summary>What <see cref="DecisionSearcher.WarmUp"/> ran.</summary>
/// <param name="Searches">Searches run (each computed afresh).</param>
/// <param name="Rounds">Rounds of the warm-up's searches completed.</param>
/// <param name="Elapsed">How long it took.</param>
public sealed record WarmUpReport(int Searches, int Rounds, TimeSpan Elapsed);
