using Lucene.Net.Search;

namespace ImrSearch.Search.Querying;

/// <summary>
/// In Lucene a group of only excluded clauses (<c>-knee</c>, <c>NOT surgery</c>) matches nothing; people mean
/// "everything except". Such groups get an implicit match-all, as Elasticsearch's query_string does.
/// </summary>
internal static class PureNegation
{
    public static Query Complete(Query query)
    {
        if (query is not BooleanQuery boolean)
        {
            return query;
        }

        foreach (var clause in boolean.Clauses)
        {
            clause.Query = Complete(clause.Query);
        }

        if (boolean.Clauses.Count > 0 && boolean.Clauses.All(c => c.Occur == Occur.MUST_NOT))
        {
            boolean.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return boolean;
    }
}
