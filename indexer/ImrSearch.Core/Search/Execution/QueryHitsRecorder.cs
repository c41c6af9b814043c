using System.Buffers;
using ImrSearch.Search.Facets;

namespace ImrSearch.Search.Execution;

/// <summary>The documents and scores one slice of a search saw, in the order it saw them (doc id order).</summary>
/// <remarks>
/// Written into pooled blocks rather than growing lists: a broad query sees hundreds of thousands of documents, and
/// growing (and then copying) arrays that large would cost the first search more than its recording is worth.
/// </remarks>
internal sealed class QueryHitsRecorder
{
    private const int BlockSize = 1 << 16;
    private readonly List<(int[] Docs, float[] Scores)> blocks = [];
    private int[] docs = [];
    private float[] scores = [];
    private int inBlock = BlockSize;

    public long Count => blocks.Count == 0 ? 0 : ((long)(blocks.Count - 1) * BlockSize) + inBlock;

    public void Add(int doc, float score)
    {
        if (inBlock == BlockSize)
        {
            docs = ArrayPool<int>.Shared.Rent(BlockSize);
            scores = ArrayPool<float>.Shared.Rent(BlockSize);
            blocks.Add((docs, scores));
            inBlock = 0;
        }

        docs[inBlock] = doc;
        scores[inBlock] = score;
        inBlock++;
    }

    /// <summary>
    /// The slices' recordings joined in slice order, which is doc id order (null when they hold more than
    /// <paramref name="limit"/> hits: a list too large to keep is not copied). The blocks go back to the pool.
    /// </summary>
    public static RecordedHits? Join(IReadOnlyList<QueryHitsRecorder> slices, long limit)
    {
        var total = slices.Sum(s => s.Count);
        RecordedHits? joined = null;
        if (total <= limit)
        {
            var docs = new int[total];
            var scores = new float[total];
            var at = 0;
            foreach (var slice in slices)
            {
                for (var b = 0; b < slice.blocks.Count; b++)
                {
                    var length = b == slice.blocks.Count - 1 ? slice.inBlock : BlockSize;
                    Array.Copy(slice.blocks[b].Docs, 0, docs, at, length);
                    Array.Copy(slice.blocks[b].Scores, 0, scores, at, length);
                    at += length;
                }
            }

            joined = new RecordedHits(docs, scores);
        }

        foreach (var slice in slices)
        {
            slice.Release();
        }

        return joined;
    }

    private void Release()
    {
        foreach (var (docs, scores) in blocks)
        {
            ArrayPool<int>.Shared.Return(docs);
            ArrayPool<float>.Shared.Return(scores);
        }

        blocks.Clear();
        inBlock = BlockSize;
    }
}
