namespace ImrSearch.Web.Training;

/// <summary>
/// A trainee's answer to one exercise, kept once: it cannot be changed after the feedback was shown. What it is
/// judged against (the actual decision, whether the guideline matched) is stored with it, so progress stays as it was
/// scored even if the index changes later.
/// </summary>
public sealed class ExerciseAnswer
{
    public const int MaxRationaleLength = 4_000;
    public const int MaxSectionLength = 200;

    public int Id { get; set; }

    public int ExerciseItemId { get; set; }

    public ExerciseItem? ExerciseItem { get; set; }

    public string UserId { get; set; } = "";

    /// <summary>"Upheld" or "Overturned": the trainee's decision.</summary>
    public string Decision { get; set; } = "";

    /// <summary>A document of the guideline vocabulary (<c>guideline-documents.tsv</c>).</summary>
    public string GuidelineDocument { get; set; } = "";

    /// <summary>The section, topic or page the trainee would rely on; may be empty.</summary>
    public string GuidelineSection { get; set; } = "";

    public string Rationale { get; set; } = "";

    public string ActualDecision { get; set; } = "";

    public bool AgreesWithDecision { get; set; }

    /// <summary>The chosen document is one the reviewer cited.</summary>
    public bool GuidelineMatches { get; set; }

    /// <summary>The chosen document is of a family (MTUS, ACOEM, ODG) the reviewer cited.</summary>
    public bool GuidelineSourceMatches { get; set; }

    public string Treatment { get; set; } = "";

    public DateTime AnsweredAt { get; set; }
}
