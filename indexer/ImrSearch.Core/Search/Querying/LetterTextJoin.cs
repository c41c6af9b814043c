using ImrSearch.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace ImrSearch.Search.Querying;

/// <summary>
/// Puts every clause of a parsed query that searches a letter field (<see cref="IndexSchema.LetterTextFields"/>)
/// inside a <see cref="LetterTextQuery"/>, so that it matches the items of the letters it finds.
/// </summary>
internal static class LetterTextJoin
{
    public static Query Apply(Query query) => query switch
    {
        LetterTextQuery => query,
        BooleanQuery boolean => Rebuild(boolean),
        _ when FieldOf(query) is { } field && IndexSchema.LetterTextFields.Contains(field) => new LetterTextQuery(query),
        _ => query,
    };

    private static BooleanQuery Rebuild(BooleanQuery boolean)
    {
        var copy = new BooleanQuery(boolean.CoordDisabled)
        {
            Boost = boolean.Boost,
            MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch,
        };
        foreach (var clause in boolean.Clauses)
        {
            copy.Add(Apply(clause.Query), clause.Occur);
        }

        return copy;
    }

    /// <summary>The one field a parsed leaf query searches, or null (facet values, years, case ids, several fields).</summary>
    private static string? FieldOf(Query query) => query switch
    {
        TermQuery term => term.Term.Field,
        PhraseQuery phrase => phrase.GetTerms() is { Length: > 0 } terms ? terms[0].Field : null,
        MultiPhraseQuery multi => multi.GetTermArrays() is { Count: > 0 } arrays && arrays[0].Length > 0 ? arrays[0][0].Field : null,
        MultiTermQuery multiTerm => multiTerm.Field,
        SpanQuery span => span.Field,
        _ => null,
    };
}
