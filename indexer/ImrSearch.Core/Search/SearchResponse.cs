using ImrSearch.Domain;
using ImrSearch.Highlighting;

namespace ImrSearch.Search;

/// <summary>The answer to a <see cref="SearchRequest"/>: one page of decided items, every facet dimension, and any warning.</summary>
/// <param name="Total">Decided items matching the query and all filters.</param>
/// <param name="Facets">Dimension name to its counts (drill-sideways: a dimension's counts ignore its own selection).</param>
/// <param name="Warning">Set when the query was malformed and was run with its syntax characters taken literally.</param>
public sealed record SearchResponse(
    long Total,
    double TookMs,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, FacetResult> Facets,
    string? Warning,
    int Page,
    int PageSize)
{
    /// <summary>True when the search ran past its time budget and was stopped: no hits or counts, the warning says so.</summary>
    public bool Stopped { get; init; }

    /// <summary>For each date range of the request, how many items it left out for not stating that date.</summary>
    public IReadOnlyList<MissingDates> MissingDates { get; init; } = [];
}

/// <summary>One decided item in a result list, with highlighted passages (text with the query's matches as ranges).</summary>
/// <param name="Highlights">One to three rationale passages; the rationale's opening sentences, unmarked, when it did not match.</param>
/// <param name="ItemHighlight">The item text with marks where it matched.</param>
/// <param name="SummaryHighlight">A summary passage when the summary matched, else null.</param>
public sealed record SearchHit(
    string CaseId,
    int ItemIndex,
    string Item,
    Decision Decision,
    string Treatment,
    string? BodyRegion,
    IReadOnlyList<string> Specialties,
    IReadOnlyList<GuidelineCitation> Citations,
    float Score,
    IReadOnlyList<MarkedText> Highlights,
    MarkedText ItemHighlight,
    MarkedText? SummaryHighlight,
    int? DecisionYear)
{
    /// <summary>The decision date (else the date assigned), or null: what decides the guideline editions in force.</summary>
    public DateOnly? DecidedOn { get; init; }

    /// <summary>The editions the reviewer's citations applied (see <see cref="Vocabularies.GuidelineEditionVocabulary"/>).</summary>
    public IReadOnlyList<Vocabularies.AppliedEdition> Editions =>
        Vocabularies.GuidelineEditionVocabulary.Default.AppliedTo(Citations, DecidedOn);
}

/// <summary>Counts for one dimension: the top values by count, plus selected values even at zero.</summary>
/// <param name="Distinct">How many distinct values have a non-zero count.</param>
public sealed record FacetResult(IReadOnlyList<FacetValue> Values, int Distinct);

public sealed record FacetValue(string Value, long Count, bool Selected);
