namespace ImrSearch.Domain;

/// <summary>What the clinical case summary states about the injured worker; null where it does not say.</summary>
/// <param name="Sex">"female" or "male", or null.</param>
public sealed record PatientFacts(int? Age, string? Sex, DateOnly? DateOfInjury)
{
    public static PatientFacts Unknown { get; } = new(null, null, null);

    /// <summary>Ten-year age band used as a facet ("40-49"), or null when the age is unknown.</summary>
    public string? AgeBand => Age is int a ? $"{a / 10 * 10}-{a / 10 * 10 + 9}" : null;
}
