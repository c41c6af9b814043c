using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace ImrSearch.Web.Pages;

/// <summary>The page shown for an error status with no body of its own (an unknown address, a too-long URL).</summary>
/// <remarks>Exempt from rate limiting: it is what a client over its budget is shown.</remarks>
[DisableRateLimiting]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code)
    {
        Code = code;
        if (code is >= 400 and < 600)
        {
            Response.StatusCode = code;
        }
    }

    public (string Title, string Explanation) Message => Code switch
    {
        404 => ("Page not found", "There is no page at that address. It may have been mistyped, or the link may be out of date."),
        414 => ("Address too long", "That address is longer than the site accepts. Shorten the query or use fewer filters."),
        429 => ("Too many requests", "This computer sent too many requests in a short time. Wait a minute and try again."),
        503 => ("Too busy or too slow", "That request needed more time than the site gives one request, or the site is answering as many such requests as it can. Narrow the search (fewer wildcards or alternatives) or try again in a few seconds."),
        _ => ("That request could not be answered", "The site could not answer that request. Go back and try again."),
    };
}
