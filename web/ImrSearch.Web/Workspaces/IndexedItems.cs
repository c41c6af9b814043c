using ImrSearch.Domain;
using ImrSearch.Search;
using ImrSearch.Web.Cases;
using ImrSearch.Web.Searching;

namespace ImrSearch.Web.Workspaces;

/// <summary>A decided item as the index holds it now.</summary>
public sealed record IndexedItem(Determination Case, DecidedItem Item)
{
    public DateOnly? Date => IndexedItems.DateOf(Case);
}

/// <summary>
/// Looks up what users saved in the current index. The database never holds decisions, so an item may have left the
/// index since it was saved: then the answer is null, and the pages say "no longer in the index".
/// </summary>
public sealed class IndexedItems(ISearchCore search)
{
    /// <summary>Searches counting new decisions stop here, so a vague search costs a bounded number of case reads.</summary>
    public const int MaxNewCounted = 1_000;

    public IndexedItem? Find(string caseId, int itemIndex)
    {
        if (!CaseIdRules.IsPlausible(caseId))
        {
            return null;
        }
        var determination = search.FindCase(caseId);
        var item = determination?.Decisions.FirstOrDefault(d => d.Index == itemIndex);
        return item is null ? null : new IndexedItem(determination!, item);
    }

    /// <summary>The date the newest-first sort orders by: the decision date, else the assignment date.</summary>
    public static DateOnly? DateOf(Determination determination) =>
        determination.Dates.DecisionDate ?? determination.Dates.DateAssigned;

    /// <summary>The newest decision date among a search's matches, or null when none is dated.</summary>
    public DateOnly? NewestDate(SearchParameters parameters) =>
        NewestFirst(parameters).Select(date => date).FirstOrDefault(date => date is not null);

    /// <summary>How many matching items are dated after <paramref name="seenThrough"/> (at most <see cref="MaxNewCounted"/>).</summary>
    public int CountNewerThan(SearchParameters parameters, DateOnly? seenThrough)
    {
        var count = 0;
        foreach (var date in NewestFirst(parameters))
        {
            if (date is null || (seenThrough is DateOnly seen && date <= seen) || ++count >= MaxNewCounted)
            {
                break;
            }
        }
        return count;
    }

    /// <summary>Each matching item's date, newest first; undated items come last, as the sort puts them.</summary>
    private IEnumerable<DateOnly?> NewestFirst(SearchParameters parameters)
    {
        var request = (parameters with { Sort = SearchSort.Newest, Page = 1, Size = SearchRequest.MaxPageSize }).ToRequest();
        var dates = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);
        foreach (var hit in search.SearchAll(request))
        {
            if (!dates.TryGetValue(hit.CaseId, out var date))
            {
                date = search.FindCase(hit.CaseId) is { } found ? DateOf(found) : null;
                dates[hit.CaseId] = date;
            }
            yield return date;
        }
    }
}
