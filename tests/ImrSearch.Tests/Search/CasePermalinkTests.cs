using ImrSearch.Tests.Index;

namespace ImrSearch.Tests.Search;

/// <summary>A case is found by the official case number its letter states, and still by its file's id.</summary>
public sealed class CasePermalinkTests
{
    [Fact]
    public void A_case_is_found_by_its_case_number_and_by_its_file_id()
    {
        using var index = SearchIndex.Of(
            SampleDeterminations.NeurologyPhysicalTherapy("letter-17.txt") with { CaseId = "CM15-0104417", CaseNumber = "CM15-0104417" },
            SampleDeterminations.PreventiveMedicineMri("004_0ee5ec402ea739f4.txt") with { CaseId = "004_0ee5ec402ea739f4" });

        Assert.Equal("CM15-0104417", index.Searcher.FindCase("CM15-0104417")?.CaseId);
        Assert.Equal("CM15-0104417", index.Searcher.FindCase("cm15-0104417")?.CaseId);
        Assert.Equal("CM15-0104417", index.Searcher.FindCase("letter-17")?.CaseId);
        Assert.Equal("004_0ee5ec402ea739f4", index.Searcher.FindCase("004_0ee5ec402ea739f4")?.CaseId);
        Assert.Null(index.Searcher.FindCase("letter-18"));
    }
}
