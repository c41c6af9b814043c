namespace ImrSearch.Web.Workspaces;

/// <summary>
/// Settings of the users' database and accounts, read from the same <c>ImrSearch</c> section as the index settings,
/// plus the standard <c>ConnectionStrings:ImrSearch</c>.
/// </summary>
public sealed class WorkspaceOptions
{
    public const string ConnectionStringName = "ImrSearch";

    /// <summary>SQLite file of the users' data; empty means <c>workspaces.db</c> in the folder holding the index folder.</summary>
    public string DatabasePath { get; set; } = "";

    /// <summary>Whether anyone may create an account; off for closed deployments (accounts then come from the command line).</summary>
    public bool AllowSignUp { get; set; } = true;

    /// <summary>PostgreSQL connection string; when set, it is used instead of the SQLite file (shared by site replicas).</summary>
    public string? PostgresConnectionString { get; set; }

    public bool UsesPostgres => !string.IsNullOrWhiteSpace(PostgresConnectionString);

    public string ResolveDatabasePath(string contentRoot, string indexPath)
    {
        if (DatabasePath.Length == 0)
        {
            var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(indexPath)) ?? contentRoot;
            return Path.Combine(parent, "workspaces.db");
        }
        return Path.GetFullPath(Path.IsPathRooted(DatabasePath) ? DatabasePath : Path.Combine(contentRoot, DatabasePath));
    }
}
