using ImrSearch.Synthetic.Catalog;

namespace ImrSearch.Synthetic.Composition;

/// <summary>Fills the letter-wide template slots from the case facts and the letter's style.</summary>
public static class CaseSlots
{
    public static TemplateSlots Build(CaseFacts facts, LetterStyle style, LetterRandom random)
    {
        var patient = style.Voice switch
        {
            SummaryVoice.Applicant => "the applicant",
            SummaryVoice.Claimant => "the claimant",
            _ => random.Pick(CaseVocabulary.PatientTermsPatient),
        };
        var region = facts.PrimaryRegion;
        var slots = new TemplateSlots()
            .With("patient", patient)
            .With("Patient", Wording.Capitalize(patient))
            .With("q", style.OpenQuote)
            .With("uq", style.CloseQuote)
            .With("urDate", DateText.Write(facts.UrDenialDate, style.Dates))
            .With("noteDate", DateText.Write(facts.NoteDate, style.Dates))
            .With("priorDate", DateText.Write(facts.PriorDate, style.Dates))
            .With("doi", DateText.Write(facts.DateOfInjury, style.Dates))
            .With("pain", random.Pick(CaseVocabulary.PainScores))
            .With("painWith", random.Pick(CaseVocabulary.ReducedPainScores))
            .With("prior", random.Pick(["6", "8", "12", "12", "18", "24", "at least 20"]))
            .With("months", random.Pick(CaseVocabulary.Durations))
            .With("meds", Wording.List(random.PickDistinct(CaseVocabulary.Medications, random.Between(2, 3))))
            .With("workStatus", random.Pick(CaseVocabulary.WorkStatuses))
            .With("specialist", random.Pick(CaseVocabulary.Specialists))
            .With("occupation", random.Pick(CaseVocabulary.Occupations))
            .With("mechanism", random.Pick(CaseVocabulary.Mechanisms))
            .With("urReason", random.Pick(CaseVocabulary.UrReasons))
            .With("priorList", Wording.List(random.PickDistinct(CaseVocabulary.PriorTreatments, random.Between(2, 4))))
            .With("dxList", Wording.List(facts.Diagnoses));
        ApplyRegion(slots, region, facts.Side, random);
        if (facts.SecondaryRegion is { } second)
        {
            slots.With("complaint2", random.Pick(second.Complaints));
        }

        return slots;
    }

    /// <summary>Sets the region slots (region words, findings, ACOEM chapter) for a region and side.</summary>
    public static void ApplyRegion(TemplateSlots slots, BodyRegionProfile region, string side, LetterRandom random)
    {
        var phrase = random.Pick(region.ItemPhrases);
        var item = region.Sided ? $"{side} {phrase}" : phrase;
        var findings = random.PickDistinct(region.Findings, 3);
        slots.With("regionName", phrase)
            .With("regionItem", item)
            .With("RegionItem", Wording.TitleCase(item))
            .With("RegionStart", Wording.Capitalize(item))
            .With("regionAdj", SpineAdjective(region) ?? phrase)
            .With("RegionAdj", Wording.Capitalize(SpineAdjective(region) ?? phrase))
            .With("side", side)
            .With("Side", Wording.Capitalize(side))
            .With("complaint", random.Pick(region.Complaints))
            .With("diagnosis", random.Pick(region.Diagnoses))
            .With("finding", findings[0])
            .With("finding2", findings[Math.Min(1, findings.Count - 1)])
            .With("finding3", findings[^1]);
        if (region.Levels.Length > 0)
        {
            slots.With("level", random.Pick(region.Levels));
        }
        else
        {
            slots.Without("level");
        }

        if (region.Acoem is { } chapter)
        {
            slots.With("acoemNumber", chapter.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .With("acoemTitle", chapter.Title)
                .With("acoemImagingPages", chapter.ImagingPages)
                .With("acoemSurgeryPages", chapter.SurgeryPages);
        }
        else
        {
            slots.Without("acoemNumber", "acoemTitle", "acoemImagingPages", "acoemSurgeryPages");
        }
    }

    private static string? SpineAdjective(BodyRegionProfile region)
    {
        if (region == BodyRegionCatalog.Lumbar)
        {
            return "lumbar";
        }

        if (region == BodyRegionCatalog.Cervical)
        {
            return "cervical";
        }

        return region == BodyRegionCatalog.Thoracic ? "thoracic" : null;
    }
}
