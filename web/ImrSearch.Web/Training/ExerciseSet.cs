namespace ImrSearch.Web.Training;

/// <summary>Who a set is for: a trainer's set for others, or a trainee's own random practice.</summary>
public enum ExerciseSetKind
{
    /// <summary>Made by a trainer (its owner) for trainees who join by its link or are added by e-mail.</summary>
    Trainer,

    /// <summary>Drawn by a trainee for themself ("five cases of MRI I have not seen"); the owner is its only trainee.</summary>
    Practice,
}

/// <summary>
/// Decided items to decide in order. The owner is the set's trainer and sees every trainee's answers; trainees are the
/// accounts in <see cref="Members"/> and see only their own. Items are keyed by case id and item number, as collections.
/// </summary>
public sealed class ExerciseSet
{
    public const int MaxTitleLength = 200;
    public const int MaxOriginLength = 2_000;
    public const int MaxItems = 50;
    public const int MaxMembers = 200;

    public int Id { get; set; }

    public string OwnerId { get; set; } = "";

    public ExerciseSetKind Kind { get; set; }

    public string Title { get; set; } = "";

    /// <summary>Where the items came from, for people: "Collection: New reviewers" or "Search: ?q=MRI".</summary>
    public string Origin { get; set; } = "";

    /// <summary>The token of the link trainees join by (256 random bits); null when joining by link is off.</summary>
    public string? JoinToken { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<ExerciseItem> Items { get; set; } = [];

    public List<ExerciseMember> Members { get; set; } = [];
}
