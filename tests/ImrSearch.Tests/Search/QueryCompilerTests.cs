using ImrSearch.Analysis;
using ImrSearch.Search.Querying;
using Lucene.Net.Search;

namespace ImrSearch.Tests.Search;

public sealed class QueryCompilerTests
{
    private static readonly ImrAnalyzer Analyzer = ImrAnalyzer.ForQueries();

    private static CompiledQuery Compile(string? query) => QueryCompiler.Compile(query, Analyzer);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*")]
    [InlineData("*:*")]
    public void An_empty_query_browses_everything(string? query)
    {
        var compiled = Compile(query);

        Assert.True(compiled.MatchesEverything);
        Assert.IsType<MatchAllDocsQuery>(compiled.Query);
        Assert.Empty(compiled.Notes);
    }

    [Fact]
    public void Words_are_required_in_any_default_field_with_item_boosted_above_rationale_above_summary()
    {
        var query = Assert.IsType<BooleanQuery>(Compile("chiropractic manipulations").Query);

        Assert.Equal(2, query.Clauses.Count);
        Assert.All(query.Clauses, c => Assert.Equal(Occur.MUST, c.Occur));
        var text = query.ToString();
        Assert.Contains("item:chiropract^4.0", text);
        Assert.Contains("rationale:chiropract^2.0", text);
        Assert.Contains("summary:chiropract", text);
        Assert.Contains("guidelineText:manipul^0.5", text);
        Assert.True(ImrQueryParser.DefaultFieldBoosts["item"] > ImrQueryParser.DefaultFieldBoosts["rationale"]);
        Assert.True(ImrQueryParser.DefaultFieldBoosts["rationale"] > ImrQueryParser.DefaultFieldBoosts["summary"]);
    }

    [Theory]
    [InlineData("item:knee", "item:knee")]
    [InlineData("ITEM:knee", "item:knee")]
    [InlineData("Rationale:\"return to work\"", "rationale:\"return ? work\"")]
    [InlineData("summary:knee", "summary:knee")]
    [InlineData("decision:OVERTURNED", "filter.decision:overturned")]
    [InlineData("Decision:Upheld", "filter.decision:upheld")]
    [InlineData("treatment:\"Physical Therapy\"", "filter.treatment:physical therapy")]
    [InlineData("bodyRegion:lumbar", "filter.bodyRegion:lumbar *")]
    [InlineData("BODYREGION:lumbar", "filter.bodyRegion:* lumbar *")]
    [InlineData("specialty:neurology", "filter.specialty:neurology")]
    [InlineData("guideline:ODG", "guidelineText:odg")]
    [InlineData("guideline:ODG", "filter.guideline:odg")]
    [InlineData("case:cm13-0012345", "caseId:CM13-0012345")]
    [InlineData("year:2015", "year:[2015 TO 2015]")]
    [InlineData("year:[2014 TO 2016]", "year:[2014 TO 2016]")]
    [InlineData("year:[2014 TO *]", "year:[2014 TO *]")]
    [InlineData("sex:female", "filter.sex:female")]
    [InlineData("item:chiro*", "item:chiro*")]
    public void Friendly_field_names_map_onto_the_schema(string query, string expected)
    {
        var compiled = Compile(query);

        Assert.Empty(compiled.Notes);
        Assert.Contains(expected, compiled.Query.ToString());
    }

    [Fact]
    public void A_field_restriction_keeps_the_word_out_of_other_fields()
    {
        var text = Compile("summary:knee").Query.ToString();

        Assert.DoesNotContain("rationale:", text);
        Assert.DoesNotContain("item:", text);
    }

    [Fact]
    public void Proximity_keeps_its_slop()
    {
        Assert.Contains("rationale:\"return work\"~5", Compile("rationale:\"return work\"~5").Query.ToString());
    }

    [Theory]
    [InlineData("-surgery")]
    [InlineData("NOT surgery")]
    public void A_purely_negative_query_means_everything_except(string query)
    {
        var boolean = Assert.IsType<BooleanQuery>(Compile(query).Query);

        Assert.Contains(boolean.Clauses, c => c.Occur == Occur.MUST && c.Query is MatchAllDocsQuery);
        Assert.Contains(boolean.Clauses, c => c.Occur == Occur.MUST_NOT);
    }

