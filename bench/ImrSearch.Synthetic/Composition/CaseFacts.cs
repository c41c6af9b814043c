using ImrSearch.Synthetic.Catalog;

namespace ImrSearch.Synthetic.Composition;

/// <summary>The facts of one case, fixed before any text is written so summary, items and rationales agree.</summary>
public sealed record CaseFacts(
    int? Age,
    string? Sex,
    DateOnly DateOfInjury,
    bool InjuryDateInSummary,
    BodyRegionProfile PrimaryRegion,
    BodyRegionProfile? SecondaryRegion,
    string Side,
    string[] Diagnoses,
    DateOnly UrDenialDate,
    DateOnly ApplicationReceived,
    DateOnly DateAssigned,
    DateOnly DecisionDate,
    DateOnly NoteDate,
    DateOnly PriorDate)
{
    /// <summary>
    /// Decisions a year, in thousands, 2013 to 2026. From the DWC's IMR reports as summarized in the trade press: about
    /// 12,800 eligible applications a month in 2014-2015 (154), at least 13,000 decisions a month in 2016 (156) and
    /// 14,350 a month in 2017 (172). Assumed, not found in a report read for this: 2013 (the program's first, partial
    /// year: 40), 2018-2025 (160 a year), 2026 (eleven months of 160 a year: 147).
    /// </summary>
    private static readonly (int Year, double Weight)[] DecisionYears =
    [
        (2013, 40), (2014, 154), (2015, 154), (2016, 156), (2017, 172), (2018, 160), (2019, 160), (2020, 160),
        (2021, 160), (2022, 160), (2023, 160), (2024, 160), (2025, 160), (2026, 147),
    ];

    private static readonly WeightedChoice<int> DecisionYearChoice = new(DecisionYears.Select(y => (y.Year, y.Weight)));

    public IEnumerable<BodyRegionProfile> Regions => SecondaryRegion is null ? [PrimaryRegion] : [PrimaryRegion, SecondaryRegion];

    public static CaseFacts Pick(LetterRandom random)
    {
        var year = DecisionYearChoice.Pick(random);
        // The last year is the current one: its decisions end before December.
        var ur = new DateOnly(year, 1, 1).AddDays(random.Next(year == DecisionYears[^1].Year ? 240 : 300));
        var received = ur.AddDays(random.Between(5, 30));
        var assigned = received.AddDays(random.Between(1, 10));
        var decided = assigned.AddDays(random.Between(7, 45));
        var note = ur.AddDays(-random.Between(5, 30));
        var yearsBack = random.Chance(0.7) ? random.NextDouble() * 3.5 + 0.3 : random.NextDouble() * 15 + 1;
        var injury = note.AddDays(-(int)(yearsBack * 365));
        var prior = note.AddDays(-random.Between(30, Math.Max(31, note.DayNumber - injury.DayNumber)));

        var primary = BodyRegionCatalog.Primary.Pick(random);
        BodyRegionProfile? secondary = null;
        if (random.Chance(0.3))
        {
            var other = BodyRegionCatalog.Primary.Pick(random);
            secondary = other == primary ? null : other;
        }

        var diagnoses = random.PickDistinct(primary.Diagnoses, random.Between(1, 3));
        if (secondary is not null)
        {
            diagnoses.Add(random.Pick(secondary.Diagnoses));
        }

        return new CaseFacts(
            Age: random.Chance(0.85) ? AgeAtInjuryPlus(random, injury, note) : null,
            Sex: random.Chance(0.7) ? (random.Chance(0.45) ? "female" : "male") : null,
            DateOfInjury: injury,
            InjuryDateInSummary: random.Chance(0.88),
            PrimaryRegion: primary,
            SecondaryRegion: secondary,
            Side: random.Pick(BodyRegionCatalog.Sides),
            Diagnoses: [.. diagnoses],
            UrDenialDate: ur,
            ApplicationReceived: received,
            DateAssigned: assigned,
            DecisionDate: decided,
            NoteDate: note,
            PriorDate: prior);
    }

    /// <summary>The same case with every date moved by as many days as it takes to be decided on <paramref name="decided"/>.</summary>
    public CaseFacts MovedTo(DateOnly decided)
    {
        var days = decided.DayNumber - DecisionDate.DayNumber;
        return this with
        {
            DateOfInjury = DateOfInjury.AddDays(days),
            UrDenialDate = UrDenialDate.AddDays(days),
            ApplicationReceived = ApplicationReceived.AddDays(days),
            DateAssigned = DateAssigned.AddDays(days),
            DecisionDate = decided,
            NoteDate = NoteDate.AddDays(days),
            PriorDate = PriorDate.AddDays(days),
        };
    }

    private static int AgeAtInjuryPlus(LetterRandom random, DateOnly injury, DateOnly note)
    {
        var ageAtInjury = random.Between(20, 64);
        return ageAtInjury + (note.Year - injury.Year);
    }
}
