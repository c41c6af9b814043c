using System.Diagnostics;
using ImrSearch.Search.Caching;

namespace ImrSearch.Search.Execution;

/// <summary>One search as <see cref="DecisionSearcher"/> hands it to <see cref="SearchExecution.Run"/>.</summary>
/// <param name="Scope">What was asked (already validated) and the commit it is searched on, held until the search returns.</param>
/// <param name="Caches">What the searcher keeps between searches.</param>
/// <param name="MaxPass">The most hits one pass collects (<see cref="DecisionSearcherOptions.MaxHitsPerPass"/>).</param>
/// <param name="Clock">Started when the request arrived: the response's time.</param>
/// <param name="MissingDatesCounted">Called each time the items the request's date ranges leave out for want of the
/// date are counted: once per result set, whose counts every later page reuses.</param>
internal sealed record SearchPlan(SearchScope Scope, ResultCaches Caches, int MaxPass, Stopwatch Clock, Action MissingDatesCounted);
