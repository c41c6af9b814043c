using ImrSearch.Search;
using ImrSearch.Web.Configuration;

namespace ImrSearch.Web.Searching;

public static class SearchWarmUpAtStart
{
    /// <summary>
    /// Opens the index and runs the searcher's warm-up (<see cref="DecisionSearcher.WarmUp"/>) for up to
    /// <see cref="ImrSearchOptions.WarmUpSeconds"/>, before the site listens: a failed warm-up is logged and the site
    /// starts all the same.
    /// </summary>
    public static void WarmUpSearch(this WebApplication app)
    {
        var seconds = app.Services.GetRequiredService<ImrSearchOptions>().WarmUpSeconds;
        var logger = app.Services.GetRequiredService<ILogger<DecisionSearcher>>();
        if (!(seconds > 0))
        {
            return;
        }

        try
        {
            var report = app.Services.GetRequiredService<DecisionSearcher>().WarmUp(TimeSpan.FromSeconds(Math.Min(seconds, 600)), app.Lifetime.ApplicationStopping);
            logger.LogInformation("Search warmed up: {Searches} searches in {Rounds} rounds, {Seconds:N1} s.", report.Searches, report.Rounds, report.Elapsed.TotalSeconds);
        }
        catch (OperationCanceledException)
        {
            // Stopped before it started listening: nothing to warm for.
        }
        catch (Exception e)
        {
            // The searches of a warm-up are the site's own; one that fails here would fail for a person too, and is
            // better reported than keeping the site from starting.
            logger.LogWarning(e, "Search warm-up stopped: {Message}", e.Message);
        }
    }
}
