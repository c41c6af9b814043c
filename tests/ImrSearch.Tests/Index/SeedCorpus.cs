namespace ImrSearch.Tests.Index;

/// <summary>The repository's corpus/ folder of seed letters, and copies of it varied into many distinct letters.</summary>
internal static class SeedCorpus
{
    public static string Directory { get; } = Find();

    public static IReadOnlyList<string> Letters =>
        System.IO.Directory.GetFiles(Directory, "*.txt").Order(StringComparer.Ordinal).ToList();

    public static void CopyTo(string folder)
    {
        foreach (var letter in Letters)
        {
            File.Copy(letter, Path.Combine(folder, Path.GetFileName(letter)));
        }
    }

    /// <summary>
    /// Writes <paramref name="count"/> letters, each a seed letter with its own trailing blank lines and spaces so
    /// that every copy has a distinct content hash and file name (hence case id), and reads as the seed does.
    /// </summary>
    public static void WriteVariants(string folder, int count)
    {
        var seeds = Letters.Select(File.ReadAllText).ToList();
        System.IO.Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
        {
            var padding = string.Concat(Convert.ToString(i, 2).Select(bit => bit == '1' ? "\n" : " "));
            File.WriteAllText(Path.Combine(folder, $"copy_{i:D5}.txt"), seeds[i % seeds.Count] + padding);
        }
    }

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ImrSearch.sln")))
            {
                return Path.Combine(folder.FullName, "corpus");
            }
        }

        throw new DirectoryNotFoundException($"No ImrSearch.sln above {AppContext.BaseDirectory}: cannot find the seed corpus.");
    }
}
