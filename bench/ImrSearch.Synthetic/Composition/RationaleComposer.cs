using System.Text;
using ImrSearch.Domain;

namespace ImrSearch.Synthetic.Composition;

/// <summary>
/// Writes an item's decision rationale the way reviewers do: the request restated, what the guideline says, the
/// case facts that meet or miss it, and the conclusion; a few hundred words drawn from the item's own sentences.
/// </summary>
public static class RationaleComposer
{
    private static readonly TextTemplate[] UpheldOpenings =
    [
        "This patient presents with {complaint}.",
        "The history and documentation do not objectively support the request for {noun}.",
        "No, the request for {noun} was not medically necessary, medically appropriate, or indicated here.",
        "The current request is for {request}.",
        "{Patient} has been followed for {complaint}, and the treater is requesting {q}{request}.{uq}",
        "The request for {request} is not medically necessary.",
        "{Patient} presents with {complaint}, and the request is for {noun}.",
    ];

    private static readonly TextTemplate[] OverturnedOpenings =
    [
        "Yes, the request for {noun} was medically necessary, medically appropriate, and indicated here.",
        "The history and documentation objectively support the request for {noun}.",
        "The current request is for {request}.",
        "{Patient} presents with {complaint}, and the treater is requesting {q}{request}.{uq}",
    ];

    private static readonly TextTemplate[] UpheldConclusions =
    [
        "Therefore, the request is not medically necessary.",
        "Recommendation is for denial.",
        "The medical necessity of this request has not been clearly demonstrated.",
        "Therefore, the request for {noun} is not medically necessary.",
        "As such, the request is not medically necessary, and the utilization review decision is upheld.",
        "Therefore, the request was not medically necessary.",
    ];

    private static readonly TextTemplate[] OverturnedConclusions =
    [
        "Therefore, the request is medically necessary.",
        "The request is medically necessary and appropriate.",
        "Therefore, the request for {noun} is medically necessary.",
        "Recommendation is for authorization.",
        "The medical necessity of this request has been established.",
        "Therefore, the request was medically necessary.",
    ];

    private static readonly TextTemplate[] CaseContext =
    [
        "Utilization review [denied|non-certified|modified] the request on {urDate}, stating that {urReason}.",
        "The most recent progress report, dated {noteDate}, was reviewed.",
        "Treatment reports from {priorDate} through {noteDate} were reviewed.",
        "According to the progress report dated {noteDate}, {patient} continues to report {complaint} rated {pain}.",
        "The diagnoses include {diagnosis}.",
        "The records indicate {patient} is {workStatus}.",
        "Examination on {noteDate} revealed {finding}.",
    ];

    public static string Compose(PlannedItem item, bool previousUpheld, LetterStyle style, LetterRandom random)
    {
        var slots = item.Slots;
        var upheld = item.Decision == Decision.Upheld;
        var sentences = new List<string>(14);

        if (!upheld && previousUpheld && random.Chance(0.5))
        {
            sentences.Add($"Conversely, the request for {item.Noun} was medically necessary, medically appropriate, and indicated here.");
        }
        else
        {
            sentences.Add(TemplatePool.PickFitting(upheld ? UpheldOpenings : OverturnedOpenings, slots, random).Render(slots, random));
        }

        foreach (var context in TemplatePool.PickFittingDistinct(CaseContext, slots, random.Between(0, 2), random))
        {
            sentences.Add(context.Render(slots, random));
        }

        var profile = item.Kind.Rationale;
        foreach (var guidance in TemplatePool.PickFittingDistinct(profile.Guidance, slots, random.Between(2, 5), random))
        {
            sentences.Add(guidance.Render(slots, random));
        }

        var findings = upheld ? profile.AgainstFindings : profile.ForFindings;
        // Reviewers lead with "In this case, ..." and then add the further facts.
        var picked = TemplatePool.PickFittingDistinct(findings, slots, random.Between(2, 5), random)
            .OrderBy(f => f.Pattern.StartsWith("In this case", StringComparison.Ordinal) ? 0 : 1);
        foreach (var finding in picked)
        {
            sentences.Add(finding.Render(slots, random));
        }

        sentences.Add(TemplatePool.PickFitting(upheld ? UpheldConclusions : OverturnedConclusions, slots, random).Render(slots, random));

        var text = new StringBuilder(sentences.Sum(s => s.Length + 2));
        foreach (var sentence in sentences)
        {
            if (text.Length > 0)
            {
                text.Append(style.SentenceGap);
            }

            text.Append(sentence);
        }

        return text.ToString();
    }
}
