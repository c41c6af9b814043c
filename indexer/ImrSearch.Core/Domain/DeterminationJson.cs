using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ImrSearch.Domain;

/// <summary>
/// The JSON form of a <see cref="Determination"/> (the `imr-index parse --json` shape): camelCase keys,
/// <c>decision</c> as "Upheld"/"Overturned", dates as ISO yyyy-MM-dd, nulls written out so every letter has the same keys.
/// The index stores this form too, so <see cref="Deserialize"/> reads back exactly what <see cref="Serialize"/> wrote.
/// </summary>
public static class DeterminationJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(Determination determination) =>
        JsonSerializer.Serialize(DeterminationDocument.From(determination), Options);

    public static Determination Deserialize(string json)
    {
        var document = JsonSerializer.Deserialize<DeterminationDocument>(json, Options)
            ?? throw new JsonException("The JSON is null, not a determination.");
        return document.ToDetermination();
    }

    /// <summary>The same form as a mutable JSON object, for callers that add keys (the parse command adds status).</summary>
    public static JsonObject ToJsonObject(Determination determination) =>
        JsonSerializer.SerializeToNode(DeterminationDocument.From(determination), Options)!.AsObject();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = Json.ImrJson.Create();
        // Letters quote with curly quotes; keep them readable in JSON Lines instead of \u201C escapes.
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        // Unlike the search JSON, every letter has the same keys: unstated values are written as null.
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed record DeterminationDocument(
        string CaseId,
        string? CaseNumber,
        string Source,
        DateOnly? DecisionDate,
        DateOnly? DateAssigned,
        DateOnly? UrDenialDate,
        DateOnly? ApplicationReceived,
        int? DecisionYear,
        ReviewerDocument Reviewer,
        PatientDocument Patient,
        string Summary,
        IReadOnlyList<DecidedItemDocument> Decisions,
        bool Ocr)
    {
        public static DeterminationDocument From(Determination d) => new(
            d.CaseId,
            d.CaseNumber,
            d.Source,
            d.Dates.DecisionDate,
            d.Dates.DateAssigned,
            d.Dates.UrDenialDate,
            d.Dates.ApplicationReceived,
            d.DecisionYear,
            new ReviewerDocument(d.Reviewer.Specialties, d.Reviewer.Licensure, d.Reviewer.Statement),
            new PatientDocument(d.Patient.Age, d.Patient.Sex, d.Patient.DateOfInjury),
            d.Summary,
            d.Decisions.Select(DecidedItemDocument.From).ToList(),
            d.Ocr);

        public Determination ToDetermination() => new(
            CaseId,
            CaseNumber,
            Source,
            new LetterDates(DecisionDate, DateAssigned, UrDenialDate, ApplicationReceived),
            new ReviewerCredentials(Reviewer?.Specialties ?? [], Reviewer?.Licensure ?? [], Reviewer?.Statement ?? ""),
            new PatientFacts(Patient?.Age, Patient?.Sex, Patient?.DateOfInjury),
            Summary ?? "",
            (Decisions ?? []).Select((item, i) => item.ToDecidedItem(i)).ToList())
        {
            Ocr = Ocr,
        };
    }

    private sealed record ReviewerDocument(IReadOnlyList<string> Specialties, IReadOnlyList<string> Licensure, string Statement);

    private sealed record PatientDocument(int? Age, string? Sex, DateOnly? DateOfInjury);

    private sealed record DecidedItemDocument(
        int? Index,
        string Item,
        decimal? Quantity,
        string Treatment,
        string? BodyRegion,
        Decision Decision,
        string ClaimsAdministratorGuideline,
        string ImrGuideline,
        IReadOnlyList<CitationDocument> Citations,
        string Rationale)
    {
        public static DecidedItemDocument From(DecidedItem i) => new(
            i.Index,
            i.Item,
            i.Quantity,
            i.Treatment,
            i.BodyRegion,
            i.Decision,
            i.ClaimsAdministratorGuideline,
            i.ImrGuideline,
            i.Citations.Select(CitationDocument.From).ToList(),
            i.Rationale);

        public DecidedItem ToDecidedItem(int position) => new(
            Index ?? position,
            Item ?? "",
            Quantity,
            Treatment ?? "Other",
            BodyRegion,
            Decision,
            ClaimsAdministratorGuideline ?? "",
            ImrGuideline ?? "",
            (Citations ?? []).Select(c => c.ToCitation()).ToList(),
            Rationale ?? "");
    }

    private sealed record CitationDocument(
        string Source,
        string Document,
        string? Topic,
        string? Pages,
        int? PageTotal,
        string? Regulation,
        GuidelineEdition? Edition,
        CitedBy CitedBy)
    {
        public static CitationDocument From(GuidelineCitation c) =>
            new(c.Source, c.Document, c.Topic, c.Pages, c.PageTotal, c.Regulation, c.Edition, c.CitedBy);

        public GuidelineCitation ToCitation() =>
            new(Source, Document, Topic, Pages, CitedBy, Regulation, Edition, PageTotal);
    }
}
