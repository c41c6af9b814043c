using ImrSearch.Parsing;
using ImrSearch.Peers;

namespace ImrSearch.Bench.Peers;

/// <summary>
/// Parses the letters once more (untimed) into the items file the peers read, so each peer is fed the same decided
/// items ImrSearch indexed and its build time is indexing only. Letters the reader rejects are left out, as the build
/// leaves them out.
/// </summary>
internal static class PeerItemsExport
{
    public static (long Items, IReadOnlyDictionary<string, Dictionary<string, string>> DisplayValues) Write(string lettersDirectory, string itemsFile)
    {
        var files = LetterFiles.Under(lettersDirectory).Order(StringComparer.Ordinal).ToList();
        var parsed = files
            .AsParallel()
            .AsOrdered()
            .Select(path => LetterReader.Read(path, Path.GetRelativePath(lettersDirectory, path).Replace('\\', '/')))
            .Where(result => result.IsParsed);
        var display = PeerItem.Dimensions.ToDictionary(d => d, _ => new Dictionary<string, string>(StringComparer.Ordinal));
        long items = 0;
        using var writer = new StreamWriter(itemsFile, append: false, new System.Text.UTF8Encoding(false));
        writer.NewLine = "\n";
        writer.WriteLine(PeerItemFormat.Header);
        foreach (var result in parsed)
        {
            foreach (var decided in result.Determination!.Decisions)
            {
                var item = PeerItem.From(result.Determination, decided);
                writer.WriteLine(PeerItemFormat.Line(item));
                items++;
                foreach (var (dimension, values) in item.Facets)
                {
                    foreach (var value in values)
                    {
                        display[dimension].TryAdd(value.ToLowerInvariant(), value);
                    }
                }
            }
        }

        return (items, display);
    }
}
