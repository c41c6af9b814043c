using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ImrSearch.Web.Workspaces;

/// <summary>
/// Users' notes and descriptions as HTML: Markdig with raw HTML off, as the case pages. Since other people read shared
/// collections, links go only to http(s), mailto or this site (a <c>javascript:</c> link becomes its text), and
/// images become their text (a shared page must not load anything from elsewhere).
/// </summary>
public static class UserMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras(EmphasisExtraOptions.Marked | EmphasisExtraOptions.Strikethrough)
        .UsePipeTables()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    public static string ToHtml(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().Where(l => l.IsImage || !IsSafe(l.Url)).ToList())
        {
            link.ReplaceBy(new LiteralInline(TextOf(link)));
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().Where(l => !l.IsEmail && !IsSafe(l.Url)).ToList())
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
        return document.ToHtml(Pipeline);
    }

    private static string TextOf(ContainerInline container) =>
        string.Concat(container.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    private static bool IsSafe(string? url)
    {
        var trimmed = (url ?? "").Trim();
        if (trimmed.Length == 0 || trimmed[0] is '/' or '#' or '?')
        {
            return true;
        }
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute)
            ? absolute.Scheme is "http" or "https" or "mailto"
            : !trimmed.Contains(':', StringComparison.Ordinal);
    }
}
