using ImrSearch.Highlighting;
using ImrSearch.Web.Markdown;

namespace ImrSearch.Web.Tests.Units;

public class MarkedTextRenderingTests
{
    /// <summary>A highlighted text from runs: (text, marked).</summary>
    internal static MarkedText Text(params (string Text, bool Marked)[] runs)
    {
        var text = "";
        var marks = new List<MarkedRange>();
        foreach (var (run, marked) in runs)
        {
            if (marked)
            {
                marks.Add(new MarkedRange(text.Length, text.Length + run.Length));
            }
            text += run;
        }
        return new MarkedText(text, marks);
    }

    [Fact]
    public void Runs_give_the_text_and_its_marks_in_order()
    {
        var text = Text(("a <b> ", false), ("chiropractic", true), (" visit & ", false), ("flare", true));

        Assert.Equal("a <b> chiropractic visit & flare", string.Concat(text.Runs().Select(r => r.Text)));
        Assert.Equal(["chiropractic", "flare"], text.Runs().Where(r => r.Marked).Select(r => r.Text));
        Assert.Equal(["chiropractic", "flare"], text.MarkedWords());
    }

    [Fact]
    public void Html_encodes_everything_but_the_marks()
    {
        var html = Text(("<script>alert(1)</script> ", false), ("x", true)).ToHtml();

        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt; <mark>x</mark>", html);
    }

    [Fact]
    public void Markdown_marks_render_as_mark_elements_and_text_stays_text()
    {
        var markdown = MarkdownText.Marked(Text(("The *request* for ", false), ("manual therapy", true), (", [link](x) <img> ", false), ("4", true), (".", false)));

        var html = MarkdownRendering.ToHtml(markdown);

        Assert.Equal("<p>The *request* for <mark>manual therapy</mark>, [link](x) &lt;img&gt; <mark>4</mark>.</p>\n", html);
    }

    [Fact]
    public void Adjacent_marks_keep_the_space_between_them()
    {
        var markdown = MarkdownText.Marked(Text(("return", true), (" ", false), ("to", true), (" ", false), ("work", true)));

        Assert.Equal("<p><mark>return</mark> <mark>to</mark> <mark>work</mark></p>\n", MarkdownRendering.ToHtml(markdown));
    }

    [Fact]
    public void Paragraphs_split_at_blank_lines_and_keep_their_marks()
    {
        var text = Text(("First ", false), ("knee", true), (" line.\n\nSecond ", false), ("knee", true), (".", false));

        var paragraphs = text.Paragraphs();

        Assert.Equal(["First knee line.", "Second knee."], paragraphs.Select(p => p.Text));
        Assert.All(paragraphs, p => Assert.Equal(["knee"], p.MarkedWords()));
    }
}
