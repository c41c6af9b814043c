using System.Globalization;
using System.Text;

namespace ImrSearch.Domain;

/// <summary>One guideline reference parsed from a guideline paragraph: one topic of one document, as the letter wrote it.</summary>
/// <param name="Source">"MTUS", "ACOEM", "ODG" or "Other".</param>
/// <param name="Document">The document or chapter in its normalized spelling ("Chronic Pain Medical Treatment Guidelines", "ACOEM Chapter 12 Low Back Complaints").</param>
/// <param name="Topic">The topic or section named ("Manual Therapy &amp; Manipulation"), or null. Never holds pages, the
/// regulation reference, the edition or the page total: those have their own fields.</param>
/// <param name="Pages">Pages or tables of this topic as written ("58-59", "Table 8-8, 182"), or null.</param>
/// <param name="CitedBy">Whose guideline paragraph the citation came from.</param>
/// <param name="Regulation">The regulation the letter cites the document by ("8 C.C.R. 9792.20 - 9792.26"), or null.</param>
/// <param name="Edition">The edition the letter names ("Effective July 18, 2009", "2009"), or null.</param>
/// <param name="PageTotal">The document's page count the letter gives after the pages ("of 127"), or null.</param>
public sealed record GuidelineCitation(
    string Source,
    string Document,
    string? Topic,
    string? Pages,
    CitedBy CitedBy,
    string? Regulation = null,
    GuidelineEdition? Edition = null,
    int? PageTotal = null)
{
    /// <summary>One line for lists and exports: "MTUS Chronic Pain Medical Treatment Guidelines (effective July 18, 2009), Tramadol, p. 93-94, 113 of 127".</summary>
    public string Describe() => Describe(withRegulation: false);

    /// <summary>As <see cref="Describe()"/>, with the regulation reference when the letter gives one (case pages).</summary>
    public string DescribeInFull() => Describe(withRegulation: true);

    private string Describe(bool withRegulation)
    {
        var text = new StringBuilder(Source == Document || Document.StartsWith(Source, StringComparison.Ordinal) ? Document : $"{Source} {Document}");
        var qualifiers = new List<string>(2);
        if (withRegulation && Regulation is { Length: > 0 })
        {
            qualifiers.Add(Regulation);
        }

        if (Edition is not null)
        {
            qualifiers.Add(Edition.Describe());
        }

        if (qualifiers.Count > 0)
        {
            text.Append(" (").AppendJoin(", ", qualifiers).Append(')');
        }

        if (!string.IsNullOrWhiteSpace(Topic))
        {
            text.Append(", ").Append(Topic);
        }

        if (!string.IsNullOrWhiteSpace(Pages))
        {
            // "58-59" reads as pages; "Table 8-8, 182" already says what it is.
            text.Append(", ").Append(char.IsAsciiDigit(Pages[0]) ? "p. " + Pages : Pages);
            if (PageTotal is { } total)
            {
                text.Append(" of ").Append(total.ToString(CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }
}

public enum CitedBy
{
    ClaimsAdministrator,
    ImrOrganization,
}
