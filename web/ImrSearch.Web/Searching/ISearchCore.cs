using ImrSearch.Domain;
using ImrSearch.Search;
using ImrSearch.Web.Cases;

namespace ImrSearch.Web.Searching;

/// <summary>
/// What the site needs from the search core: one shared, thread-safe instance for the whole process, which picks up
/// new index commits by itself.
/// </summary>
public interface ISearchCore
{
    /// <summary>Runs a search. Throws <see cref="SearchRefusedException"/> for a request the core refuses.</summary>
    SearchResponse Search(SearchRequest request);

    /// <summary>
    /// <see cref="Search"/> without holding a thread while the search waits its turn for a core (the search page and
    /// the JSON search API, the site's busiest requests). Throws as <see cref="Search"/> does.
    /// </summary>
    Task<SearchResponse> SearchAsync(SearchRequest request, CancellationToken cancellation);

    /// <summary>
    /// Every hit of a search, in page order and without highlights, read as it is enumerated (for exports). Throws
    /// <see cref="SearchRefusedException"/> for a request the core refuses, before any hit.
    /// </summary>
    IEnumerable<SearchHit> SearchAll(SearchRequest request);

    /// <summary>The whole determination, or null when no case has that id.</summary>
    Determination? FindCase(string caseId);

    /// <summary>The determination's texts for the case page, with the query's matches marked as in result passages.</summary>
    CaseView ViewCase(Determination determination, string? query);
}

/// <summary>A request the search core refused, with a message meant for the person who made it (a 400).</summary>
public sealed class SearchRefusedException(string message, Exception? inner = null) : Exception(message, inner);
