using ImrSearch.Domain;

namespace ImrSearch.Index;

/// <summary>
/// A guideline citation as one doc-values string (source, document, topic, pages joined by a unit separator), so a
/// citation's uses can be counted without reading any letter.
/// </summary>
public static class CitationKey
{
    private const char Separator = '\u001f';

    public static string Of(GuidelineCitation citation) =>
        string.Join(Separator, citation.Source, citation.Document, citation.Topic ?? "", citation.Pages ?? "");

    public static (string Source, string Document, string? Topic, string? Pages) Parse(string key)
    {
        var parts = key.Split(Separator);
        if (parts.Length != 4)
        {
            throw new FormatException($"Not a citation key: '{key}'.");
        }

        return (parts[0], parts[1], parts[2].Length == 0 ? null : parts[2], parts[3].Length == 0 ? null : parts[3]);
    }
}
