using System.Text.Json;
using ImrSearch.Domain;
using ImrSearch.Highlighting;
using ImrSearch.Search;

namespace ImrSearch.Json;

/// <summary>
/// A <see cref="SearchResponse"/> as JSON, the one shape of <c>/api/search</c> and <c>imr-index search --json</c>:
/// <c>total</c>, <c>tookMs</c>, <c>page</c>, <c>size</c>, <c>hits</c>, <c>facets</c> by dimension, <c>warning</c>
/// only when there is one, <c>missingDates</c> (items a date range left out for not stating the date) only when the
/// request has a date range, and <c>stopped: true</c> only when the search ran out of its time budget (its zero total
/// then means "not counted", not "nothing matches"). Highlights are HTML (<see cref="MarkedTextHtml"/>).
/// </summary>
public static class SearchResponseJson
{
    public static string Serialize(SearchResponse response, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(SearchResponseDocument.From(response), options);
}

public sealed record SearchResponseDocument(
    long Total,
    double TookMs,
    int Page,
    int Size,
    IReadOnlyList<SearchHitDocument> Hits,
    IReadOnlyDictionary<string, FacetResult> Facets,
    string? Warning,
    bool? Stopped = null,
    IReadOnlyList<MissingDatesDocument>? MissingDates = null)
{
    public static SearchResponseDocument From(SearchResponse response) => new(
        response.Total,
        Math.Round(response.TookMs, 2),
        response.Page,
        response.PageSize,
        [.. response.Hits.Select(SearchHitDocument.From)],
        response.Facets,
        response.Warning,
        response.Stopped ? true : null,
        response.MissingDates.Count == 0 ? null : [.. response.MissingDates.Select(m => new MissingDatesDocument(m.Kind.ToString().ToLowerInvariant(), m.Items))]);
}

/// <summary>How many items a date range left out for not stating the date (<c>date</c>: decided, injured, received).</summary>
public sealed record MissingDatesDocument(string Date, long Items);

/// <summary>One hit as JSON (search results, and the precedent explorer's neighbours).</summary>
public sealed record SearchHitDocument(
    string CaseId,
    int ItemIndex,
    string Item,
    Decision Decision,
    string Treatment,
    string? BodyRegion,
    IReadOnlyList<string> Specialties,
    IReadOnlyList<GuidelineCitation> Citations,
    float Score,
    IReadOnlyList<string> Highlights,
    string ItemHighlight,
    string? SummaryHighlight,
    int? DecisionYear,
    DateOnly? DecidedOn,
    IReadOnlyList<EditionDocument> Editions)
{
    public static SearchHitDocument From(SearchHit hit) => new(
        hit.CaseId,
        hit.ItemIndex,
        hit.Item,
        hit.Decision,
        hit.Treatment,
        hit.BodyRegion,
        hit.Specialties,
        hit.Citations,
        hit.Score,
        [.. hit.Highlights.Select(h => h.ToHtml())],
        hit.ItemHighlight.ToHtml(),
        hit.SummaryHighlight?.ToHtml(),
        hit.DecisionYear,
        hit.DecidedOn,
        [.. hit.Editions.Select(EditionDocument.From)]);
}

/// <summary>
/// The edition of a guideline an item applied: <c>document</c>, <c>edition</c>, <c>effective</c>, whether the letter
/// <c>named</c> it (else it was in force on the decision date), and <c>replacedBy</c>, <c>current</c> and <c>note</c> when
/// it has since been replaced.
/// </summary>
public sealed record EditionDocument(
    string Document,
    string Edition,
    DateOnly Effective,
    bool Named,
    string? ReplacedBy,
    string? Current,
    string? Note)
{
    public static EditionDocument From(Vocabularies.AppliedEdition applied) => new(
        applied.Edition.Document,
        applied.Edition.Name,
        applied.Edition.Effective,
        applied.NamedByLetter,
        applied.Edition.ReplacedBy?.Name,
        applied.Edition.IsReplaced ? applied.Edition.Current.Name : null,
        applied.ReplacedNote());
}
