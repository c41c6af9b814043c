using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
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

        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        foreach (var dimension in IndexSchema.FacetDimensions)
        {
            facets[dimension.Name] = CountValues(reader, dimension);
        }

        return new IndexStatistics(cases, decisions, facets);
    }

    private static int Count(IndexSearcher searcher, string kind)
    {
        var collector = new TotalHitCountCollector();
        searcher.Search(new TermQuery(new Term(IndexSchema.Kind, kind)), collector);
        return collector.TotalHits;
    }

    /// <summary>Counts over live documents only; facet fields exist on item documents alone.</summary>
    private static IReadOnlyList<FacetCount> CountValues(DirectoryReader reader, FacetDimension dimension)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var values = atomic.GetSortedSetDocValues(dimension.DocValuesField);
            if (values is null)
            {
                continue;
            }

            var live = atomic.LiveDocs;
            var perOrdinal = new long[values.ValueCount];
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }

                values.SetDocument(doc);
                long ordinal;
                while ((ordinal = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    perOrdinal[ordinal]++;
                }
            }

            var bytes = new BytesRef();
            for (var ordinal = 0; ordinal < perOrdinal.Length; ordinal++)
            {
                if (perOrdinal[ordinal] > 0)
                {
                    values.LookupOrd(ordinal, bytes);
                    var value = bytes.Utf8ToString();
                    counts[value] = counts.GetValueOrDefault(value) + perOrdinal[ordinal];
                }
            }
        }

        return counts
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new FacetCount(pair.Key, pair.Value))
            .ToList();
    }
}

public sealed record FacetCount(string Value, long Count);
