using ImrSearch.Domain;
using ImrSearch.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ImrSearch.Search;

/// <summary>Reads determinations from case documents (one per letter, holding the determination JSON).</summary>
internal static class CaseDocuments
{
    /// <summary>The determination of the letter at a corpus path (how item documents point to their case).</summary>
    public static Determination? BySource(IndexSearcher searcher, string source) =>
        First(searcher, new Term(IndexSchema.Source, source));

    /// <summary>The determination with a case id, as written or in another letter case.</summary>
    public static Determination? ByCaseId(IndexSearcher searcher, string caseId)
    {
        var trimmed = caseId.Trim();
        foreach (var variant in new[] { trimmed, trimmed.ToUpperInvariant(), trimmed.ToLowerInvariant() }.Distinct(StringComparer.Ordinal))
        {
            if (First(searcher, new Term(IndexSchema.CaseId, variant)) is { } determination)
            {
                return determination;
            }
        }

        return null;
    }

    private static Determination? First(IndexSearcher searcher, Term key)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(key), Occur.MUST },
            { new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindCase)), Occur.MUST },
        };
        var top = searcher.Search(query, 1);
        if (top.TotalHits == 0)
        {
            return null;
        }

        var json = searcher.Doc(top.ScoreDocs[0].Doc).Get(IndexSchema.DeterminationJson);
        return json is null ? null : DeterminationJson.Deserialize(json);
    }
}
