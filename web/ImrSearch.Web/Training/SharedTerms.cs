using ImrSearch.Analysis;
using ImrSearch.Highlighting;
using ImrSearch.Index;
using ImrSearch.Vocabularies;

namespace ImrSearch.Web.Training;

/// <summary>
/// The reviewer's rationale with the terms the trainee's rationale shares with it marked, as search marks a query's:
/// the trainee's words are analysed as a query (stemmed, stop words dropped), the rationale as the index analyses it
/// (so "PT" in one marks "physical therapy" in the other). Words every letter uses (<c>letter-boilerplate.tsv</c>:
/// "request", "indicated", "medically necessary") and English function words (<c>common-words.tsv</c>) are compared
/// as stems too and never marked: sharing them says nothing about the trainee's reasoning.
/// </summary>
public static class SharedTerms
{
    private static readonly ImrAnalyzer QueryAnalyzer = ImrAnalyzer.ForQueries();
    private static readonly TextHighlighter Highlighter = new(new ImrAnalyzer());

    private static readonly Lazy<HashSet<string>> Unmarked = new(() =>
        Terms(CommonWordVocabulary.Default.Words.Concat(LetterBoilerplateVocabulary.Default.Words)));

    public static MarkedText Mark(string traineeRationale, string actualRationale)
    {
        var terms = Terms([traineeRationale]);
        terms.ExceptWith(Unmarked.Value);
        return Highlighter.Whole(IndexSchema.Rationale, actualRationale, new FieldTerms(terms, []), _ => 1.0, WhitespaceStyle.KeepLineBreaks);
    }

    private static HashSet<string> Terms(IEnumerable<string> texts) =>
        texts.SelectMany(text => AnalyzedText.Tokenize(QueryAnalyzer, IndexSchema.Rationale, text))
            .Select(t => t.Term)
            .ToHashSet(StringComparer.Ordinal);
}
