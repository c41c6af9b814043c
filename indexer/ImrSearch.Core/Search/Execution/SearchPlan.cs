using System.Diagnostics;
using ImrSearch.Search.Caching;
using ImrSearch.Search.Querying;

namespace ImrSearch.Search.Execution;

/// <summary>One search as <see cref="DecisionSearcher"/> hands it to <see cref="SearchExecution.Run"/>.</summary>
/// <param name="Commit">The commit searched, held by the caller until the search returns.</param>
/// <param name="Request">What was asked, already validated.</param>
/// <param name="Reading">How the query text is read.</param>
/// <param name="Caches">What the searcher keeps between searches.</param>
/// <param name="MaxPass">The most hits one pass collects (<see cref="DecisionSearcherOptions.MaxHitsPerPass"/>).</param>
/// <param name="Clock">Started when the request arrived: the response's time.</param>
internal sealed record SearchPlan(OpenedCommit Commit, SearchRequest Request, QueryReading Reading, ResultCaches Caches, int MaxPass, Stopwatch Clock);
