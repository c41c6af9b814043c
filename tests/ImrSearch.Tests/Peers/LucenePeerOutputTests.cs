using ImrSearch.Peers;

namespace ImrSearch.Tests.Peers;

/// <summary>What LucenePeer.java writes is read into the same shape as the SQLite peer's answers.</summary>
public sealed class LucenePeerOutputTests
{
    [Fact]
    public void The_java_peers_json_is_read_query_by_query()
    {
        const string Json = """
            {"peer":"lucene","version":"8.8.1","java":"17.0.15","build":{"items":1614,"seconds":2.5,"threads":2,"indexBytes":3289737},
             "queries":[
               {"index":0,"ms":[28.0,21.5],"total":195,"totalExact":true,"highlights":30,"facets":{"decision":{"Overturned":16,"Upheld":179},"sex":{}}},
               {"index":4,"ms":[],"error":"ParseException: bad"},
               {"index":9,"ms":[3.0],"total":10000,"totalExact":false,"highlights":0,"facets":{}}]}
            """;

        var run = LucenePeer.Parse(Json);

        Assert.Equal(1614, run.Items);
        Assert.Equal(1614 / 2.5, run.ItemsPerSecond, 6);
        Assert.Equal(3289737, run.IndexBytes);
        Assert.Contains("8.8.1", run.Description);
        Assert.Equal([0, 4, 9], run.Results.Select(r => r.Index));
        Assert.Equal([28.0, 21.5], run.Results[0].Milliseconds);
        Assert.Equal(195, run.Results[0].Total);
        Assert.Equal(179, run.Results[0].Facets!["decision"]["Upheld"]);
        Assert.Null(run.Results[0].Error);
        Assert.Null(run.Results[1].Total);
        Assert.Contains("ParseException", run.Results[1].Error);
        Assert.Equal("the total is a lower bound", run.Results[2].Error);
    }
}
