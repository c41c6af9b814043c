namespace ImrSearch.Domain;

/// <summary>A whole letter's outcome, as the DWC's own decision search reports it.</summary>
public enum CaseOutcome
{
    AllUpheld,
    PartlyOverturned,
    AllOverturned,
}

public static class CaseOutcomeText
{
    /// <summary>"All upheld", "Partly overturned", "All overturned": the facet values.</summary>
    public static string Describe(this CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.AllUpheld => "All upheld",
        CaseOutcome.PartlyOverturned => "Partly overturned",
        _ => "All overturned",
    };
}
