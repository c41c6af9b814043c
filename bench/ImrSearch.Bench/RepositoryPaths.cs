namespace ImrSearch.Bench;

/// <summary>Where the repository is, found from the working folder, and the bench's default output folder.</summary>
internal static class RepositoryPaths
{
    public static string? Root()
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ImrSearch.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    /// <summary>bench/out/ under the repository (git-ignored), else bench-out/ in the working folder.</summary>
    public static string DefaultOutput(int seed, int letters)
    {
        var root = Root();
        var parent = root is null ? Path.Combine(Environment.CurrentDirectory, "bench-out") : Path.Combine(root, "bench", "out");
        return Path.Combine(parent, $"synthetic-{letters}-seed{seed}");
    }
}
