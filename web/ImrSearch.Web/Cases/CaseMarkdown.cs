using System.Globalization;
using System.Text;
using ImrSearch.Domain;
using ImrSearch.Web.Markdown;
using ImrSearch.Web.Searching;

namespace ImrSearch.Web.Cases;

/// <summary>
/// The case page body as a Markdown document: facts, reviewer, clinical summary, then one section per decided item
/// with its badge, both guidelines and the rationale. Every letter text goes through <see cref="MarkedText"/>, so it
/// is escaped and only the query's matches become marks.
/// </summary>
public static class CaseMarkdown
{
    public static string Build(CaseView view)
    {
        var determination = view.Determination;
        var md = new StringBuilder();

        AppendFacts(md, determination);

        md.AppendLine("## Expert reviewer {#reviewer}").AppendLine();
        var reviewer = determination.Reviewer;
        if (reviewer.Specialties.Count > 0)
        {
            md.Append("- **Specialties:** ").AppendLine(MarkdownText.Inline(string.Join(", ", reviewer.Specialties)));
        }
        if (reviewer.Licensure.Count > 0)
        {
            md.Append("- **Licensed in:** ").AppendLine(MarkdownText.Inline(string.Join(", ", reviewer.Licensure)));
        }
        md.AppendLine();
        AppendQuote(md, reviewer.Statement);

        md.AppendLine("## Clinical case summary {#summary}").AppendLine();
        AppendParagraphs(md, view.Summary);

        md.Append("## Decisions {#decisions}").AppendLine().AppendLine();
        foreach (var item in view.Items)
        {
            md.Append("- [").Append(ItemTitle(item.Item, MarkdownText.Inline(item.Item.Item))).Append("](#")
                .Append(CaseLinks.ItemAnchor(item.Item.Index)).Append("): ").AppendLine(item.Item.Decision.ToString());
        }
        md.AppendLine();

        foreach (var item in view.Items)
        {
            AppendItem(md, item);
        }
        return md.ToString();
    }

    public static string Badge(Decision decision) =>
        $"**{decision}**{{.badge .{decision.ToString().ToLowerInvariant()}}}";

    private static void AppendFacts(StringBuilder md, Determination determination)
    {
        var facts = new List<(string Label, string Value)>();
        if (determination.Dates.DecisionDate is DateOnly decided)
        {
            facts.Add(("Decision date", Date(decided)));
        }
        var upheld = determination.Decisions.Count(d => d.Decision == Decision.Upheld);
        var overturned = determination.Decisions.Count - upheld;
        facts.Add(("Items decided", $"{determination.Decisions.Count}: {upheld} Upheld, {overturned} Overturned"));
        var patient = Patient(determination.Patient);
        if (patient.Length > 0)
        {
            facts.Add(("Injured worker", patient));
        }
        if (determination.Dates.UrDenialDate is DateOnly denied)
        {
            facts.Add(("UR denial date", Date(denied)));
        }
        if (determination.Dates.DateAssigned is DateOnly assigned)
        {
            facts.Add(("Date assigned", Date(assigned)));
        }
        if (determination.Dates.ApplicationReceived is DateOnly received)
        {
            facts.Add(("Application received", Date(received)));
        }
        if (determination.CaseNumber is { Length: > 0 } number)
        {
            facts.Add(("Case number", number));
        }
        facts.Add(("Letter", determination.Source));
        foreach (var (label, value) in facts)
        {
            md.Append("- **").Append(label).Append(":** ").AppendLine(MarkdownText.Inline(value));
        }
        md.AppendLine();
    }

    private static void AppendItem(StringBuilder md, CaseItemView view)
    {
        var item = view.Item;
        var anchor = CaseLinks.ItemAnchor(item.Index);
        md.Append("### ").Append(ItemTitle(item, view.ItemText.ToMarkdownInline())).Append(" {#").Append(anchor).AppendLine("}").AppendLine();

        var facts = new List<string> { Badge(item.Decision), "Treatment: " + MarkdownText.Inline(item.Treatment) };
        if (item.BodyRegion is { Length: > 0 } region)
        {
            facts.Add("Body region: " + MarkdownText.Inline(region));
        }
        if (item.Quantity is decimal quantity)
        {
            facts.Add("Quantity: " + quantity.ToString("0.##", CultureInfo.InvariantCulture));
        }
        md.AppendLine(string.Join(" · ", facts)).AppendLine();

        AppendGuideline(md, $"#### Claims administrator guideline {{#{anchor}-claims-administrator}}", view.ClaimsAdministratorGuideline,
            item.Citations.Where(c => c.CitedBy == CitedBy.ClaimsAdministrator));
        AppendGuideline(md, $"#### Reviewer's guideline {{#{anchor}-reviewer-guideline}}", view.ImrGuideline,
            item.Citations.Where(c => c.CitedBy == CitedBy.ImrOrganization));

        md.Append("#### Decision rationale {#").Append(anchor).AppendLine("-rationale}").AppendLine();
        AppendParagraphs(md, view.Rationale);
    }

    private static void AppendGuideline(StringBuilder md, string heading, MarkedText text, IEnumerable<GuidelineCitation> citations)
    {
        md.AppendLine(heading).AppendLine();
        AppendParagraphs(md, text);
        var list = citations.ToList();
        if (list.Count > 0)
        {
            md.AppendLine("Citations:").AppendLine();
            foreach (var citation in list)
            {
                md.Append("- ").AppendLine(MarkdownText.Inline(HitView.Describe(citation)));
            }
            md.AppendLine();
        }
    }

    private static string ItemTitle(DecidedItem item, string markdownText) =>
        $"Item {item.Index + 1}: {markdownText}";

    private static void AppendParagraphs(StringBuilder md, MarkedText text)
    {
        if (text.PlainText.Trim().Length == 0)
        {
            md.AppendLine("*Not stated in the letter.*").AppendLine();
            return;
        }
        foreach (var paragraph in SplitParagraphs(text))
        {
            md.AppendLine(paragraph).AppendLine();
        }
    }

    private static void AppendQuote(StringBuilder md, string text)
    {
        foreach (var paragraph in MarkdownText.Paragraphs(text))
        {
            md.Append("> ").AppendLine(paragraph).AppendLine();
        }
    }

    // Paragraph breaks (blank lines) survive from the letter; everything else in a paragraph is one inline run.
    private static IEnumerable<string> SplitParagraphs(MarkedText text)
    {
        var current = new List<MarkedRun>();
        foreach (var run in text.Runs)
        {
            var pieces = run.Text.Replace("\r\n", "\n").Split("\n\n");
            for (var i = 0; i < pieces.Length; i++)
            {
                if (i > 0)
                {
                    yield return MarkedText.FromRuns(current).ToMarkdownInline();
                    current = [];
                }
                current.Add(new MarkedRun(pieces[i], run.Marked));
            }
        }
        var last = MarkedText.FromRuns(current).ToMarkdownInline();
        if (last.Length > 0)
        {
            yield return last;
        }
    }

    private static string Patient(PatientFacts patient)
    {
        var parts = new List<string>();
        if (patient.Age is int age)
        {
            parts.Add(age.ToString(CultureInfo.InvariantCulture) + " years old");
        }
        if (patient.Sex is { Length: > 0 } sex)
        {
            parts.Add(sex);
        }
        if (patient.DateOfInjury is DateOnly injured)
        {
            parts.Add("injured " + Date(injured));
        }
        return string.Join(", ", parts);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
