namespace ImrSearch.Synthetic.Catalog;

/// <summary>
/// A reviewer specialty: its normalized name (the expected parser value), how letters write it, how often it
/// reviews each family of items, and the subspecialties it may carry.
/// </summary>
/// <param name="Name">Normalized specialty (the expected parser value).</param>
/// <param name="SentenceForms">How the credential sentence writes it after "Board Certified in".</param>
/// <param name="BlockForms">How the Certification(s)/Specialty block writes it.</param>
/// <param name="Affinity">Relative weight of this specialty reviewing each family of items.</param>
/// <param name="Subspecialties">Subspecialties and how often one is named.</param>
/// <param name="LicenseSentence">Wording for non-physician reviewers ("a Licensed Chiropractor") instead of "Board Certified in".</param>
public sealed record ReviewerSpecialty(
    string Name,
    string[] SentenceForms,
    string[] BlockForms,
    IReadOnlyDictionary<TreatmentFamily, double> Affinity,
    Subspecialty[] Subspecialties,
    double SubspecialtyRate,
    string? LicenseSentence = null);

/// <param name="Name">Normalized name (the expected parser value).</param>
/// <param name="Written">How the letter writes it.</param>
public sealed record Subspecialty(string Name, string Written);
