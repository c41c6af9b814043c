using System.Threading.RateLimiting;
using ImrSearch.Web.Configuration;
using Microsoft.AspNetCore.Mvc;

namespace ImrSearch.Web.Security;

/// <summary>
/// Per-client request budget for pages and the API (static files are exempt). A client over budget gets a 429 with
/// Retry-After, as problem details.
/// </summary>
public static class ClientRateLimiting
{
    public const string PolicyName = "per-client";

    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services, ImrSearchOptions options)
    {
        var window = TimeSpan.FromMinutes(1);
        return services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(PolicyName, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientKey(context),
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, options.RequestsPerMinute),
                    Window = window,
                    QueueLimit = 0,
                }));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var response = rejected.HttpContext.Response;
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!Api.ApiRoutes.IsApi(rejected.HttpContext))
                {
                    // Pages get the site's own "Too many requests" page from the status code pages.
                    return;
                }
                await response.WriteAsJsonAsync(
                    new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = $"This client made more than {options.RequestsPerMinute} requests in a minute. Try again after {response.Headers.RetryAfter} seconds.",
                    },
                    (System.Text.Json.JsonSerializerOptions?)null,
                    "application/problem+json",
                    cancellationToken);
            };
        });
    }

    /// <summary>The client's address: behind a reverse proxy, set ImrSearch:ForwardedHeaders so this is the reader's, not the proxy's.</summary>
    public static string ClientKey(HttpContext context) =>
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
