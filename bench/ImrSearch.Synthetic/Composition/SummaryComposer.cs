using System.Globalization;
using System.Text;

namespace ImrSearch.Synthetic.Composition;

/// <summary>
/// Writes the clinical case summary in one of the IMR organizations' house voices: who the injured worker is, the
/// injury, diagnoses, treatment so far, the latest examination, work status, and what utilization review denied.
/// Age, sex and date of injury are stated only when the case facts say they are, so the truth stays exact.
/// </summary>
public static class SummaryComposer
{
    private static readonly TextTemplate[] Diagnoses =
    [
        "The listed diagnoses per  are:{dxNumbered}",
        "{Patient} was diagnosed with {dxList}.",
        "Diagnoses include {dxList}.",
        "The treating diagnoses are {dxList}.",
    ];

    private static readonly TextTemplate[] History =
    [
        "Prior treatments included {priorList}.",
        "{Patient} has been treated with {priorList}, without lasting relief.",
        "Treatment to date has included {priorList}.",
        "The treating provider, {specialist}, reported that symptoms persisted despite {priorList}.",
    ];

    private static readonly TextTemplate[] Visit =
    [
        "According to progress report {noteDate}, {patient} presents with {complaint}.",
        "On {noteDate}, {patient} reported ongoing complaints of {complaint}, rated {pain} without medications and {painWith} with medications.",
        "In a progress note dated {noteDate}, {patient} reported persistent {complaint}.",
        "On {priorDate}, {patient} reported {complaint}.  On {noteDate}, the symptoms were unchanged.",
    ];

    private static readonly TextTemplate[] Examination =
    [
        "Examination revealed {finding} and {finding2}.",
        "Physical examination on {noteDate} demonstrated {finding}, {finding2}, and {finding3}.",
        "There was {finding} on examination.",
        "Objective findings included {finding} and {finding2}.",
    ];

    private static readonly TextTemplate[] Work =
    [
        "{Patient} was {workStatus}.",
        "It was noted that {patient} is {workStatus}.",
        "The attending provider reported that {patient} was {workStatus}.",
    ];

    private static readonly TextTemplate[] Medications =
    [
        "Current medications include {meds}.",
        "{Patient} was using {meds}.",
        "Medications were listed as {meds}.",
    ];

    private static readonly TextTemplate[] Optional =
    [
        "An MRI of the {regionName} dated {priorDate} reportedly showed degenerative changes without significant neural compromise.",
        "Treatment reports from {priorDate} through {noteDate} were reviewed.",
        "{Patient} also reported {complaint2}.",
        "It was not clearly stated what treatment or treatments had transpired through that point in time.",
        "On a handwritten progress note, not clearly dated, difficult to follow, not entirely legible, {patient} reported ongoing {complaint}.",
    ];

    private static readonly TextTemplate UtilizationReview = "In a Utilization Review report dated {urDate}, the claims administrator [failed to approve|denied|partially approved] [a request|requests] for {requestList}.";
    private static readonly TextTemplate ReferencedNote = "The claims administrator referenced a progress note dated {noteDate} in its determination.";
    private static readonly TextTemplate Request = "[This is a request for|The provider requested authorization for|The treater is requesting] {requestList}.";
    private static readonly TextTemplate Denial = "Utilization review [denied|non-certified] the request on {urDate}.";

