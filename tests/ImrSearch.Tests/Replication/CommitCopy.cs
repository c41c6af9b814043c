namespace ImrSearch.Tests.Replication;

/// <summary>
/// Copies an index's latest commit to a replica folder the way the README tells operators to (rsync works the
/// same): the write-once data files first, the commit point (segments_N, then segments.gen) last, so a replica
/// reading the folder at any moment sees a complete commit, old or new. Files the new commit no longer uses are
/// removed only by <see cref="Prune"/>, after the replica has switched.
/// </summary>
internal static class CommitCopy
{
    public static void Publish(string primary, string replica)
    {
        Directory.CreateDirectory(replica);
        var files = Directory.GetFiles(primary).Select(Path.GetFileName).OfType<string>().ToList();
        foreach (var name in files.Where(n => !IsCommitPoint(n) && n != "write.lock"))
        {
            var target = Path.Combine(replica, name);
            if (!File.Exists(target))
            {
                File.Copy(Path.Combine(primary, name), target);
            }
        }

        foreach (var name in files.Where(n => n.StartsWith("segments_", StringComparison.Ordinal)).Append("segments.gen").Where(files.Contains))
        {
            // A new name for segments_N, so the copy is complete before any reader can see it.
            var temporary = Path.Combine(replica, name + ".copying");
            File.Copy(Path.Combine(primary, name), temporary, overwrite: true);
            File.Move(temporary, Path.Combine(replica, name), overwrite: true);
        }
    }

    /// <summary>Deletes replica files the primary no longer has (older commits' segments).</summary>
    public static int Prune(string primary, string replica)
    {
        var keep = Directory.GetFiles(primary).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var removed = 0;
        foreach (var path in Directory.GetFiles(replica).Where(p => !keep.Contains(Path.GetFileName(p))))
        {
            File.Delete(path);
            removed++;
        }

        return removed;
    }

    private static bool IsCommitPoint(string name) => name.StartsWith("segments", StringComparison.Ordinal);
}
