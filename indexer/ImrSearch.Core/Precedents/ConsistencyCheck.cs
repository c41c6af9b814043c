using ImrSearch.Domain;

namespace ImrSearch.Precedents;

/// <summary>A draft rationale or request description to compare with prior decisions.</summary>
/// <param name="Treatment">Restrict neighbours to one treatment category.</param>
/// <param name="Guideline">Restrict neighbours to items whose reviewer cited this guideline document.</param>
/// <param name="Reading">What the draft asks for as the user corrected it; null to read it from the draft.</param>
public sealed record ConsistencyCheckRequest(string Draft, string? Treatment = null, string? Guideline = null, int Count = 10, RequestReading? Reading = null)
{
    /// <summary>A long rationale is a few thousand characters; this leaves room for a whole letter's worth.</summary>
    public const int MaxDraftLength = 20_000;

    public const int MaxCount = 50;
}

/// <summary>How a draft compares with the most similar prior decided items.</summary>
/// <param name="DraftLeaning">The outcome the draft's conclusion states, or null when it states none (e.g. a request description).</param>
/// <param name="LeansAgainstPrecedent">The draft concludes one way while a clear majority of its neighbours went the other.</param>
/// <param name="Verdict">One sentence a reviewer reads first.</param>
/// <param name="CommonCitations">The guideline citations the neighbours' reviewers relied on, most frequent first.</param>
public sealed record ConsistencyCheckResult(
    SimilarDecisions Similar,
    Decision? DraftLeaning,
    bool LeansAgainstPrecedent,
    string Verdict,
    IReadOnlyList<CitationCount> CommonCitations)
{
    /// <summary>What the check read the draft as asking for (or the user's correction of it), which ranked the neighbours.</summary>
    public RequestReading Recognised { get; init; } = RequestReading.Empty;

    /// <summary>The guideline sections and facts the most similar items relied on that the draft does not cite or mention.</summary>
    public DraftOmissions LeftOut { get; init; } = DraftOmissions.None;
}

/// <summary>How often a guideline (document and pages) was cited among a set of decided items.</summary>
public sealed record CitationCount(string Source, string Document, string? Pages, int Count);
