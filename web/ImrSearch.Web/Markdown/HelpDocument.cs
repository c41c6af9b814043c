namespace ImrSearch.Web.Markdown;

/// <summary>The help page's Markdown (Content/help.md, embedded in the assembly) rendered once.</summary>
public static class HelpDocument
{
    private static readonly Lazy<string> Html = new(() =>
    {
        using var stream = typeof(HelpDocument).Assembly.GetManifestResourceStream("ImrSearch.Web.Content.help.md")
            ?? throw new InvalidOperationException("Content/help.md is not embedded in the site assembly.");
        using var reader = new StreamReader(stream);
        return MarkdownRendering.ToHtml(reader.ReadToEnd());
    });

    public static string ToHtml() => Html.Value;
}
