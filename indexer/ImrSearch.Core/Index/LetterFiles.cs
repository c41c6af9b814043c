namespace ImrSearch.Index;

/// <summary>The letter files of a corpus folder: .txt and .pdf, any depth, by path relative to the folder.</summary>
public static class LetterFiles
{
    private static readonly string[] Extensions = [".txt", ".pdf"];

    /// <summary>Relative paths with '/' separators, in ordinal order so every build sees the same sequence.</summary>
    public static IReadOnlyList<string> Find(string corpusDirectory)
    {
        if (!Directory.Exists(corpusDirectory))
        {
            throw new DirectoryNotFoundException($"The corpus folder {corpusDirectory} does not exist.");
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive };
        return Directory.EnumerateFiles(corpusDirectory, "*", options)
            .Where(path => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            .Select(path => Path.GetRelativePath(corpusDirectory, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
