using Lucene.Net.Index;

namespace ImrSearch.Search.Execution;

/// <summary>
/// Inverse document frequency of terms in one reader, for ranking highlight passages (rarer words count more).
/// One instance per search; it caches what it looked up.
/// </summary>
internal sealed class TermRarity(IndexReader reader)
{
    private readonly Dictionary<(string Field, string Term), double> cache = [];

    public Func<string, double> For(string field) => term => Idf(field, term);

    private double Idf(string field, string term)
    {
        if (!cache.TryGetValue((field, term), out var idf))
        {
            var docFreq = reader.DocFreq(new Term(field, term));
            idf = 1 + Math.Log((reader.NumDocs + 1.0) / (docFreq + 1.0));
            cache[(field, term)] = idf;
        }

        return idf;
    }
}
