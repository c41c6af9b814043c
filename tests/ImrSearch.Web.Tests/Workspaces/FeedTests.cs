using System.Globalization;
using System.Net;
using System.Xml.Linq;

namespace ImrSearch.Web.Tests.Workspaces;

/// <summary>The Atom feed of any search: valid Atom (RFC 4287's required elements), newest decisions first.</summary>
public sealed class FeedTests(SqliteSiteFixture fixture) : IClassFixture<SqliteSiteFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private async Task<XDocument> Feed(string query)
    {
        using var client = fixture.Site.NewClient();
        var response = await client.Http.GetAsync("/feed.atom" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static DateTimeOffset Rfc3339(XElement element, string name)
    {
        var text = element.Element(Atom + name)?.Value ?? throw new Xunit.Sdk.XunitException($"<{element.Name.LocalName}> has no <{name}>");
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", text);
        return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
    }

    private static void AssertValidAtom(XDocument document)
    {
        var feed = document.Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        // atom:feed: exactly one id (an absolute IRI), title and updated; an author, since entries have none.
        Assert.Single(feed.Elements(Atom + "id"));
        Assert.True(Uri.IsWellFormedUriString(feed.Element(Atom + "id")!.Value, UriKind.Absolute));
        Assert.Single(feed.Elements(Atom + "title"));
        Assert.Single(feed.Elements(Atom + "updated"));
        Rfc3339(feed, "updated");
        Assert.NotEmpty(feed.Elements(Atom + "author").Elements(Atom + "name"));
        var self = feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self");
        Assert.Equal("application/atom+xml", (string?)self.Attribute("type"));
        // No two alternate links with the same type and hreflang.
        Assert.True(feed.Elements(Atom + "link").Count(l => (string?)l.Attribute("rel") is null or "alternate") <= 1);
        var ids = new HashSet<string>();
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            Assert.Single(entry.Elements(Atom + "id"));
            Assert.True(ids.Add(entry.Element(Atom + "id")!.Value), "entry ids are unique");
            Assert.True(Uri.IsWellFormedUriString(entry.Element(Atom + "id")!.Value, UriKind.Absolute));
            Assert.Single(entry.Elements(Atom + "title"));
            Assert.Single(entry.Elements(Atom + "updated"));
            Rfc3339(entry, "updated");
            Assert.True(entry.Elements(Atom + "content").Any() || entry.Elements(Atom + "summary").Any());
            Assert.Contains(entry.Elements(Atom + "link"), l => (string?)l.Attribute("rel") is null or "alternate");
        }
    }

    [Fact]
    public async Task Every_search_has_a_valid_atom_feed_of_its_newest_decisions_first()
    {
        var feed = await Feed("");
        AssertValidAtom(feed);
        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(10, entries.Count);
        var dates = entries.Select(e => Rfc3339(e, "updated")).ToList();
        Assert.Equal(dates.OrderByDescending(d => d).ToList(), dates);
        // The newest letter of the dated corpus (CM15-0000002, 2015-09-01) comes first, the oldest (2013) last.
        Assert.Contains("/case/CM15-0000002#item-", entries[0].Element(Atom + "id")!.Value);
        Assert.Equal(new DateTimeOffset(2015, 9, 1, 0, 0, 0, TimeSpan.Zero), dates[0]);
        Assert.Equal(new DateTimeOffset(2013, 6, 20, 0, 0, 0, TimeSpan.Zero), dates[^1]);
        Assert.Equal(dates[0], Rfc3339(feed.Root!, "updated"));
    }

    [Fact]
    public async Task A_filtered_search_feeds_only_its_matches_and_ignores_the_pages_sort()
    {
        var feed = await Feed("?q=MRI&decision=Upheld&sort=case&page=2");
        AssertValidAtom(feed);
        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Contains(e.Elements(Atom + "category"), c => (string?)c.Attribute("term") == "Upheld"));
        var dates = entries.Select(e => Rfc3339(e, "updated")).ToList();
        Assert.Equal(dates.OrderByDescending(d => d).ToList(), dates);
        var self = (string?)feed.Root!.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href");
        Assert.EndsWith("/feed.atom?q=MRI&decision=Upheld", self);
    }

    [Fact]
    public async Task The_search_page_links_its_feed_and_a_bad_search_is_a_400_problem()
    {
        using var client = fixture.Site.NewClient();
        var page = await client.Page("/?q=knee&bodyRegion=Knee&sort=newest&page=1");
        var alternate = page.Document.QuerySelector("head link[rel=alternate][type='application/atom+xml']");
        Assert.Equal("/feed.atom?q=knee&bodyRegion=Knee", alternate?.GetAttribute("href"));
        Assert.Equal("/feed.atom?q=knee&bodyRegion=Knee", page.Document.QuerySelector("#feed-link")?.GetAttribute("href"));

        var bad = await client.Http.GetAsync("/feed.atom?q=" + new string('a', 1001));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
    }
}
