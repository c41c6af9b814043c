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
    private static readonly (int Year, double Weight)[] DecisionYears =
        [(2013, 8), (2014, 20), (2015, 22), (2016, 18), (2017, 14), (2018, 10), (2019, 8)];

    private static readonly WeightedChoice<int> DecisionYearChoice = new(DecisionYears.Select(y => (y.Year, y.Weight)));

    public IEnumerable<BodyRegionProfile> Regions => SecondaryRegion is null ? [PrimaryRegion] : [PrimaryRegion, SecondaryRegion];

    public static CaseFacts Pick(LetterRandom random)
    {
        var year = DecisionYearChoice.Pick(random);
        var ur = new DateOnly(year, 1, 1).AddDays(random.Next(300));
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

    private static int AgeAtInjuryPlus(LetterRandom random, DateOnly injury, DateOnly note)
    {
        var ageAtInjury = random.Between(20, 64);
        return ageAtInjury + (note.Year - injury.Year);
    }
}
