using System.Text;
using ImrSearch.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ImrSearch.Search.Querying;

/// <summary>
/// Queries on a facet dimension's lower-cased keyword field, so <c>decision:overturned</c> and
/// <c>specialty:"Physical Medicine and Rehabilitation"</c> match whatever the case.
/// </summary>
/// <remarks>
/// A fielded facet search also matches values that contain the words as a whole-word run
/// (<c>bodyRegion:lumbar</c> finds "Lumbar spine"), which is what a person typing into a search box means.
/// Facet dictionaries hold hundreds of values at most, so testing each value for the words costs nothing
/// (<see cref="FacetValueRun"/>).
/// Facet clauses score as constants: whether a value matched says nothing about how relevant the item is.
/// </remarks>
internal static class FacetValueQuery
{
    /// <summary>
    /// A value as typed, in the form of the filter field (<see cref="FacetValues.FilterTerm"/>), with runs of
    /// whitespace also collapsed since typed text has them by accident.
    /// </summary>
    public static string Normalize(string value)
    {
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return FacetValues.FilterTerm(builder.ToString());
    }

    /// <summary>The exact value, or a value holding it as a whole-word run.</summary>
    public static Query Matching(FacetDimension dimension, string value)
    {
        var normalized = Normalize(value);
        if (normalized.Length > QueryLimits.MaxFacetValueLength)
        {
            // No value is this long; the whole-word patterns would only build large automata to find nothing.
            return new ConstantScoreQuery(new TermQuery(new Term(dimension.FilterField, normalized)));
        }

        var field = dimension.FilterField;
        var any = new BooleanQuery(disableCoord: true)
        {
            { new TermQuery(new Term(field, normalized)), Occur.SHOULD },
            { new FacetValueRun(field, normalized + " ", RunAnchor.Start), Occur.SHOULD },
            { new FacetValueRun(field, " " + normalized, RunAnchor.End), Occur.SHOULD },
            { new FacetValueRun(field, " " + normalized + " ", RunAnchor.Anywhere), Occur.SHOULD },
        };
        return new ConstantScoreQuery(any);
    }

    /// <summary>A value, or a word inside a value, starting with the prefix.</summary>
    public static Query StartingWith(FacetDimension dimension, string prefix)
    {
        var normalized = Normalize(prefix);
        if (normalized.Length > QueryLimits.MaxFacetValueLength)
        {
            return new ConstantScoreQuery(new TermQuery(new Term(dimension.FilterField, normalized)));
        }

        var any = new BooleanQuery(disableCoord: true)
        {
            { new FacetValueRun(dimension.FilterField, normalized, RunAnchor.Start), Occur.SHOULD },
            { new FacetValueRun(dimension.FilterField, " " + normalized, RunAnchor.Anywhere), Occur.SHOULD },
        };
        return new ConstantScoreQuery(any);
    }

    /// <summary>A wildcard pattern as the user wrote it, over the whole value.</summary>
    public static Query Wildcard(FacetDimension dimension, string pattern) =>
        new ConstantScoreQuery(Wildcard(dimension.FilterField, Normalize(pattern)));

    private static WildcardQuery Wildcard(string field, string pattern) =>
        new(new Term(field, pattern)) { MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_FILTER_REWRITE };
}
