using System.Globalization;
using ImrSearch.Domain;

namespace ImrSearch.Search.Caching;

/// <summary>
/// Letters read for result pages in one commit, by case document, the most recently shown kept within a budget of
/// bytes: a page's letters are read from the stored fields and decoded from JSON, and the letters that rank first for
/// a query rank first again on each of its refinements (another sort keeps most of them, a facet value some), and for
/// the next person asking about the same treatment.
/// </summary>
/// <remarks>
/// Kept with the commit (<see cref="OpenedCommit"/>), as its doc ids are, and dropped with it. A letter weighs what its
/// JSON does as .NET text (two bytes a character), about what its decoded strings hold. Determinations are immutable
/// records, so searches share them.
/// </remarks>
internal sealed class KeptLetters(long capacityBytes = KeptLetters.DefaultCapacityBytes)
{
    /// <summary>About two thousand letters of the synthetic corpus' size (9 KB of text each).</summary>
    public const long DefaultCapacityBytes = 32L << 20;

    private readonly RecentResults<Kept> recent = new(capacityBytes, kept => kept.Bytes);

    /// <summary>The letter of a case document when it is kept, with the case id its case document stores.</summary>
    public (string CaseId, Determination Determination)? Find(int caseDoc) =>
        recent.Find(Key(caseDoc)) is { } kept ? (kept.CaseId, kept.Determination) : null;

    public void Add(int caseDoc, string caseId, Determination determination, int jsonLength) =>
        recent.Add(Key(caseDoc), reader: 0, new Kept(caseId, determination, (2L * jsonLength) + 256));

    private static string Key(int caseDoc) => caseDoc.ToString(CultureInfo.InvariantCulture);

    private sealed record Kept(string CaseId, Determination Determination, long Bytes);
}
