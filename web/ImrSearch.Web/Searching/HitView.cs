using ImrSearch.Domain;
using ImrSearch.Search;

namespace ImrSearch.Web.Searching;

/// <summary>A result as the search page shows it: the hit, and the query so the case link carries it.</summary>
public sealed record HitView(SearchHit Hit, string Query)
{
    /// <summary>The reviewer's own citations (what the decision rests on); the claims administrator's when there are none.</summary>
    public IReadOnlyList<GuidelineCitation> ReviewerCitations => ReviewerCitationsOf(Hit);

    public static IReadOnlyList<GuidelineCitation> ReviewerCitationsOf(SearchHit hit) =>
        hit.Citations.Any(c => c.CitedBy == CitedBy.ImrOrganization)
            ? hit.Citations.Where(c => c.CitedBy == CitedBy.ImrOrganization).ToList()
            : hit.Citations;

    /// <summary>One citation on one line, with the edition and page total the letter names (see <see cref="GuidelineCitation.Describe()"/>).</summary>
    public static string Describe(GuidelineCitation citation) => citation.Describe();
}
