namespace ImrSearch.Vocabularies;

/// <summary>The edition a citation applied, and how that is known.</summary>
/// <param name="NamedByLetter">True when the letter names the edition (its year or effective date); false when it is
/// the edition in force on the decision date.</param>
public sealed record AppliedEdition(ScheduleEdition Edition, bool NamedByLetter)
{
    /// <summary>
    /// The note a reader of an old decision needs, or null while the edition is current: "Applied a since-replaced
    /// guideline: Chronic Pain Medical Treatment Guidelines, 2009 (ODG-based, DWC) was replaced by 2016 (ODG-based,
    /// DWC) effective July 28, 2016; current: ACOEM Chronic Pain Guideline (May 15, 2017), effective December 1, 2017."
    /// </summary>
    public string? ReplacedNote()
    {
        if (Edition.ReplacedBy is not { } next)
        {
            return null;
        }

        var note = $"Applied a since-replaced guideline: {Edition.Label} was replaced by {next.Name}, {next.EffectiveText}";
        var current = Edition.Current;
        return current == next ? note + "." : note + $"; current: {current.Name}, {current.EffectiveText}.";
    }
}
