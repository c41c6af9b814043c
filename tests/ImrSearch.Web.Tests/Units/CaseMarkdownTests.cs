using AngleSharp.Html.Parser;
using ImrSearch.Web.Cases;
using ImrSearch.Web.Markdown;
using ImrSearch.Web.Searching;

namespace ImrSearch.Web.Tests.Units;

public class CaseMarkdownTests
{
    private static AngleSharp.Html.Dom.IHtmlDocument Render(CaseView view) =>
        new HtmlParser().ParseDocument(MarkdownRendering.ToHtml(CaseMarkdown.Build(view)));

    [Fact]
    public void Each_item_is_a_heading_with_its_anchor_and_a_decision_badge()
    {
        var document = Render(CaseView.Plain(SampleDetermination.Create()));

        var first = document.GetElementById("item-1");
        var second = document.GetElementById("item-2");
        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Equal("H3", first.TagName);
        Assert.Equal("Item 1: Chirocare 2x4-6", first.TextContent);
        Assert.Equal("Item 2: MRI Lumbar Spine", second!.TextContent);
        var badges = document.QuerySelectorAll(".badge").Select(b => (b.TextContent, b.ClassList.Contains("upheld"), b.ClassList.Contains("overturned"))).ToList();
        Assert.Equal([("Upheld", true, false), ("Overturned", false, true)], badges);
    }

    [Fact]
    public void Sections_for_reviewer_summary_guidelines_and_rationale()
    {
        var document = Render(CaseView.Plain(SampleDetermination.Create()));

        Assert.NotNull(document.GetElementById("reviewer"));
        Assert.NotNull(document.GetElementById("summary"));
        Assert.NotNull(document.GetElementById("item-1-claims-administrator"));
        Assert.NotNull(document.GetElementById("item-1-reviewer-guideline"));
        Assert.NotNull(document.GetElementById("item-2-rationale"));
        Assert.Contains(document.QuerySelectorAll("li"), li => li.TextContent == "Licensed in: California");
        Assert.Contains(document.QuerySelectorAll("li"), li => li.TextContent.Contains("Manual Therapy & Manipulation, p. 58", StringComparison.Ordinal));
    }

    [Fact]
    public void Letter_text_is_shown_never_obeyed()
    {
        var document = Render(CaseView.Plain(SampleDetermination.Create()));

        Assert.Empty(document.QuerySelectorAll("b"));
        Assert.Contains(document.QuerySelectorAll("p"), p => p.TextContent == "Recommendation is for denial of <b>manual</b> therapy.");
        // "# Not a heading" in the summary stays a paragraph.
        Assert.Contains(document.QuerySelectorAll("p"), p => p.TextContent == "# Not a heading: a second paragraph.");
    }

    [Fact]
    public void Highlighted_texts_become_marks()
    {
        var determination = SampleDetermination.Create();
        var plain = CaseView.Plain(determination);
        var item = plain.Items[0] with { Rationale = MarkedText.FromHighlightHtml("Recommendation is for denial of &lt;b&gt;<mark>manual</mark>&lt;/b&gt; therapy.") };
        var view = plain with { Items = [item, plain.Items[1]], Query = "manual" };

        var document = Render(view);

        var mark = Assert.Single(document.QuerySelectorAll("mark"));
        Assert.Equal("manual", mark.TextContent);
        Assert.Equal("item-1-rationale", mark.ParentElement!.PreviousElementSibling!.Id);
    }
}
