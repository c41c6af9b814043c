using ImrSearch.Web.Workspaces;
using Microsoft.EntityFrameworkCore;

namespace ImrSearch.Web.Training;

/// <summary>The training tables of <see cref="WorkspaceDb"/>, declared here to keep them beside their code.</summary>
public static class TrainingModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<ExerciseSet>(set =>
        {
            set.Property(s => s.OwnerId).IsRequired();
            set.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20).IsRequired();
            set.Property(s => s.Title).HasMaxLength(ExerciseSet.MaxTitleLength).IsRequired();
            set.Property(s => s.Origin).HasMaxLength(ExerciseSet.MaxOriginLength).IsRequired();
            set.Property(s => s.JoinToken).HasMaxLength(64);
            set.HasIndex(s => s.OwnerId);
            set.HasIndex(s => s.JoinToken).IsUnique();
            set.HasOne<WorkspaceUser>().WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Cascade);
            set.HasMany(s => s.Items).WithOne(i => i.Set).HasForeignKey(i => i.SetId).OnDelete(DeleteBehavior.Cascade);
            set.HasMany(s => s.Members).WithOne(m => m.Set).HasForeignKey(m => m.SetId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ExerciseItem>(item =>
        {
            item.Property(i => i.CaseId).HasMaxLength(CollectionItem.MaxCaseIdLength).IsRequired();
            item.Property(i => i.ItemText).HasMaxLength(CollectionItem.MaxItemTextLength).IsRequired();
            item.Property(i => i.Treatment).HasMaxLength(100).IsRequired();
            item.Property(i => i.TrainerNote).HasMaxLength(ExerciseItem.MaxNoteLength).IsRequired();
            item.HasIndex(i => new { i.SetId, i.Position }).IsUnique();
        });

        builder.Entity<ExerciseMember>(member =>
        {
            member.Property(m => m.UserId).IsRequired();
            member.HasIndex(m => new { m.SetId, m.UserId }).IsUnique();
            member.HasIndex(m => m.UserId);
            member.HasOne<WorkspaceUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ExerciseAnswer>(answer =>
        {
            answer.Property(a => a.UserId).IsRequired();
            answer.Property(a => a.Decision).HasMaxLength(20).IsRequired();
            answer.Property(a => a.GuidelineDocument).HasMaxLength(200).IsRequired();
            answer.Property(a => a.GuidelineSection).HasMaxLength(ExerciseAnswer.MaxSectionLength).IsRequired();
            answer.Property(a => a.Rationale).HasMaxLength(ExerciseAnswer.MaxRationaleLength).IsRequired();
            answer.Property(a => a.ActualDecision).HasMaxLength(20).IsRequired();
            answer.Property(a => a.Treatment).HasMaxLength(100).IsRequired();
            // One answer per trainee and exercise: the database refuses a second, so two racing posts cannot both land.
            answer.HasIndex(a => new { a.ExerciseItemId, a.UserId }).IsUnique();
            answer.HasIndex(a => a.UserId);
            answer.HasOne(a => a.ExerciseItem).WithMany().HasForeignKey(a => a.ExerciseItemId).OnDelete(DeleteBehavior.Cascade);
            answer.HasOne<WorkspaceUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
