using ImrSearch.Peers;

namespace ImrSearch.Tests.Peers;

/// <summary>The mix's classic syntax in FTS5 terms, facets and years as SQL conditions.</summary>
public sealed class Fts5QueryTests
{
    [Theory]
    [InlineData("tramadol", "\"tramadol\"")]
    [InlineData("\"functional improvement\"", "\"functional improvement\"")]
    [InlineData("\"pain relief\"~3", "NEAR(\"pain\" \"relief\", 3)")]
    [InlineData("+MRI +knee -surgery", "\"MRI\" AND \"knee\" NOT \"surgery\"")]
    [InlineData("acupuncture NOT chiropractic", "\"acupuncture\" NOT \"chiropractic\"")]
    [InlineData("(tramadol OR Norco) AND weaning", "(\"tramadol\" OR \"Norco\") AND \"weaning\"")]
    [InlineData("opioid* AND -tramadol", "\"opioid\" * NOT \"tramadol\"")]
    [InlineData("TENS NOT H-wave", "\"TENS\" NOT \"H-wave\"")]
    [InlineData("summary:firefighter", "summary : \"firefighter\"")]
    [InlineData("rationale:\"sleep hygiene\"", "rationale : \"sleep hygiene\"")]
    public void Words_phrases_and_operators_become_an_fts5_expression(string query, string match)
    {
        var translated = Fts5Query.Translate(query);

        Assert.Null(translated.Unsupported);
        Assert.Equal(match, translated.Match);
    }

    [Fact]
    public void Facet_fields_and_year_ranges_become_conditions()
    {
        var both = Fts5Query.Translate("item:\"physical therapy\" AND bodyRegion:\"lumbar spine\"");
        Assert.Equal("item : \"physical therapy\"", both.Match);
        Assert.Equal([new FacetWords("bodyRegion", "lumbar spine")], both.Facets);

        var years = Fts5Query.Translate("year:[2015 TO 2016]");
        Assert.Null(years.Match);
        Assert.Equal((2015, 2016), years.Years);
    }

    [Theory]
    [InlineData("-surgery")]
    [InlineData("(tramadol OR specialty:psychiatry)")]
    [InlineData("\"unclosed")]
    [InlineData("tra*dol")]
    public void What_fts5_cannot_say_is_reported_not_guessed(string query)
    {
        var translated = Fts5Query.Translate(query);

        Assert.NotNull(translated.Unsupported);
        Assert.Null(translated.Match);
    }
}
