using ImrSearch.Search;

namespace ImrSearch.Web.Security;

/// <summary>
/// A search or analysis stopped at its time budget (<see cref="SearchTimeoutException"/>) is answered 503 with
/// Retry-After and the reason, on every endpoint, instead of an error page: the request was fine, only too costly now.
/// </summary>
public static class SearchTimeouts
{
    public const int RetryAfterSeconds = 5;

    public static IApplicationBuilder UseSearchTimeouts(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (SearchTimeoutException stopped) when (!context.Response.HasStarted)
            {
                context.Response.Clear();
                await ProblemAnswers.RefuseAsync(context, StatusCodes.Status503ServiceUnavailable, RetryAfterSeconds, "Search stopped", stopped.Message);
            }
        });
}
