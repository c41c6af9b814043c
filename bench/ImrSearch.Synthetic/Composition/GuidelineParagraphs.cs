using ImrSearch.Domain;
using ImrSearch.Synthetic.Catalog;

namespace ImrSearch.Synthetic.Composition;

/// <summary>The two guideline paragraphs of an item (utilization review's and the IMR reviewer's) and their citations.</summary>
public sealed record GuidelineParagraphs(string ClaimsAdministrator, string Imr, IReadOnlyList<GuidelineCitation> Citations)
{
    /// <summary>The paragraphs of an item decided under <paramref name="editions"/> (a drug request under the formulary
    /// too, once it is in force).</summary>
    public static GuidelineParagraphs Compose(PlannedItem item, LetterStyle style, LetterRandom random, EditionsInForce editions)
    {
        var kind = item.Kind;
        var citations = new List<GuidelineCitation>(4);

        var claimsTopic = Resolve(random.Chance(0.55) ? kind.ImrCitations : kind.ClaimsCitations, item.Region, random)
            ?? Resolve(kind.ImrCitations, item.Region, random)
            ?? Fallback(item.Region);
        string claims;
        if (claimsTopic.IsMtus)
        {
            var (text, written) = CitationWriter.Write(claimsTopic, CitedBy.ClaimsAdministrator, style.Citations, random, editions, SecondChronicPain(kind.ImrCitations, claimsTopic, item.Region));
            claims = "Decision based on " + text;
            citations.AddRange(written);
            if (random.Chance(0.4) && ResolveNonMtus(kind.ClaimsCitations, item.Region, random) is { } extra)
            {
                var (extraText, extraCitations) = CitationWriter.Write(extra, CitedBy.ClaimsAdministrator, style.Citations, random, editions);
                claims += style.SentenceGap + "Decision based on " + extraText;
                citations.AddRange(extraCitations);
            }
        }
        else
        {
            var (text, written) = CitationWriter.Write(claimsTopic, CitedBy.ClaimsAdministrator, style.Citations, random, editions);
            claims = "The Claims Administrator did not base their decision on the MTUS." + style.SentenceGap + "Decision based on " + text;
            citations.AddRange(written);
        }

        var imrTopic = Resolve(kind.ImrCitations, item.Region, random) ?? Fallback(item.Region);
        var (imrText, imrCitations) = CitationWriter.Write(imrTopic, CitedBy.ImrOrganization, style.Citations, random, editions, SecondChronicPain(kind.ImrCitations, imrTopic, item.Region));
        var imr = "Decision based on " + imrText;
        citations.AddRange(imrCitations);
        if (imrTopic.IsMtus && random.Chance(0.12) && ResolveNonMtus(kind.ClaimsCitations, item.Region, random) is { } imrExtra)
        {
            var (extraText, extraCitations) = CitationWriter.Write(imrExtra, CitedBy.ImrOrganization, style.Citations, random, editions);
            imr += style.SentenceGap + "Decision based on " + extraText;
            citations.AddRange(extraCitations);
        }

        if (kind.Family == TreatmentFamily.Pharmaceutical && editions.HasFormulary)
        {
            var (formularyText, formulary) = CitationWriter.Formulary(CitedBy.ImrOrganization, style.Citations, editions);
            imr += style.SentenceGap + "Decision based on " + formularyText;
            citations.Add(formulary);
        }

        return new GuidelineParagraphs(claims, imr, citations);
    }

    private static GuidelineTopic? Resolve(Func<BodyRegionProfile?, GuidelineTopic?>[] options, BodyRegionProfile region, LetterRandom random)
    {
        var start = random.Next(options.Length);
        for (var i = 0; i < options.Length; i++)
        {
            if (options[(start + i) % options.Length](region) is { } topic)
            {
                return topic;
            }
        }

        return null;
    }

    /// <summary>Another chronic pain topic the item's kind is decided on, for a line naming two topics; null when there is none.</summary>
    private static GuidelineTopic? SecondChronicPain(Func<BodyRegionProfile?, GuidelineTopic?>[] options, GuidelineTopic first, BodyRegionProfile region) =>
        first.Book != GuidelineBook.ChronicPain
            ? null
            : options.Select(o => o(region)).FirstOrDefault(t => t is { Book: GuidelineBook.ChronicPain } && t.Topic != first.Topic);

    private static GuidelineTopic? ResolveNonMtus(Func<BodyRegionProfile?, GuidelineTopic?>[] options, BodyRegionProfile region, LetterRandom random)
    {
        var nonMtus = options.Select(o => o(region)).Where(t => t is { IsMtus: false }).ToList();
        return nonMtus.Count == 0 ? null : random.Pick(nonMtus);
    }

    private static GuidelineTopic Fallback(BodyRegionProfile region) =>
        new(GuidelineBook.Odg, "Treatment Index", null, null, region.OdgChapter);
}
