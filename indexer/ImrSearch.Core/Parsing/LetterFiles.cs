namespace ImrSearch.Parsing;

/// <summary>The letter files under a folder: .txt and .pdf, recursively, in a stable (ordinal path) order.</summary>
public static class LetterFiles
{
    public static bool IsLetterFile(string path) =>
        path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<string> Under(string directory)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            MatchCasing = MatchCasing.CaseInsensitive,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        return Directory.EnumerateFiles(directory, "*", options)
            .Where(IsLetterFile)
            .Order(StringComparer.Ordinal);
    }
}
