namespace ImrSearch.Vocabularies;

/// <summary>
/// Reads a vocabulary data file: tab-separated columns, one entry a line; '#' starts a comment line, blank lines
/// are ignored, and the first non-comment line is the column header. Alternatives within a column are '|'-separated.
/// </summary>
public static class VocabularyFile
{
    public static IReadOnlyList<string[]> ReadRows(string path, int minimumColumns)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The vocabulary file {path} is missing; it ships beside the ImrSearch.Core assembly.", path);
        }

        return ParseRows(File.ReadLines(path), minimumColumns, Path.GetFileName(path));
    }

    public static IReadOnlyList<string[]> ParseRows(IEnumerable<string> lines, int minimumColumns, string fileName)
    {
        var rows = new List<string[]>();
        var headerSeen = false;
        var lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (!headerSeen)
            {
                headerSeen = true;
                continue;
            }

            var columns = line.Split('\t').Select(c => c.Trim()).ToArray();
            if (columns.Length < minimumColumns || columns[0].Length == 0)
            {
                throw new FormatException($"{fileName} line {lineNumber}: expected {minimumColumns} tab-separated columns, found {columns.Length}.");
            }

            rows.Add(columns);
        }

        return rows;
    }

    public static IEnumerable<string> Alternatives(string column) =>
        column.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
