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

    /// <summary>What reviewers say of any item: functional improvement, the evidence hierarchy, documentation.</summary>
    private static readonly TextTemplate[] GeneralGuidance =
    [
        "MTUS 9792.20e defines functional improvement as either a clinically significant improvement in activities of daily living or a reduction in work restrictions as measured during the history and physical exam, and a reduction in the dependency on continued medical treatment.",
        "Page 1 of the MTUS Chronic Pain Medical Treatment Guidelines states that the treating physician should document the response to treatment, including pain levels, functional status, and any adverse effects.",
        "The MTUS notes that the clinician should tailor treatment to the individual, taking into consideration patient-specific variables such as comorbidities, other medications, and allergies.",
        "The guidelines emphasize active participation in a program of functional restoration, and treatment that does not produce measurable gains should not be continued.",
        "ACOEM emphasizes that the goal of treatment is functional restoration and return to work, rather than the complete elimination of pain.",
        "Per the MTUS, a clinical treatment plan should include measurable goals, and continued treatment is contingent on documented progress toward them.",
        "The strength of evidence hierarchy in section 9792.25 places the MTUS above other guidelines, which are consulted only when the MTUS does not address the requested treatment.",
        "It is the requesting provider's responsibility to document the medical necessity of the request, including the specific goals of treatment and the expected benefit.",
    ];

    private static readonly TextTemplate[] GeneralAgainst =
    [
        "The documentation submitted for review consists largely of handwritten progress notes that are difficult to read and do not describe the response to prior treatment.",
        "There is no discussion of how the requested treatment would advance {patient}'s overall rehabilitation or return to work.",
        "The requesting provider did not address the concerns raised in the utilization review report.",
        "The records reviewed span several months, yet the subjective complaints and objective findings are essentially unchanged from visit to visit.",
    ];

    private static readonly TextTemplate[] GeneralFor =
    [
        "The requesting provider addressed the concerns raised in the utilization review report with additional documentation.",
        "The progress notes clearly document measurable functional goals and the expected benefit of the request.",
        "The request is consistent with the treatment plan outlined in the records and with the guideline criteria.",
    ];

    /// <summary>Rationales shorter than this get more of the general guidance, as real rationales run long.</summary>
    private const int MinimumWords = 160;

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

        var general = TemplatePool.PickFittingDistinct(GeneralGuidance, slots, GeneralGuidance.Length, random);
        var generalUsed = random.Between(0, 2);
        for (var g = 0; g < generalUsed; g++)
        {
            sentences.Add(general[g].Render(slots, random));
        }

        var findingsStart = sentences.Count;
        var findings = upheld ? profile.AgainstFindings : profile.ForFindings;

        // Reviewers lead with "In this case, ..." and then add the further facts.
        var picked = TemplatePool.PickFittingDistinct(findings, slots, random.Between(2, 5), random)
            .OrderBy(f => f.Pattern.StartsWith("In this case", StringComparison.Ordinal) ? 0 : 1)
            .ToList();
        foreach (var finding in picked)
        {
            sentences.Add(finding.Render(slots, random));
        }

        foreach (var fact in TemplatePool.PickFittingDistinct(upheld ? GeneralAgainst : GeneralFor, slots, random.Between(0, 2), random))
        {
            sentences.Add(fact.Render(slots, random));
        }

        // Items with few sentences of their own still get a rationale of realistic length.
        while (Words(sentences) < MinimumWords && generalUsed < general.Count)
        {
            sentences.Insert(findingsStart++, general[generalUsed++].Render(slots, random));
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

    private static int Words(List<string> sentences)
    {
        var words = 0;
        foreach (var sentence in sentences)
        {
            words += sentence.Count(c => c == ' ') + 1;
        }

        return words;
    }
}
