using ImrSearch.Search.Querying;

namespace ImrSearch.Tests.Search;

public sealed class QuerySyntaxCheckTests
{
    [Theory]
    [InlineData("\"return to work", "Unbalanced quote", "character 1")]
    [InlineData("knee \"return to work", "Unbalanced quote", "character 6")]
    [InlineData("(knee AND pain", "Unbalanced parenthesis", "'(' at character 1")]
    [InlineData("knee (pain OR (ache)", "Unbalanced parenthesis", "'(' at character 6")]
    [InlineData("knee)", "Unbalanced parenthesis", "')' at character 5")]
    [InlineData("knee AND", "Dangling operator", "'AND' at character 6 has nothing after it")]
    [InlineData("knee OR", "Dangling operator", "'OR' at character 6 has nothing after it")]
    [InlineData("OR knee", "Dangling operator", "'OR' at character 1 has nothing before it")]
    [InlineData("knee AND OR pain", "Dangling operator", "'AND' at character 6 is followed by 'OR'")]
    [InlineData("knee NOT", "Dangling operator", "'NOT' at character 6 has nothing after it")]
    [InlineData("(knee AND) pain", "Dangling operator", "'AND' at character 7 has nothing after it")]
    [InlineData("knee -", "Dangling operator", "'-' at character 6")]
    [InlineData("knee + pain", "Dangling operator", "'+' at character 6")]
    [InlineData("knee &&", "Dangling operator", "'&&' at character 6")]
    [InlineData("item:", "Empty field", "'item:' at character 1 has nothing after it")]
    [InlineData("chiropractic rationale:", "Empty field", "'rationale:' at character 14")]
    [InlineData("(item:) knee", "Empty field", "'item:' at character 2")]
    [InlineData("item: AND knee", "Empty field", "'item:' at character 1")]
    [InlineData("year:[2014 TO", "Unclosed range", "character 6")]
    [InlineData("year:[2014 2016]", "Malformed range", "character 6")]
    [InlineData("knee^", "Incomplete boost", "character 5")]
    [InlineData(":knee", "Missing field name", "character 1")]
    [InlineData("knee ()", "Empty parentheses", "character 6")]
    [InlineData("knee /pain", "Unclosed regular expression", "character 6")]
    [InlineData("knee\\", "Dangling escape", "character 5")]
    public void Describes_the_problem_and_where_it_is(string query, string what, string where)
    {
        var problem = QuerySyntaxCheck.FindProblem(query);

        Assert.NotNull(problem);
        Assert.Contains(what, problem);
        Assert.Contains(where, problem);
    }

    [Theory]
    [InlineData("knee AND pain")]
    [InlineData("\"return to work\"~5")]
    [InlineData("item:chiro* -rationale:surgery")]
    [InlineData("year:[2014 TO 2016]")]
    [InlineData("year:{2014 TO *}")]
    [InlineData("L4/5 sprain/strain 10/325")]
    [InlineData("NOT knee")]
    [InlineData("+knee -pain")]
    [InlineData("knee^2 pain~ \"flare up\"^1.5")]
    [InlineData("(chiropractic OR acupuncture) AND decision:overturned")]
    [InlineData("case:CM13-0012345")]
    [InlineData("a && b || !c")]
    [InlineData("item: knee")]
    [InlineData("specialty:\"Physical Medicine and Rehabilitation\"")]
    [InlineData("knee AND NOT surgery")]
    [InlineData("/chiro.*/")]
    [InlineData("\"escaped \\\" quote\"")]
    public void Accepts_well_formed_queries(string query) => Assert.Null(QuerySyntaxCheck.FindProblem(query));
}
