namespace ImrSearch.Search;

/// <summary>The order of a result list; ties always fall to document order (see <c>SearchSorts</c>).</summary>
public enum SearchSort
{
    Relevance,
    Newest,
    Case,
}
