namespace ImrSearch.Web.Training;

/// <summary>A trainee of a set: may open its exercises and answer each once.</summary>
public sealed class ExerciseMember
{
    public int Id { get; set; }

    public int SetId { get; set; }

    public ExerciseSet? Set { get; set; }

    public string UserId { get; set; } = "";

    public DateTime JoinedAt { get; set; }
}
