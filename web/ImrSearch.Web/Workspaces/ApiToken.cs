namespace ImrSearch.Web.Workspaces;

/// <summary>
/// A per-user bearer token for the JSON API. Only its SHA-256 is stored: the token itself is shown once, when made.
/// </summary>
public sealed class ApiToken
{
    public const int MaxNameLength = 100;

    public int Id { get; set; }

    public string OwnerId { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The token's first characters, so a user can tell tokens apart.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the whole token.</summary>
    public string Hash { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? LastUsedAt { get; set; }
}
