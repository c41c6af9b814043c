namespace ImrSearch.Domain;

/// <summary>One guideline reference parsed from a guideline paragraph.</summary>
/// <param name="Source">"MTUS", "ACOEM", "ODG" or "Other".</param>
/// <param name="Document">The document or chapter in its normalized spelling ("Chronic Pain Medical Treatment Guidelines", "ACOEM Chapter 12 Low Back Complaints").</param>
/// <param name="Topic">The topic or section named ("Manual Therapy & Manipulation"), or null.</param>
/// <param name="Pages">Pages or tables as written ("58-59", "Table 8-8, 182"), or null.</param>
/// <param name="CitedBy">Whose guideline paragraph the citation came from.</param>
public sealed record GuidelineCitation(
    string Source,
    string Document,
    string? Topic,
    string? Pages,
    CitedBy CitedBy);

public enum CitedBy
{
    ClaimsAdministrator,
    ImrOrganization,
}
