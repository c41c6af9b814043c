using ImrSearch.Web.Markdown;
using ImrSearch.Web.Searching;

namespace ImrSearch.Web.Tests.Units;

public class MarkedTextTests
{
    [Fact]
    public void Reads_marks_and_decodes_the_rest()
    {
        var text = MarkedText.FromHighlightHtml("a &lt;b&gt; <mark>chiropractic</mark> visit &amp; <mark>flare</mark>");

        Assert.Equal("a <b> chiropractic visit & flare", text.PlainText);
        Assert.Equal(["chiropractic", "flare"], text.Runs.Where(r => r.Marked).Select(r => r.Text));
    }

    [Fact]
    public void Any_other_tag_is_re_encoded_as_text()
    {
        var html = MarkedText.FromHighlightHtml("<script>alert(1)</script> <mark>x</mark>").ToHtml();

        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt; <mark>x</mark>", html);
    }

    [Fact]
    public void Markdown_marks_render_as_mark_elements_and_text_stays_text()
    {
        var markdown = MarkedText.FromHighlightHtml("The *request* for <mark>manual therapy</mark>, [link](x) &lt;img&gt; <mark>4</mark>.").ToMarkdownInline();

        var html = MarkdownRendering.ToHtml(markdown);

        Assert.Equal("<p>The *request* for <mark>manual therapy</mark>, [link](x) &lt;img&gt; <mark>4</mark>.</p>\n", html);
    }

    [Fact]
    public void Adjacent_marks_keep_the_space_between_them()
    {
        var markdown = MarkedText.FromHighlightHtml("<mark>return</mark> <mark>to</mark> <mark>work</mark>").ToMarkdownInline();

        Assert.Equal("<p><mark>return</mark> <mark>to</mark> <mark>work</mark></p>\n", MarkdownRendering.ToHtml(markdown));
    }
}
