using System.Globalization;
using System.Text;
using ImrSearch.Search;
using ImrSearch.Web.Markdown;
using ImrSearch.Web.Searching;

namespace ImrSearch.Web.Exports;

/// <summary>
/// The research brief: a Markdown summary of one search (query, filters, outcome counts) followed by its top
/// decisions, each with its highlighted passages quoted and its case id. Downloaded as .md or rendered for print.
/// </summary>
public static class ResearchBrief
{
    public const int TopDecisions = 20;

    public static SearchRequest Request(SearchParameters parameters) =>
        (parameters with { Page = 1, Size = TopDecisions }).ToRequest(facetTopN: 10);

    public static string Build(SearchParameters parameters, SearchResponse response, Func<string, int, string> caseUrl, DateTimeOffset generated)
    {
        var md = new StringBuilder();
        md.AppendLine("# IMR research brief").AppendLine();
        md.Append("- **Query:** ").AppendLine(parameters.Query.Length == 0 ? "*(all decisions)*" : "`" + CodeSpan(parameters.Query) + "`");
        foreach (var group in parameters.Selections.GroupBy(s => s.Dimension))
        {
            md.Append("- **").Append(group.Key.Label).Append(":** ").AppendLine(MarkdownText.Inline(string.Join(" or ", group.Select(s => s.Value))));
        }
        md.Append("- **Sort:** ").AppendLine(SearchParameters.SortName(parameters.Sort));
        md.Append("- **Prepared:** ").AppendLine(generated.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
        md.AppendLine();

        var split = OutcomeSplit.From(response);
        md.AppendLine("## Outcomes").AppendLine();
        md.Append(response.Total.ToString("N0", CultureInfo.InvariantCulture)).AppendLine(response.Total == 1 ? " decided item matches." : " decided items match.").AppendLine();
        // No column alignment: Markdig writes alignment as a style attribute, which the site's CSP refuses.
        md.AppendLine("| Decision | Items | Share |").AppendLine("|---|---|---|");
        md.Append("| Upheld | ").Append(split.Upheld.ToString("N0", CultureInfo.InvariantCulture)).Append(" | ").Append(MarkdownText.Inline(OutcomeSplit.FormatPercent(split.UpheldPercent))).AppendLine(" |");
        md.Append("| Overturned | ").Append(split.Overturned.ToString("N0", CultureInfo.InvariantCulture)).Append(" | ").Append(MarkdownText.Inline(OutcomeSplit.FormatPercent(split.OverturnedPercent))).AppendLine(" |");
        md.AppendLine();
        if (parameters.Selections.Any(s => s.Dimension == Index.IndexSchema.Decision))
        {
            md.AppendLine("The outcome counts leave out the decision filter, so both decisions are counted.").AppendLine();
        }

        if (response.Hits.Count > 0)
        {
            md.Append("## Top ").Append(response.Hits.Count.ToString(CultureInfo.InvariantCulture)).AppendLine(" decisions").AppendLine();
            var number = 0;
            foreach (var hit in response.Hits)
            {
                AppendHit(md, ++number, hit, caseUrl(hit.CaseId, hit.ItemIndex));
            }
        }
        return md.ToString();
    }

    // Inside a code span nothing is syntax; only a backtick or a line break could end it early.
    private static string CodeSpan(string text) =>
        string.Concat(text.Select(c => c == '`' ? '\'' : char.IsControl(c) ? ' ' : c));

    /// <summary>One numbered decision of a brief; collections' briefs (Workspaces) list their items the same way.</summary>
    public static void AppendHit(StringBuilder md, int number, SearchHit hit, string url)
    {
        md.Append("### ").Append(number.ToString(CultureInfo.InvariantCulture)).Append(". ")
            .Append(MarkdownText.Marked(hit.ItemHighlight))
            .Append(": ").AppendLine(hit.Decision.ToString()).AppendLine();
        var facts = new List<string>
        {
            "Case [" + MarkdownText.Inline(hit.CaseId) + "](<" + url.Replace(">", "%3E", StringComparison.Ordinal) + ">), item " + (hit.ItemIndex + 1).ToString(CultureInfo.InvariantCulture),
            MarkdownText.Inline(hit.Treatment),
        };
        if (hit.BodyRegion is { Length: > 0 } region)
        {
            facts.Add(MarkdownText.Inline(region));
        }
        if (hit.Specialties.Count > 0)
        {
            facts.Add("reviewer: " + MarkdownText.Inline(string.Join(", ", hit.Specialties)));
        }
        if (hit.DecisionYear is int year)
        {
            facts.Add("decided " + year.ToString(CultureInfo.InvariantCulture));
        }
        md.AppendLine(string.Join(" · ", facts)).AppendLine();
        var citations = HitView.ReviewerCitationsOf(hit);
        if (citations.Count > 0)
        {
            md.Append("Guideline: ").AppendLine(MarkdownText.Inline(string.Join("; ", citations.Select(HitView.Describe)))).AppendLine();
        }
        foreach (var passage in hit.Highlights)
        {
            md.Append("> ").AppendLine(MarkdownText.Marked(passage)).AppendLine();
        }
    }
}
