namespace ImrSearch.Web.Api;

public static class ApiRoutes
{
    /// <summary>JSON endpoints answer errors as problem details, never with an HTML page.</summary>
    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
