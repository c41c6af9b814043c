using Markdig;
using Markdig.Extensions.EmphasisExtras;

namespace ImrSearch.Web.Markdown;

/// <summary>
/// The one Markdown pipeline of the site: raw HTML disabled (so nothing in a letter or a query can inject markup),
/// <c>==text==</c> renders as &lt;mark&gt;, <c>{#id .class}</c> attributes for anchors and badges, pipe tables.
/// </summary>
public static class MarkdownRendering
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras(EmphasisExtraOptions.Marked)
        .UseGenericAttributes()
        .UsePipeTables()
        .UseAutoIdentifiers()
        .DisableHtml()
        .Build();

    public static string ToHtml(string markdown) => Markdig.Markdown.ToHtml(markdown, Pipeline);
}
