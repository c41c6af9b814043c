namespace ImrSearch.Web.Security;

/// <summary>
/// Size limits enforced by the application itself, so they hold behind any server or proxy:
/// everything the site reads arrives in the query string, and nothing needs a large body.
/// </summary>
public static class RequestLimits
{
    /// <summary>Longest query string accepted; longer gets a 414 before any search runs.</summary>
    public const int MaxQueryStringLength = 8192;

    /// <summary>Largest request body Kestrel accepts.</summary>
    public const long MaxRequestBodyBytes = 64 * 1024;

    public static IApplicationBuilder UseQueryStringLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.QueryString.Value is { Length: > MaxQueryStringLength })
            {
                context.Response.StatusCode = StatusCodes.Status414UriTooLong;
                return;
            }
            await next(context);
        });
}