    [Theory]
    [InlineData("\"return to work", "Unbalanced quote")]
    [InlineData("(chiropractic AND knee", "Unbalanced parenthesis")]
    [InlineData("chiropractic AND", "Dangling operator")]
    [InlineData("item: chiropractic", null)]
    [InlineData("chiropractic item:", "Empty field")]
    public void A_malformed_query_is_explained_and_run_literally(string query, string? problem)
    {
        var compiled = Compile(query);

        if (problem is null)
        {
            Assert.Empty(compiled.Notes);
            return;
        }

        var note = Assert.Single(compiled.Notes);
        Assert.Contains(problem, note);
        Assert.EndsWith(QueryCompiler.LiteralSuffix.Trim(), note);
        Assert.False(compiled.MatchesEverything);
        Assert.Contains("rationale:chiropract", Compile(query.Replace("\"return to work", "chiropractic", StringComparison.Ordinal)).Query.ToString());
    }

    [Fact]
    public void A_literal_run_searches_the_words_with_syntax_taken_as_text()
    {
        var literal = Compile("\"return to work").Query.ToString();

        Assert.Contains("rationale:return", literal);
        Assert.Contains("rationale:work", literal);
        Assert.DoesNotContain("\"", literal);
    }

    [Fact]
    public void Operator_words_of_a_malformed_query_become_plain_words()
    {
        var compiled = Compile("chiropractic AND");

        // "and" is a stop word once it is text, so only chiropractic is searched.
        Assert.Contains("rationale:chiropract", compiled.Query.ToString());
        Assert.DoesNotContain("rationale:and", compiled.Query.ToString());
    }

    [Fact]
    public void A_leading_wildcard_is_dropped_with_a_note()
    {
        var compiled = Compile("*ectomy knee");

        var note = Assert.Single(compiled.Notes);
        Assert.Contains("cannot start with a wildcard", note);
        Assert.Contains("'*ectomy'", note);
        Assert.Contains("rationale:ectomi", compiled.Query.ToString());
        Assert.DoesNotContain("*ectom", compiled.Query.ToString());
    }

    [Fact]
    public void A_leading_wildcard_keeps_a_trailing_one()
    {
        var compiled = Compile("rationale:*manip*");

        Assert.Contains("rationale:manip*", compiled.Query.ToString());
        Assert.Single(compiled.Notes);
    }

    [Fact]
    public void An_unknown_field_is_searched_as_words_with_a_note()
    {
        var compiled = Compile("MTUS:chiropractic");

        var note = Assert.Single(compiled.Notes);
        Assert.Contains("no field 'MTUS:'", note);
        Assert.Contains("rationale:mtu", compiled.Query.ToString());
        Assert.Contains("rationale:chiropract", compiled.Query.ToString());
    }

    [Fact]
    public void The_unknown_field_note_lists_every_field_a_query_can_name()
    {
        var note = Assert.Single(Compile("MTUS:chiropractic").Notes);

        foreach (var dimension in ImrSearch.Index.IndexSchema.FacetDimensions)
        {
            Assert.Contains(dimension.Name + ":", note);
        }

        foreach (var field in new[] { "item:", "rationale:", "summary:", "guideline:", "case:", "year:" })
        {
            Assert.Contains(field, note);
        }

        Assert.DoesNotContain("guidelineText:", note);
    }

    [Theory]
    [InlineData("year:soon", "is not a year")]
    [InlineData("year:[2014 TO later]", "is not a range of years")]
    public void A_year_that_is_not_a_year_says_so(string query, string message)
    {
        Assert.Contains(message, Assert.Single(Compile(query).Notes));
    }

    [Fact]
    public void Slashes_inside_words_are_text_not_regular_expressions()
    {
        var compiled = Compile("L4/5 sprain/strain");

        Assert.Empty(compiled.Notes);
        Assert.Contains("rationale:sprain", compiled.Query.ToString());
        Assert.Contains("rationale:strain", compiled.Query.ToString());
    }

    [Fact]
    public void Too_many_clauses_is_refused_with_a_message_not_an_exception()
    {
        var huge = string.Join(" OR ", Enumerable.Range(0, 1500).Select(i => "word" + i));

        var compiled = Compile(huge);

        Assert.Equal(QueryCompiler.TooManyClauses, Assert.Single(compiled.Notes));
        Assert.Empty(Assert.IsType<BooleanQuery>(compiled.Query).Clauses);
    }

    [Fact]
    public void A_query_of_only_stop_words_says_nothing_was_searched()
    {
        var compiled = Compile("the of");

        Assert.Contains("too common", Assert.Single(compiled.Notes));
    }
}
