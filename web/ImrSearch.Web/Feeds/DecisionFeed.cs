using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;
using ImrSearch.Search;
using ImrSearch.Web.Searching;
using ImrSearch.Web.Workspaces;

namespace ImrSearch.Web.Feeds;

/// <summary>
/// The Atom feed of a search: its newest matching decided items, newest first, one entry per item. Any search URL
/// becomes a feed by putting <c>/feed.atom</c> in front of its query string (sort, page and size are the feed's own).
/// </summary>
public sealed class DecisionFeed(ISearchCore search, LinkGenerator links)
{
    public const int Entries = 50;
    public const string Path = "/feed.atom";
    public const string ContentType = "application/atom+xml; charset=utf-8";

    /// <summary>The route values of a search's feed, for the pages' <c>&lt;link rel="alternate"&gt;</c> and feed links.</summary>
    public static RouteValueDictionary RouteValuesOf(SearchParameters parameters) => FeedSearch(parameters).ToRouteValues();

    /// <summary>The search as its feed is named: sort, page and size are the feed's own.</summary>
    private static SearchParameters FeedSearch(SearchParameters parameters) =>
        parameters with { Page = 1, Size = SearchRequest.DefaultPageSize, Sort = SearchSort.Relevance };

    /// <param name="context">The feed's request: its links are absolute URLs on the same site, made by routing.</param>
    public SyndicationFeed Build(SearchParameters parameters, HttpContext context)
    {
        var response = search.Search((parameters with { Sort = SearchSort.Newest, Page = 1, Size = Entries }).ToRequest(facetTopN: 1));
        var entries = new List<SyndicationItem>();
        foreach (var hit in response.Hits)
        {
            var determination = search.FindCase(hit.CaseId);
            var date = determination is null ? null : IndexedItems.DateOf(determination);
            entries.Add(Entry(hit, date, CaseLinks.AbsoluteCaseUrl(context.Request, hit.CaseId, hit.ItemIndex)));
        }

        var searchPage = links.GetUriByPage(context, "/Index", values: (parameters with { Page = 1, Size = SearchRequest.DefaultPageSize }).ToRouteValues())
            ?? throw new InvalidOperationException("Routing has no URL for the search page.");
        var self = links.GetUriByName(context, FeedEndpoints.Name, RouteValuesOf(parameters))
            ?? throw new InvalidOperationException("Routing has no URL for the feed.");
        var described = parameters.Query.Length > 0 ? $"“{parameters.Query}”" : "all decisions";
        if (parameters.HasFilters)
        {
            described += " (" + string.Join("; ", parameters.Selections.GroupBy(s => s.Dimension.Label)
                .Select(g => g.Key + ": " + string.Join(" or ", g.Select(s => s.Value)))) + ")";
        }
        var feed = new SyndicationFeed(
            "ImrSearch: newest IMR decisions for " + described,
            $"The {Entries} most recent decided items matching {described}, newest first. {response.Total:N0} match in all.",
            new Uri(searchPage),
            self,
            entries.Count > 0 ? entries.Max(e => e.LastUpdatedTime) : DateTimeOffset.UnixEpoch,
            entries)
        {
            Generator = "ImrSearch",
            Language = "en",
        };
        feed.Authors.Add(new SyndicationPerson { Name = "ImrSearch" });
        feed.Links.Add(new SyndicationLink(new Uri(self), "self", feed.Title.Text, "application/atom+xml", 0));
        return feed;
    }

    public static async Task WriteAsync(SyndicationFeed feed, Stream output)
    {
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new System.Text.UTF8Encoding(false) };
        await using var writer = XmlWriter.Create(output, settings);
        new Atom10FeedFormatter(feed).WriteTo(writer);
        await writer.FlushAsync();
    }

    private static SyndicationItem Entry(SearchHit hit, DateOnly? date, string url)
    {
        // Undated letters sort last; they carry the first day of their year, else the epoch, since Atom needs a date.
        var when = date is DateOnly known
            ? new DateTimeOffset(known.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : hit.DecisionYear is int year ? new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero) : DateTimeOffset.UnixEpoch;
        var passage = hit.Highlights.Count > 0 ? hit.Highlights[0].Text : "";
        var facts = $"Case {hit.CaseId}, item {(hit.ItemIndex + 1).ToString(CultureInfo.InvariantCulture)}: {hit.Decision}. " +
            $"{hit.Treatment}{(hit.BodyRegion is { Length: > 0 } region ? ", " + region : "")}" +
            (date is DateOnly d ? $"; decided {d:yyyy-MM-dd}." : ".");
        var entry = new SyndicationItem($"{hit.Item}: {hit.Decision}", facts + (passage.Length > 0 ? " " + passage : ""), new Uri(url), url, when)
        {
            PublishDate = when,
        };
        entry.Categories.Add(new SyndicationCategory(hit.Decision.ToString()));
        entry.Categories.Add(new SyndicationCategory(hit.Treatment));
        return entry;
    }
}
