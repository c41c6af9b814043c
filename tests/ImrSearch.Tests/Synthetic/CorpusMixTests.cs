using ImrSearch.Domain;
using ImrSearch.Synthetic.Catalog;

namespace ImrSearch.Tests.Synthetic;

/// <summary>The generated mix follows the state's IMR reports: what is disputed, how it is decided, who decides it.</summary>
[Collection(nameof(GeneratedSample))]
public sealed class CorpusMixTests(GeneratedSample sample)
{
    private static readonly Dictionary<string, TreatmentFamily> FamilyOfCategory = TreatmentCatalog.All
        .GroupBy(k => k.Category)
        .ToDictionary(g => g.Key, g => g.First().Family);

    private IReadOnlyList<DecidedItem> Items => sample.Letters.SelectMany(l => l.Truth.Decisions).ToList();

    [Fact]
    public void About_four_in_ten_items_are_pharmaceuticals_and_three_in_ten_of_those_opioids()
    {
        var pharmaceuticals = Items.Where(i => FamilyOfCategory[i.Treatment] == TreatmentFamily.Pharmaceutical).ToList();
        var opioids = pharmaceuticals.Count(i => i.Treatment == PharmaceuticalKinds.Opioids.Category);

        Assert.InRange((double)pharmaceuticals.Count / Items.Count, 0.36, 0.44);
        Assert.InRange((double)opioids / pharmaceuticals.Count, 0.25, 0.35);
    }

    [Fact]
    public void The_other_families_follow_in_the_reported_order()
    {
        double Share(TreatmentFamily family) => (double)Items.Count(i => FamilyOfCategory[i.Treatment] == family) / Items.Count;

        Assert.True(Share(TreatmentFamily.PhysicalMedicine) > Share(TreatmentFamily.Injection));
        Assert.True(Share(TreatmentFamily.Diagnostic) > Share(TreatmentFamily.Surgery));
        foreach (var family in Enum.GetValues<TreatmentFamily>())
        {
            Assert.True(Share(family) > 0.01, $"{family} is almost absent");
        }
    }

    [Fact]
    public void Decisions_spread_over_2013_to_2026_with_the_first_year_the_smallest()
    {
        var dates = sample.Letters.Select(l => l.Truth.Dates.DecisionDate).OfType<DateOnly>().ToList();
        var years = dates.GroupBy(d => d.Year).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(Enumerable.Range(2013, 14), years.Keys.Order());
        Assert.Equal(2013, years.MinBy(y => y.Value).Key);
        Assert.All(dates, d => Assert.True(d < new DateOnly(2026, 12, 1), $"a decision after November 2026: {d}"));
        // 2017 had the most decisions a month of the years reported (14,350).
        Assert.True(years[2017] > years[2014] * 0.95);
    }

    [Fact]
    public void Roughly_nine_in_ten_items_are_upheld()
    {
        var upheld = (double)Items.Count(i => i.Decision == Decision.Upheld) / Items.Count;

        Assert.InRange(upheld, 0.86, 0.94);
        Assert.InRange(TreatmentCatalog.ExpectedOverturnRate, 0.06, 0.14);
    }

    [Fact]
    public void Physical_medicine_and_occupational_medicine_review_the_most_cases()
    {
        var bySpecialty = sample.Letters
            .GroupBy(l => l.Truth.Reviewer.Specialties[0])
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .ToList();

        Assert.Equal(["Physical Medicine and Rehabilitation", "Occupational Medicine"], bySpecialty.Take(2));
        Assert.True(bySpecialty.Count >= 10);
    }

    [Fact]
    public void Items_average_over_three_per_letter_so_a_million_items_take_about_300000_letters()
    {
        var perLetter = (double)Items.Count / sample.Letters.Count;

        Assert.InRange(perLetter, 3.0, 3.6);
    }

    [Fact]
    public void Psychological_items_go_mostly_to_psychiatrists_and_psychologists()
    {
        var psychLetters = sample.Letters
            .Where(l => FamilyOfCategory[l.Truth.Decisions[0].Treatment] == TreatmentFamily.Psychological)
            .ToList();

        var byMentalHealth = psychLetters.Count(l => l.Truth.Reviewer.Specialties[0] is "Psychiatry" or "Psychology");
        Assert.True(byMentalHealth > psychLetters.Count * 0.8);
    }

    [Fact]
    public void Citations_draw_on_mtus_acoem_and_odg_with_pages_as_the_guidelines_number_them()
    {
        var citations = Items.SelectMany(i => i.Citations).ToList();

        Assert.Equal(["ACOEM", "MTUS", "ODG", "Other"], citations.Select(c => c.Source).Distinct().Order());
        Assert.Contains(citations, c => c.Pages == "78-80");
        Assert.Contains(citations, c => c.Pages == "Table 8-8, 182");
        Assert.Contains(citations, c => c.Pages == "98-99");
        Assert.All(Items, i => Assert.Contains(i.Citations, c => c.CitedBy == CitedBy.ImrOrganization));
    }
}
