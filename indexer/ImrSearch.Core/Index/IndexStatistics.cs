using ImrSearch.Search.Facets;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ImrSearch.Index;

/// <summary>
/// What the last commit of an index holds: letters, decided items, and each facet dimension's value counts over
/// all decided items (most frequent first, ties by value).
/// </summary>
public sealed record IndexStatistics(
    int Cases,
    int Decisions,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets)
{
    public static IndexStatistics Read(string indexDirectory)
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(indexDirectory);
        return Read(directory, indexDirectory);
    }

    public static IndexStatistics Read(LuceneDirectory directory, string indexDirectory)
    {
        if (!DirectoryReader.IndexExists(directory))
        {
            throw new DirectoryNotFoundException($"There is no index at {indexDirectory}; build one with 'imr-index build'.");
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var cases = Count(searcher, IndexSchema.KindCase);
        var decisions = Count(searcher, IndexSchema.KindItem);

        var facets = ItemFacetCounts.All(reader);
        return new IndexStatistics(cases, decisions, facets);
    }

    private static int Count(IndexSearcher searcher, string kind)
    {
        var collector = new TotalHitCountCollector();
        searcher.Search(new TermQuery(new Term(IndexSchema.Kind, kind)), collector);
        return collector.TotalHits;
    }
}

public sealed record FacetCount(string Value, long Count);
