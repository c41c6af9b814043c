namespace ImrSearch.Parsing;

/// <summary>The letter files under a folder: .txt and .pdf, recursively, in a stable (ordinal path) order.</summary>
public static class LetterFiles
{
    public static bool IsLetterFile(string path) =>
        path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);

    /// <summary>The letter files under the folder; sub-folders that cannot be read are left out (see <see cref="Scan"/>).</summary>
    public static IEnumerable<string> Under(string directory) => Scan(directory).Files;

    /// <summary>
    /// The letter files under the folder, and every sub-folder that could not be listed with the reason, so that a
    /// caller can tell "no letters here" from "could not look". Links to folders are not followed (a link loop would
    /// never end).
    /// </summary>
    public static LetterFolderScan Scan(string directory)
    {
        var files = new List<string>();
        var unreadable = new List<UnreadableFolder>();
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            IgnoreInaccessible = false,
            MatchCasing = MatchCasing.CaseInsensitive,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        var pending = new Stack<string>();
        pending.Push(directory);
        while (pending.TryPop(out var folder))
        {
            List<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                unreadable.Add(new UnreadableFolder(folder, e.Message));
                continue;
            }

            foreach (var entry in entries)
            {
                if (entry is DirectoryInfo sub)
                {
                    if (sub.LinkTarget is null)
                    {
                        pending.Push(Path.Combine(folder, sub.Name));
                    }
                }
                else if (IsLetterFile(entry.Name))
                {
                    files.Add(Path.Combine(folder, entry.Name));
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        unreadable.Sort((a, b) => StringComparer.Ordinal.Compare(a.Path, b.Path));
        return new LetterFolderScan(files, unreadable);
    }
}

/// <summary>What a folder scan found: letter files (full paths, ordinal order) and the folders it could not list.</summary>
public sealed record LetterFolderScan(IReadOnlyList<string> Files, IReadOnlyList<UnreadableFolder> UnreadableFolders);

/// <summary>A folder that could not be listed, and why.</summary>
public sealed record UnreadableFolder(string Path, string Reason);
