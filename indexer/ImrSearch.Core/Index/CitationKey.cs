using ImrSearch.Domain;

namespace ImrSearch.Index;

/// <summary>
/// A guideline citation as one doc-values string (source, document, topic, pages, edition joined by a unit separator),
/// so a citation's uses can be counted without reading any letter. The edition is part of the key because a line
/// naming its edition is evidence of which rules were applied; the regulation and page total describe the document
/// and are not.
/// </summary>
public static class CitationKey
{
    private const char Separator = '\u001f';

    public static string Of(GuidelineCitation citation) =>
        string.Join(Separator, citation.Source, citation.Document, citation.Topic ?? "", citation.Pages ?? "", citation.Edition?.ToString() ?? "");

    public static (string Source, string Document, string? Topic, string? Pages, GuidelineEdition? Edition) Parse(string key)
    {
        var parts = key.Split(Separator);
        if (parts.Length != 5)
        {
            throw new FormatException($"Not a citation key: '{key}'.");
        }

        return (parts[0], parts[1], NullIfEmpty(parts[2]), NullIfEmpty(parts[3]), GuidelineEdition.Parse(parts[4]));
    }

    private static string? NullIfEmpty(string part) => part.Length == 0 ? null : part;
}
