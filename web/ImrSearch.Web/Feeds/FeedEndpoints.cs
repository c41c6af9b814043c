using ImrSearch.Web.Searching;

namespace ImrSearch.Web.Feeds;

public static class FeedEndpoints
{
    /// <summary>The feed endpoint's name, for links made by routing.</summary>
    public const string Name = "decision-feed";

    /// <summary><c>GET /feed.atom?</c> + a search's parameters: its newest decisions as Atom; 400 problem details for a bad search.</summary>
    public static IEndpointRouteBuilder MapDecisionFeed(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(DecisionFeed.Path, async (HttpContext context, DecisionFeed feeds) =>
        {
            var parameters = SearchParameters.From(context.Request.Query);
            if (!parameters.IsValid)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid search for a feed",
                    detail: string.Join(" ", parameters.Errors));
            }
            try
            {
                var feed = feeds.Build(parameters, context);
                return Results.Stream(output => DecisionFeed.WriteAsync(feed, output), DecisionFeed.ContentType);
            }
            catch (SearchRefusedException refused)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid search for a feed", detail: refused.Message);
            }
        }).WithName(Name);
        return routes;
    }
}
