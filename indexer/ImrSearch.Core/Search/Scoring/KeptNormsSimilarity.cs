using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace ImrSearch.Search.Scoring;

/// <summary>
/// Lucene's <see cref="DefaultSimilarity"/> (what the index was written with), scoring from norms kept as bytes
/// per segment (<see cref="SegmentNorms"/>): the same floats, computed in the same order, with one virtual call a
/// score instead of five.
/// </summary>
/// <remarks>
/// Every match of a search is scored, because its first pass records each hit with its score for refinements, and
/// a profile of never-seen queries put Lucene's term scoring (the similarity's scorer, the norms' packed reader, the
/// decoding) at a fifth of the site's CPU. Norms, weights, coordination and query norms are DefaultSimilarity's own
/// (<see cref="ComputeNorm"/> is never reached at search time, and delegates all the same); a segment whose norms are
/// not kept (a reader other than the commit's) is scored by DefaultSimilarity's own scorer.
/// </remarks>
/// <param name="keptNorms">The segment's kept norms, or null when the segment has none kept.</param>
internal sealed class KeptNormsSimilarity(Func<AtomicReader, SegmentNorms?> keptNorms) : Similarity
{
    private static readonly DefaultSimilarity Default = new();

    /// <summary>DefaultSimilarity's decoding of each norm byte.</summary>
    private static readonly float[] NormTable = [.. Enumerable.Range(0, 256).Select(b => Default.DecodeNormValue(b))];

    public override long ComputeNorm(FieldInvertState state) => Default.ComputeNorm(state);

    public override float Coord(int overlap, int maxOverlap) => Default.Coord(overlap, maxOverlap);

    public override float QueryNorm(float valueForNormalization) => Default.QueryNorm(valueForNormalization);

    public override SimWeight ComputeWeight(float queryBoost, CollectionStatistics collectionStats, params TermStatistics[] termStats) =>
        new Weight(collectionStats.Field, Idf(collectionStats, termStats), queryBoost, Default.ComputeWeight(queryBoost, collectionStats, termStats));

    public override SimScorer GetSimScorer(SimWeight weight, AtomicReaderContext context)
    {
        var stats = (Weight)weight;
        var segment = context.AtomicReader;
        return keptNorms(segment) is { } kept
            ? new KeptNormsScorer(stats, kept.Of(segment, stats.Field), () => Default.GetSimScorer(stats.Inner, context))
            : Default.GetSimScorer(stats.Inner, context);
    }

    /// <summary>TFIDFSimilarity's idf of one term, or of several (a phrase) summed in float, in their order.</summary>
    private static float Idf(CollectionStatistics collection, TermStatistics[] terms)
    {
        var max = collection.MaxDoc;
        if (terms.Length == 1)
        {
            return Default.Idf(terms[0].DocFreq, max);
        }

        var idf = 0f;
        foreach (var term in terms)
        {
            idf += Default.Idf(term.DocFreq, max);
        }

        return idf;
    }

    /// <summary>
    /// TFIDFSimilarity's weight (idf times boost, normalized by the query norm, times idf again), beside
    /// DefaultSimilarity's own for explanations and for segments without kept norms; both are normalized alike.
    /// </summary>
    private sealed class Weight(string fieldName, float idf, float queryBoost, SimWeight inner) : SimWeight
    {
        private float queryWeight = idf * queryBoost;

        public string Field => fieldName;

        public SimWeight Inner => inner;

        /// <summary>What a document's tf times its norm is multiplied by.</summary>
        public float Value { get; private set; }

        public override float GetValueForNormalization() => queryWeight * queryWeight;

        public override void Normalize(float queryNorm, float topLevelBoost)
        {
            inner.Normalize(queryNorm, topLevelBoost);
            queryWeight *= queryNorm * topLevelBoost;
            Value = queryWeight * idf;
        }
    }

    private sealed class KeptNormsScorer(Weight stats, byte[]? norms, Func<SimScorer> explaining) : SimScorer
    {
        private readonly float value = stats.Value;

        public override float Score(int doc, float freq)
        {
            var raw = (float)Math.Sqrt(freq) * value;
            return norms is null ? raw : raw * NormTable[norms[doc]];
        }

        public override float ComputeSlopFactor(int distance) => Default.SloppyFreq(distance);

        public override float ComputePayloadFactor(int doc, int start, int end, BytesRef payload) => Default.ScorePayload(doc, start, end, payload);

        public override Explanation Explain(int doc, Explanation freq) => explaining().Explain(doc, freq);
    }
}
