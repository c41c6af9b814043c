using ImrSearch.Web.Markdown;

namespace ImrSearch.Web.Tests.Units;

public class MarkdownTextTests
{
    [Theory]
    [InlineData("# not a heading")]
    [InlineData("1. not a list")]
    [InlineData("- not a bullet")]
    [InlineData("> not a quote")]
    [InlineData("    not code")]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("**not bold** _nor_ `code` ==nor mark== {#nor-attributes}")]
    [InlineData("&amp; stays &amp; and &lt; stays &lt;")]
    [InlineData("| not | a | table |")]
    [InlineData("Decided per MTUS page 58-59; ACOEM Table 8-8, 182 (2004) \"quotes\" 'apostrophes' 50% C:\\path")]
    public void Letter_text_renders_as_exactly_itself(string text)
    {
        var html = MarkdownRendering.ToHtml(MarkdownText.Inline(text));

        var parsed = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var paragraph = Assert.Single(parsed.Body!.Children);
        Assert.Equal("P", paragraph.TagName);
        Assert.Empty(paragraph.Children);
        Assert.Equal(text.Trim(), paragraph.TextContent);
    }

    [Fact]
    public void Blank_lines_separate_paragraphs_and_other_line_breaks_do_not()
    {
        var paragraphs = MarkdownText.Paragraphs("first line\nstill first\n\nsecond");

        Assert.Equal(["first line still first", "second"], paragraphs);
    }
}
