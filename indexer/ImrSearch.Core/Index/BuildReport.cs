using ImrSearch.Parsing;

namespace ImrSearch.Index;

/// <summary>What a build did, letter by letter in totals, and every letter it could not read with the reason.</summary>
/// <param name="Letters">Letter files found in the corpus.</param>
/// <param name="Added">Letters indexed for the first time.</param>
/// <param name="Updated">Letters whose content changed and were re-indexed.</param>
/// <param name="Removed">Letters gone from the corpus whose documents were deleted.</param>
/// <param name="Unchanged">Letters with the same content hash as in the index, left untouched.</param>
/// <param name="Decisions">Decided items in the index after the build.</param>
/// <param name="Cases">Letters in the index after the build.</param>
public sealed record BuildReport(
    string Corpus,
    string Index,
    int Letters,
    int Added,
    int Updated,
    int Removed,
    int Unchanged,
    IReadOnlyList<RejectedLetter> Rejected,
    int Cases,
    int Decisions,
    TimeSpan Elapsed)
{
    /// <summary>
    /// True when the index had been built with another schema version or synonym vocabulary, so every letter was
    /// re-indexed (and counted as updated).
    /// </summary>
    public bool AnalysisChanged { get; init; }

    /// <summary>Corpus folders that could not be listed (paths relative to the corpus), with the reason.</summary>
    public IReadOnlyList<UnreadableFolder> UnreadableFolders { get; init; } = [];

    /// <summary>Letters in the index under an unreadable folder: kept as they were, not removed.</summary>
    public int KeptFromUnreadableFolders { get; init; }

    public string Summary =>
        $"{Added} added, {Updated} updated, {Removed} removed, {Unchanged} unchanged, {Rejected.Count} rejected"
        + (UnreadableFolders.Count > 0 ? $", {UnreadableFolders.Count} unreadable folders ({KeptFromUnreadableFolders} letters in them kept)" : "");
}

/// <summary>A letter the build could not index, and why.</summary>
/// <param name="Source">Path relative to the corpus.</param>
public sealed record RejectedLetter(string Source, string Reason);
