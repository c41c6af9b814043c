using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;

namespace ImrSearch.Search.Querying;

/// <summary>
/// A query that is only a disjunction of words (in any fields, with any boosts, nested), as the union of their
/// postings: the same documents, found without reading term frequencies or computing a score. For counts that never
/// read a score: trends, outcome tables, citation counts.
/// </summary>
/// <remarks>
/// A broad word's trend at a million items scored about a million documents in four fields to read one slot each.
/// Words a pattern expanded to (<see cref="ExpandedTermQuery"/>) are left to the scored query: their states were
/// looked up on the request's clock, and a terms filter would seek each of them in every segment again.
/// </remarks>
internal static class WordUnion
{
    /// <summary>More words than this are left to the scored query, which seeks each word once per segment too.</summary>
    public const int MaxWords = 64;

    /// <summary>The union of the query's words, or null when the query is anything but a disjunction of plain words.</summary>
    public static Query? Of(Query query)
    {
        var words = new List<Term>();
        var letterWords = new List<Term>();
        if (!Collect(query, words, letterWords, inLetter: false) || words.Count + letterWords.Count is 0 or > MaxWords)
        {
            return null;
        }

        return letterWords.Count == 0
            ? new ConstantScoreQuery(new TermsFilter(words))
            : new ConstantScoreQuery(new LetterWordsFilter(words, letterWords));
    }

    private static bool Collect(Query query, List<Term> words, List<Term> letterWords, bool inLetter)
    {
        switch (query)
        {
            case ExpandedTermQuery:
                return false;
            case TermQuery word:
                (inLetter ? letterWords : words).Add(word.Term);
                return words.Count + letterWords.Count <= MaxWords;
            case LetterTextQuery letter:
                return Collect(letter.CaseQuery, words, letterWords, inLetter: true);
            case BooleanQuery any when any.MinimumNumberShouldMatch == 0 && any.Clauses.All(c => c.Occur == Occur.SHOULD):
                return any.Clauses.All(clause => Collect(clause.Query, words, letterWords, inLetter));
            default:
                return false;
        }
    }
}
