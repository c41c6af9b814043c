namespace ImrSearch.Search;

/// <summary>
/// A search request with a parameter outside what the searcher accepts (page below 1, page size outside 10..100,
/// unknown facet dimension). The message is written for the person who sent the request (an HTTP 400 body).
/// A malformed query is not this exception: it runs literally and sets <see cref="SearchResponse.Warning"/>.
/// </summary>
public sealed class SearchRequestException(string message) : Exception(message);
