using ImrSearch.Domain;
using ImrSearch.Highlighting;
using ImrSearch.Precedents;

namespace ImrSearch.Web.Api;

/// <summary>
/// <c>GET /api/compare</c>'s answer: the two sides with their requests, the guidelines each party cited, the
/// distinguishing terms with their counts and G², and the passages (HTML with &lt;mark&gt;, as search highlights).
/// </summary>
public static class SideBySideJson
{
    public static object From(SideBySide sides)
    {
        ArgumentNullException.ThrowIfNull(sides);
        return new
        {
            mode = sides.IsGroups ? "outcomes" : "items",
            groupSize = sides.IsGroups ? SideBySide.GroupSize : (int?)null,
            statistic = "Dunning log-likelihood (G²) of each term's occurrences in one side's rationales against the other's; 3.84 is p = 0.05",
            notes = sides.Notes,
            first = Side(sides.First),
            second = Side(sides.Second),
        };
    }

    private static object Side(ComparedSide side) => new
    {
        side.Label,
        side.Matching,
        sampled = side.Items.Count,
        side.Items,
        side.Treatments,
        side.BodyRegions,
        citations = new
        {
            claimsAdministrator = side.Citations.Where(c => c.CitedBy == CitedBy.ClaimsAdministrator).Select(Citation),
            imr = side.Citations.Where(c => c.CitedBy == CitedBy.ImrOrganization).Select(Citation),
        },
        side.Words,
        side.Terms,
        passages = side.Passages.Select(p => new { p.CaseId, p.ItemIndex, p.Item, html = p.Text.ToHtml() }),
    };

    private static object Citation(CitedGuideline citation) => new
    {
        citation.Source,
        citation.Document,
        citation.Topic,
        citation.Pages,
        citation.Items,
        description = citation.Describe(),
    };
}
