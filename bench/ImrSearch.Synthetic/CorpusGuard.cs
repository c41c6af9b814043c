namespace ImrSearch.Synthetic;

/// <summary>
/// Keeps generated letters out of the real corpus: the repository's corpus/ folder (what the site shows) is never
/// a target, and a folder is only ever overwritten when a previous generation left its manifest there.
/// </summary>
public static class CorpusGuard
{
    public const string ManifestFile = "synthetic-corpus.json";

    /// <summary>A reason the folder must not receive generated letters, or null when it may.</summary>
    public static string? Refusal(string outputDirectory)
    {
        var full = Path.GetFullPath(outputDirectory);
        for (var folder = new DirectoryInfo(full); folder is not null; folder = folder.Parent)
        {
            if (string.Equals(folder.Name, "corpus", StringComparison.OrdinalIgnoreCase) &&
                folder.Parent is { } parent && File.Exists(Path.Combine(parent.FullName, "ImrSearch.sln")))
            {
                return $"{full} is inside the repository's corpus folder ({folder.FullName}); synthetic letters never go there. Choose another folder, e.g. bench/out/.";
            }
        }

        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any() && !File.Exists(Path.Combine(full, ManifestFile)))
        {
            return $"{full} is not empty and was not written by the generator (no {ManifestFile}); choose an empty or new folder.";
        }

        return null;
    }
}
