using Npgsql;

namespace ImrSearch.Web.Tests.Workspaces;

/// <summary>
/// The PostgreSQL server the database tests also run against: IMRSEARCH_TEST_POSTGRES (a connection string whose role
/// may create databases; .ci/run sets it). Each test site gets a database of its own, dropped afterwards.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "IMRSEARCH_TEST_POSTGRES";

    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured ? configured : null;

    private static readonly Lazy<string?> WhyUnavailable = new(Probe);

    /// <summary>Null when the server answers; else why the PostgreSQL tests are skipped and how to run them.</summary>
    public static string? Unavailable => WhyUnavailable.Value;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static string CreateDatabase()
    {
        var name = "imrsearch_test_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name, Pooling = false }.ConnectionString;
    }

    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }

    private static string? Probe()
    {
        if (ConnectionString is null)
        {
            return $"PostgreSQL tests skipped: set {Variable} to a connection string of a role that may create databases " +
                "(e.g. Host=localhost;Username=imrsearch_test;Password=...;Database=imrsearch_test); .ci/run starts Debian's postgresql and sets it.";
        }
        try
        {
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Timeout = 5 }.ConnectionString);
            connection.Open();
            return null;
        }
        catch (Exception unreachable) when (unreachable is NpgsqlException or InvalidOperationException or ArgumentException)
        {
            return $"PostgreSQL tests skipped: the server in {Variable} is not reachable ({unreachable.Message}).";
        }
    }
}
