namespace ImrSearch.Domain;

/// <summary>
/// One IMR final determination letter, read into the fields reviewers, trainers and lawyers filter and read by.
/// </summary>
/// <param name="CaseId">The IMR case number when the letter states one, else a stable id derived from the file name.</param>
/// <param name="CaseNumber">The case number exactly as the letter states it, or null.</param>
/// <param name="Source">Where the letter came from (a path relative to the corpus when known).</param>
public sealed record Determination(
    string CaseId,
    string? CaseNumber,
    string Source,
    LetterDates Dates,
    ReviewerCredentials Reviewer,
    PatientFacts Patient,
    string Summary,
    IReadOnlyList<DecidedItem> Decisions)
{
    /// <summary>
    /// Whether the text was read by OCR from a scan (a PDF without a text layer): readers should know its words may
    /// hold recognition errors.
    /// </summary>
    public bool Ocr { get; init; }

    /// <summary>The year the determination was made: decision date, else assignment date, else null.</summary>
    public int? DecisionYear => DecidedOn?.Year;

    /// <summary>The date the determination was made: decision date, else assignment date, else null.</summary>
    public DateOnly? DecidedOn => Dates.DecisionDate ?? Dates.DateAssigned;

    /// <summary>The date the IMR application was received, else the date it was assigned, else null.</summary>
    public DateOnly? ReceivedOn => Dates.ApplicationReceived ?? Dates.DateAssigned;

    /// <summary>The letter's outcome over all its items, or null for a letter without decided items.</summary>
    public CaseOutcome? Outcome =>
        Decisions.Count == 0 ? null
        : Decisions.All(d => d.Decision == Decision.Upheld) ? CaseOutcome.AllUpheld
        : Decisions.All(d => d.Decision == Decision.Overturned) ? CaseOutcome.AllOverturned
        : CaseOutcome.PartlyOverturned;
}

/// <summary>Dates from the optional header block; every one is null when the letter does not state it.</summary>
public sealed record LetterDates(
    DateOnly? DecisionDate = null,
    DateOnly? DateAssigned = null,
    DateOnly? UrDenialDate = null,
    DateOnly? ApplicationReceived = null)
{
    public static LetterDates None { get; } = new();
}
