using Microsoft.AspNetCore.Mvc;

namespace ImrSearch.Web.Security;

/// <summary>
/// Refusals written by the site's own guards (over a limit, out of time): a status with Retry-After; for the API a
/// problem-details body saying why, for pages nothing, so the status code pages show the site's own page.
/// </summary>
internal static class ProblemAnswers
{
    public static async Task RefuseAsync(HttpContext context, int status, int retryAfterSeconds, string title, string detail)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!Api.ApiRoutes.IsApi(context))
        {
            return;
        }

        await response.WriteAsJsonAsync(
            new ProblemDetails { Status = status, Title = title, Detail = detail },
            (System.Text.Json.JsonSerializerOptions?)null,
            "application/problem+json",
            context.RequestAborted);
    }
}
