using ImrSearch.Web.Training;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ImrSearch.Web.Workspaces;

/// <summary>
/// The users' database: accounts (ASP.NET Core Identity), collections, saved searches and API tokens. Decisions stay in
/// the index; rows here refer to them by case id and item number. One subclass per provider, each with its own
/// migrations (<see cref="SqliteWorkspaceDb"/>, <see cref="PostgresWorkspaceDb"/>); the model is declared here once.
/// It also keeps the data-protection keys, so every replica sharing the database reads the others' cookies.
/// </summary>
public abstract class WorkspaceDb(DbContextOptions options) : IdentityDbContext<WorkspaceUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Collection> Collections => Set<Collection>();

    public DbSet<CollectionItem> CollectionItems => Set<CollectionItem>();

    public DbSet<SavedSearch> SavedSearches => Set<SavedSearch>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<ExerciseSet> ExerciseSets => Set<ExerciseSet>();

    public DbSet<ExerciseItem> ExerciseItems => Set<ExerciseItem>();

    public DbSet<ExerciseMember> ExerciseMembers => Set<ExerciseMember>();

    public DbSet<ExerciseAnswer> ExerciseAnswers => Set<ExerciseAnswer>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<Collection>(collection =>
        {
            collection.Property(c => c.OwnerId).IsRequired();
            collection.Property(c => c.Title).HasMaxLength(Collection.MaxTitleLength).IsRequired();
            collection.Property(c => c.Description).HasMaxLength(Collection.MaxDescriptionLength).IsRequired();
            collection.Property(c => c.ShareToken).HasMaxLength(64);
            collection.HasIndex(c => c.OwnerId);
            collection.HasIndex(c => c.ShareToken).IsUnique();
            collection.HasOne<WorkspaceUser>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Cascade);
            collection.HasMany(c => c.Items).WithOne(i => i.Collection).HasForeignKey(i => i.CollectionId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<CollectionItem>(item =>
        {
            item.Property(i => i.CaseId).HasMaxLength(CollectionItem.MaxCaseIdLength).IsRequired();
            item.Property(i => i.Note).HasMaxLength(CollectionItem.MaxNoteLength).IsRequired();
            item.Property(i => i.ItemText).HasMaxLength(CollectionItem.MaxItemTextLength).IsRequired();
            item.Property(i => i.Decision).HasMaxLength(20).IsRequired();
            item.HasIndex(i => new { i.CollectionId, i.CaseId, i.ItemIndex }).IsUnique();
        });

        builder.Entity<SavedSearch>(saved =>
        {
            saved.Property(s => s.OwnerId).IsRequired();
            saved.Property(s => s.Name).HasMaxLength(SavedSearch.MaxNameLength).IsRequired();
            saved.Property(s => s.QueryString).HasMaxLength(SavedSearch.MaxQueryStringLength).IsRequired();
            saved.HasIndex(s => s.OwnerId);
            saved.HasOne<WorkspaceUser>().WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ApiToken>(token =>
        {
            token.Property(t => t.OwnerId).IsRequired();
            token.Property(t => t.Name).HasMaxLength(ApiToken.MaxNameLength).IsRequired();
            token.Property(t => t.Prefix).HasMaxLength(16).IsRequired();
            token.Property(t => t.Hash).HasMaxLength(64).IsRequired();
            token.HasIndex(t => t.Hash).IsUnique();
            token.HasIndex(t => t.OwnerId);
            token.HasOne<WorkspaceUser>().WithMany().HasForeignKey(t => t.OwnerId).OnDelete(DeleteBehavior.Cascade);
        });

        TrainingModel.Configure(builder);
    }
}

/// <summary>The embedded default: one SQLite file; migrations in Workspaces/Migrations/Sqlite.</summary>
public sealed class SqliteWorkspaceDb(DbContextOptions<SqliteWorkspaceDb> options) : WorkspaceDb(options);

/// <summary>A shared PostgreSQL database for several site replicas; migrations in Workspaces/Migrations/Postgres.</summary>
public sealed class PostgresWorkspaceDb(DbContextOptions<PostgresWorkspaceDb> options) : WorkspaceDb(options);
