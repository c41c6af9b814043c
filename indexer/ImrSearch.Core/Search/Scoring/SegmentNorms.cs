using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace ImrSearch.Search.Scoring;

/// <summary>
/// One segment's length norms, a byte per document and field, read once and kept with the segment's state (see
/// <see cref="Caching.SegmentState"/>) for <see cref="KeptNormsSimilarity"/>. Norms belong to the segment's core:
/// deletions do not change them, so every reader sharing the core reads the same bytes.
/// </summary>
/// <remarks>
/// Lucene keeps norms packed behind a <see cref="NumericDocValues"/>: a score of a term in a document reads one
/// through two virtual calls and a bit unpacking. Kept as bytes, it is one array load. Memory: a byte per document
/// for each field scored (the default text fields: about 5 MB at a million items).
/// </remarks>
internal sealed class SegmentNorms
{
    private readonly ConcurrentDictionary<string, Lazy<byte[]?>> fields = new(StringComparer.Ordinal);

    /// <summary>The field's norms in the segment (read on first use), or null when the field has none.</summary>
    public byte[]? Of(AtomicReader segment, string field) =>
        fields.GetOrAdd(field, f => new Lazy<byte[]?>(() => Read(segment, f))).Value;

    /// <summary>The low byte of every document's norm: all that DefaultSimilarity encodes and decodes.</summary>
    public static byte[]? Read(AtomicReader segment, string field)
    {
        var norms = segment.GetNormValues(field);
        if (norms is null)
        {
            return null;
        }

        var bytes = new byte[segment.MaxDoc];
        for (var doc = 0; doc < bytes.Length; doc++)
        {
            bytes[doc] = (byte)norms.Get(doc);
        }

        return bytes;
    }
}
