namespace ImrSearch.Web.Training;

/// <summary>
/// One decided item of a set, keyed as the index keys it. Its text and treatment are kept for lists and progress;
/// the decision is not: it is read from the index when feedback is due, and stored with each answer.
/// </summary>
public sealed class ExerciseItem
{
    public const int MaxNoteLength = 20_000;

    public int Id { get; set; }

    public int SetId { get; set; }

    public ExerciseSet? Set { get; set; }

    /// <summary>Order within the set, from 0; pages number exercises from 1.</summary>
    public int Position { get; set; }

    public string CaseId { get; set; } = "";

    public int ItemIndex { get; set; }

    public string ItemText { get; set; } = "";

    public string Treatment { get; set; } = "";

    /// <summary>The trainer's note (Markdown), copied from the collection the set was made from; shown after answering.</summary>
    public string TrainerNote { get; set; } = "";
}
