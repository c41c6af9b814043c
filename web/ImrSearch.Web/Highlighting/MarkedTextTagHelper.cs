using ImrSearch.Highlighting;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ImrSearch.Web.Highlighting;

/// <summary>
/// <c>&lt;marked-text value="..." /&gt;</c>: a highlighted text on a page, every character encoded by Razor and each
/// matched stretch in &lt;mark&gt;. Leaves no element of its own, so it sits inside a heading, link or quote as text.
/// </summary>
[HtmlTargetElement("marked-text", TagStructure = TagStructure.WithoutEndTag)]
public sealed class MarkedTextTagHelper : TagHelper
{
    public MarkedText? Value { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        if (Value is null)
        {
            return;
        }

        foreach (var run in Value.Runs())
        {
            if (run.Marked)
            {
                output.Content.AppendHtml("<mark>").Append(run.Text).AppendHtml("</mark>");
            }
            else
            {
                output.Content.Append(run.Text);
            }
        }
    }
}
