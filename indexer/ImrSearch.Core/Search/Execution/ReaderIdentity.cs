using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace ImrSearch.Search.Execution;

/// <summary>
/// A number per reader instance: doc ids, and so cached hits and cursors, are only meaningful for the reader
/// they came from.
/// </summary>
internal static class ReaderIdentity
{
    private static readonly ConditionalWeakTable<IndexReader, Number> Numbers = new();
    private static long s_last;

    public static long Of(IndexReader reader) => Numbers.GetValue(reader, _ => new Number(Interlocked.Increment(ref s_last))).Value;

    private sealed record Number(long Value);
}
