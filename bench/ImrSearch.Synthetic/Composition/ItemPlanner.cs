using System.Globalization;
using ImrSearch.Domain;
using ImrSearch.Synthetic.Catalog;

namespace ImrSearch.Synthetic.Composition;

/// <summary>Chooses a letter's disputed items from the weighted catalog and words each request.</summary>
public static class ItemPlanner
{
    /// <summary>One to six items per letter, about 3.3 on average, so a million items take about 300,000 letters.</summary>
    private static readonly WeightedChoice<int> ItemCounts = new([(1, 15), (2, 20), (3, 22), (4, 20), (5, 13), (6, 10)]);

    public static double MeanItemsPerLetter => ItemCounts.Values.Sum(n => n * ItemCounts.ShareOf(v => v == n));

    public static List<PlannedItem> Plan(CaseFacts facts, LetterStyle style, TemplateSlots caseSlots, LetterRandom random)
    {
        var count = ItemCounts.Pick(random);
        var items = new List<PlannedItem>(count);
        var seen = new HashSet<(TreatmentKind, string?)>();
        var attempts = 0;
        while (items.Count < count && attempts++ < count * 8)
        {
            var kind = TreatmentCatalog.ByWeight.Pick(random);
            var region = RegionFor(kind, facts, random);
            if (region is null || !seen.Add((kind, region.Name)))
            {
                continue;
            }

            items.Add(PlanOne(kind, region, facts, style, caseSlots, random));
        }

        return items;
    }

    private static BodyRegionProfile? RegionFor(TreatmentKind kind, CaseFacts facts, LetterRandom random)
    {
        var candidates = facts.Regions.Where(r => kind.Regions is null || kind.Regions.Contains(r)).ToList();
        if (kind == ProcedureKinds.Surgery)
        {
            candidates.RemoveAll(r => SurgicalProcedures.For(r).Count == 0);
        }

        if (candidates.Count == 0)
        {
            // Items that name no region (drugs, psychotherapy) fit any case.
            return kind.Region == RegionUse.None ? facts.PrimaryRegion : null;
        }

        return random.Pick(candidates);
    }

    private static PlannedItem PlanOne(
        TreatmentKind kind, BodyRegionProfile region, CaseFacts facts, LetterStyle style, TemplateSlots caseSlots, LetterRandom random)
    {
        var slots = caseSlots.Copy();
        var side = region == facts.PrimaryRegion ? facts.Side : random.Pick(BodyRegionCatalog.Sides);
        CaseSlots.ApplyRegion(slots, region, side, random);
        FillTreatment(kind, region, slots, random);

        var useQuantitySuffix = random.Chance(style.QuantitySuffixRate);
        var nameRegion = kind.Region switch
        {
            RegionUse.Usually => random.Chance(0.88),
            RegionUse.Sometimes => random.Chance(0.25),
            _ => false,
        };
        var request = PickRequest(kind, slots, useQuantitySuffix, nameRegion, random);
        var text = request.Render(slots, random);
        var truthRegion = TreatmentKind.NamesRegion(request) ? TruthRegion(region, request) : null;
        decimal? quantity = useQuantitySuffix && !TreatmentKind.CountsInText(request)
            ? decimal.Parse(slots["count"], CultureInfo.InvariantCulture)
            : null;
        var decision = random.Chance(kind.OverturnRate) ? Decision.Overturned : Decision.Upheld;
        var noun = TemplatePool.PickFitting(kind.Nouns, slots, random).Render(slots, random);
        slots.With("request", text).With("noun", noun);
        return new PlannedItem(kind, region, truthRegion, text, quantity, decision, noun, slots);
    }

    private static TextTemplate PickRequest(TreatmentKind kind, TemplateSlots slots, bool quantitySuffix, bool nameRegion, LetterRandom random)
    {
        IEnumerable<TextTemplate> candidates = kind.Requests.Where(r => r.FitsCase(slots));
        if (quantitySuffix)
        {
            var withoutCounts = candidates.Where(r => !TreatmentKind.CountsInText(r)).ToList();
            if (withoutCounts.Count > 0)
            {
                candidates = withoutCounts;
            }
        }

        var list = candidates.ToList();
        var byRegion = list.Where(r => TreatmentKind.NamesRegion(r) == nameRegion).ToList();
        return random.Pick(byRegion.Count > 0 ? byRegion : list);
    }

    private static string TruthRegion(BodyRegionProfile region, TextTemplate request)
    {
        if (!TreatmentKind.NamesLimbs(request))
        {
            return region.Name;
        }

        return region == BodyRegionCatalog.Lumbar ? RegionNames.LowerExtremities : RegionNames.UpperExtremities;
    }

    private static void FillTreatment(TreatmentKind kind, BodyRegionProfile region, TemplateSlots slots, LetterRandom random)
    {
        if (kind.Drugs is { Length: > 0 } drugs)
        {
            var drug = random.Pick(drugs);
            slots.With("drug", random.Pick(drug.Names)).With("dose", random.Pick(drug.Doses));
        }
        else
        {
            slots.Without("drug", "dose");
        }

        var quantity = kind.Quantity;
        if (quantity.Plans.Length > 0)
        {
            var (perWeek, weeks) = random.Pick(quantity.Plans);
            slots.With("perWeek", perWeek.ToString(CultureInfo.InvariantCulture))
                .With("weeks", weeks.ToString(CultureInfo.InvariantCulture))
                .With("count", (perWeek * weeks).ToString(CultureInfo.InvariantCulture))
                .With("plan", random.Pick([$"{perWeek}x{weeks}", $"{perWeek} x {weeks}", $"{perWeek} times a week for {weeks} weeks", $"x{perWeek * weeks}"]));
        }
        else
        {
            slots.With("count", random.Pick(quantity.Counts).ToString(CultureInfo.InvariantCulture)).Without("perWeek", "weeks", "plan");
        }

        var lower = region == BodyRegionCatalog.Lumbar || region == BodyRegionCatalog.Hip || region == BodyRegionCatalog.Knee || region == BodyRegionCatalog.AnkleFoot;
        var limbs = random.Chance(0.7) ? (lower ? "bilateral lower extremities" : "bilateral upper extremities") : (lower ? "lower extremities" : "upper extremities");
        slots.With("limbs", limbs).With("Limbs", Wording.TitleCase(limbs));

        var procedures = SurgicalProcedures.For(region);
        if (procedures.Count > 0)
        {
            var procedure = random.Pick(procedures).Render(slots, random);
            slots.With("procedure", char.ToLowerInvariant(procedure[0]) + procedure[1..]).With("Procedure", procedure);
        }
        else
        {
            slots.Without("procedure", "Procedure");
        }
    }
}