    public static string Compose(CaseFacts facts, LetterStyle style, TemplateSlots slots, IReadOnlyList<PlannedItem> items, LetterRandom random)
    {
        slots.With("requestList", Wording.List(items.Select(i => i.Noun).ToList()))
            .With("dxNumbered", Numbered(facts.Diagnoses, random));
        var sentences = new List<string>(14) { Introduction(facts, style, slots, random) };
        if (style.Voice == SummaryVoice.Applicant)
        {
            sentences.Add(UtilizationReview.Render(slots, random));
            if (random.Chance(0.6))
            {
                sentences.Add(ReferencedNote.Render(slots, random));
            }

            if (random.Chance(0.5))
            {
                sentences.Add("The applicant's attorney subsequently appealed.");
            }
        }

        Add(sentences, Diagnoses, slots, random);
        Add(sentences, History, slots, random);
        Add(sentences, Visit, slots, random);
        Add(sentences, Examination, slots, random);
        if (random.Chance(0.6))
        {
            Add(sentences, Medications, slots, random);
        }

        Add(sentences, Work, slots, random);
        foreach (var extra in TemplatePool.PickFittingDistinct(Optional, slots, random.Between(0, 2), random))
        {
            sentences.Add(extra.Render(slots, random));
        }

        if (style.Voice != SummaryVoice.Applicant)
        {
            sentences.Add(Request.Render(slots, random));
            sentences.Add(Denial.Render(slots, random));
        }

        var text = new StringBuilder();
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

    private static void Add(List<string> sentences, TextTemplate[] pool, TemplateSlots slots, LetterRandom random) =>
        sentences.Add(TemplatePool.PickFitting(pool, slots, random).Render(slots, random));

    /// <summary>"1.   Lumbosacral sprain/strain.2.   Sacroiliac sprain/strain." with the run of spaces tables leave.</summary>
    private static string Numbered(IReadOnlyList<string> diagnoses, LetterRandom random)
    {
        var gap = random.Chance(0.5) ? new string(' ', random.Between(4, 16)) : " ";
        var text = new StringBuilder();
        for (var i = 0; i < diagnoses.Count; i++)
        {
            text.Append(i + 1).Append('.').Append(gap).Append(Wording.Capitalize(diagnoses[i])).Append('.');
        }

        return text.ToString();
    }

    private static string Introduction(CaseFacts facts, LetterStyle style, TemplateSlots slots, LetterRandom random)
    {
        var age = facts.Age is int a ? a.ToString(CultureInfo.InvariantCulture) + (random.Chance(0.9) ? "-year-old" : " year old") : null;
        var sex = facts.Sex;
        // "woman"/"man" stand alone ("a 40-year-old man"); "female"/"male" may take an occupation.
        var noun = sex is not null && random.Chance(0.3);
        var person = sex is null ? null : noun ? (sex == "female" ? "woman" : "man") : sex;
        var occupationAfter = noun ? "" : " " + slots["occupation"];
        var injury = facts.InjuryDateInSummary ? slots["doi"] : null;
        var occupation = slots["occupation"];
        var mechanism = slots["mechanism"];
        var complaint = slots["complaint"];

        switch (style.Voice)
        {
            case SummaryVoice.Applicant:
                {
                    var who = (age, person) switch
                    {
                        (not null, not null) => $"{age} {person}{occupationAfter}",
                        (not null, null) => random.Chance(0.5) ? age : $"{age} {occupation}",
                        (null, not null) => $"{person}{occupationAfter}",
                        _ => random.Chance(0.5) ? " employee" : occupation,
                    };
                    var claim = injury is null ? "cumulative trauma at work" : $"an industrial injury of {injury}";
                    return $"The applicant is a represented {who} who has filed a claim for {complaint} reportedly associated with {claim}.";
                }

            case SummaryVoice.Claimant:
                {
                    var region = slots["regionName"];
                    var who = (age, person) switch
                    {
                        (not null, not null) => $"The claimant is a {age} {person}{occupationAfter} who injured the {region}",
                        (not null, null) => $"The claimant is a {age} {occupation} who injured the {region}",
                        (null, not null) => $"The claimant is a {person}{occupationAfter} who injured the {region}",
                        _ => $"The claimant injured the {region}",
                    };
                    return injury is null
                        ? $"{who} while {mechanism}."
                        : $"{who} on {injury} while {mechanism}.";
                }

            default:
                {
                    var who = (age, person) switch
                    {
                        (not null, not null) => $"{age} {person}",
                        (not null, null) => $"{age} {occupation}",
                        (null, not null) => $"{person}{occupationAfter}",
                        _ => occupation,
                    };
                    var article = "aeiou8".Contains(who[0], StringComparison.Ordinal) ? "an" : "a";
                    if (injury is null)
                    {
                        return $"The patient is {article} {who} with {complaint} attributed to repetitive work activities.";
                    }

                    return random.Next(3) switch
                    {
                        0 => $"The patient is {article} {who} with a date of injury of {injury}.",
                        1 => $"The patient is {article} {who} who sustained a work-related injury on {injury}.",
                        _ => $"The patient is {article} {who} who was injured on {injury} while {mechanism}.",
                    };
                }
        }
    }
}
