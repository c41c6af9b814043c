using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ImrSearch.Web.Workspaces;

// Used only by `dotnet ef migrations add` (see README "Workspaces"), so the tool needs neither the site's start-up nor a server.

internal sealed class SqliteWorkspaceDbFactory : IDesignTimeDbContextFactory<SqliteWorkspaceDb>
{
    public SqliteWorkspaceDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteWorkspaceDb>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class PostgresWorkspaceDbFactory : IDesignTimeDbContextFactory<PostgresWorkspaceDb>
{
    public PostgresWorkspaceDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWorkspaceDb>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
