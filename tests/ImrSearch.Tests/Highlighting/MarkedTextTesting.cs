using ImrSearch.Highlighting;

namespace ImrSearch.Tests.Highlighting;

/// <summary>Highlights as the JSON API writes them, so assertions can read marks and encoding in one string.</summary>
internal static class MarkedTextTesting
{
    public static IReadOnlyList<string> Html(this IEnumerable<MarkedText> texts) => [.. texts.Select(t => t.ToHtml())];
}
