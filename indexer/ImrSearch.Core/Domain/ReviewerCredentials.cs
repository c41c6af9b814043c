namespace ImrSearch.Domain;

/// <summary>The expert reviewer as the letter describes them: normalized specialties and licensure states.</summary>
/// <param name="Specialties">Normalized specialty names (one spelling each, from the specialty vocabulary), in letter order; empty when none is named.</param>
/// <param name="Licensure">US state names the reviewer is licensed in, in letter order.</param>
/// <param name="Statement">The credential sentence or block as written, cleaned of PDF debris.</param>
public sealed record ReviewerCredentials(
    IReadOnlyList<string> Specialties,
    IReadOnlyList<string> Licensure,
    string Statement)
{
    public static ReviewerCredentials Unknown { get; } = new([], [], "");
}
