using ImrSearch.Analysis;
using ImrSearch.Highlighting;
using ImrSearch.Index;

namespace ImrSearch.Web.Training;

/// <summary>
/// The reviewer's rationale with the terms the trainee's rationale shares with it marked, as search marks a query's:
/// the trainee's words are analysed as a query (stemmed, stop words dropped), the rationale as the index analyses it
/// (so "PT" in one marks "physical therapy" in the other).
/// </summary>
public static class SharedTerms
{
    private static readonly ImrAnalyzer QueryAnalyzer = ImrAnalyzer.ForQueries();
    private static readonly TextHighlighter Highlighter = new(new ImrAnalyzer());

    public static MarkedText Mark(string traineeRationale, string actualRationale)
    {
        var terms = AnalyzedText.Tokenize(QueryAnalyzer, IndexSchema.Rationale, traineeRationale)
            .Select(t => t.Term)
            .ToHashSet(StringComparer.Ordinal);
        return Highlighter.Whole(IndexSchema.Rationale, actualRationale, new FieldTerms(terms, []), _ => 1.0, WhitespaceStyle.KeepLineBreaks);
    }
}
