using ImrSearch.Domain;
using ImrSearch.Synthetic.Catalog;

namespace ImrSearch.Synthetic.Composition;

/// <summary>The "HOW THE IMR FINAL DETERMINATION WAS MADE" section: the boilerplate and the reviewer's credentials.</summary>
public static class ReviewerComposer
{
    private const string Opening =
        "MAXIMUS Federal Services sent the complete case file to an expert reviewer. He/she has no affiliation with the employer, employee, providers or the claims administrator.";

    private const string Experience =
        "He/she has been in active clinical practice for more than five years and is currently working at least 24 hours a week in active practice.";

    private const string Closing =
        " The expert reviewer was selected based on his/her clinical experience, education, background, and expertise in the same or similar specialties that evaluate and/or treat the medical condition and disputed {0}. He/she is familiar with governing laws and regulations, including the strength of evidence hierarchy that applies to Independent Medical Review determinations.";

    /// <summary>The section's paragraph, the credential block lines (empty in sentence style), and the truth.</summary>
    public static (string Paragraph, IReadOnlyList<string> BlockLines, ReviewerCredentials Truth) Compose(
        ReviewerSpecialty specialty, LetterStyle style, LetterRandom random)
    {
        var subspecialty = specialty.Subspecialties.Length > 0 && random.Chance(specialty.SubspecialtyRate)
            ? random.Pick(specialty.Subspecialties)
            : null;
        var specialties = subspecialty is null ? new List<string> { specialty.Name } : [specialty.Name, subspecialty.Name];

        if (style.Credentials == CredentialStyle.Sentence)
        {
            var credential = specialty.LicenseSentence is { } license
                ? subspecialty is null
                    ? $"The expert reviewer is {license} and is licensed to practice in California."
                    : $"The expert reviewer is {license}, has a subspecialty in {subspecialty.Written} and is licensed to practice in California."
                : subspecialty is null
                    ? $"The expert reviewer is Board Certified in {random.Pick(specialty.SentenceForms)} and is licensed to practice in California."
                    : $"The expert reviewer is Board Certified in {random.Pick(specialty.SentenceForms)}, has a subspecialty in {subspecialty.Written} and is licensed to practice in California.";
            var paragraph = $"{Opening} {credential} {Experience}{string.Format(System.Globalization.CultureInfo.InvariantCulture, Closing, "items/services")}";
            return (paragraph, [], new ReviewerCredentials(specialties, ["California"], credential));
        }

        var states = random.PickDistinct(ReviewerCatalog.OtherStates, random.Next(10) switch { < 4 => 0, < 8 => 1, _ => 2 });
        states.Insert(random.Chance(0.7) ? states.Count : random.Next(states.Count + 1), "California");
        var written = new List<string> { random.Pick(specialty.BlockForms) };
        if (subspecialty is not null)
        {
            written.Add(subspecialty.Written);
        }

        var licensureLine = "State(s) of Licensure: " + string.Join(", ", states);
        var specialtyLine = "Certification(s)/Specialty: " + string.Join(", ", written);
        var blockParagraph = $"{Opening} {Experience}{string.Format(System.Globalization.CultureInfo.InvariantCulture, Closing, "items/Service")}";
        return (blockParagraph,
            ["The Expert Reviewer has the following credentials:", licensureLine, specialtyLine],
            new ReviewerCredentials(specialties, states, licensureLine + "\n" + specialtyLine));
    }
}
