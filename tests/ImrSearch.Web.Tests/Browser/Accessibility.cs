using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ImrSearch.Web.Tests.Browser;

/// <summary>axe-core audits at WCAG 2.1 AA (the wcag2a, wcag2aa, wcag21a and wcag21aa rules).</summary>
public static class Accessibility
{
    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>Fails with every violation, the rule, and the elements it found, when the page has any.</summary>
    public static async Task AssertNoViolations(IPage page)
    {
        var result = await page.RunAxe(WcagAA);
        var violations = result.Violations ?? [];
        Assert.True(violations.Length == 0, page.Url + " has accessibility violations:\n" + string.Join("\n", violations.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help}\n    " + string.Join("\n    ", v.Nodes.Take(5).Select(n => n.Html)))));
    }
}
