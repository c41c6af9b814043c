using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;

namespace ImrSearch.Analysis;

/// <summary>
/// Porter stems of words, remembered in a fixed number of slots: letters repeat a small vocabulary, so most words
/// are stemmed once per process instead of once per occurrence.
/// </summary>
/// <remarks>
/// The stemming itself is Lucene's <see cref="PorterStemFilter"/> (its stemmer is not public), run on one word at a
/// time. The cache has a fixed number of slots, two for each hash: a new word takes the first slot of its pair and
/// the older word there moves to the second, evicting what it held. Its memory is therefore fixed whatever the
/// text, and text built to collide only costs the stemming it would have cost anyway.
/// The cache is shared by every stream (128 KB of slots for the process); the stemming is not thread-safe, so each
/// stream has its own instance, as Lucene keeps one stream per thread.
/// </remarks>
internal sealed class PorterStems
{
    /// <summary>Slots in the cache: 2^<see cref="SlotBits"/>.</summary>
    public const int Slots = 1 << SlotBits;

    private const int SlotBits = 14;

    /// <summary>Longer words are stemmed each time: they are rare, and a slot would hold them for nothing.</summary>
    public const int MaxCachedLength = 24;

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    /// <summary>One cache for every stream of the process: a slot holds a whole entry, so a reader sees one word's.</summary>
    private static readonly Entry?[] Cache = new Entry?[Slots];

    private readonly OneWord source = new();
    private readonly PorterStemFilter stemmer;
    private readonly ICharTermAttribute stemmed;

    public PorterStems()
    {
        stemmer = new PorterStemFilter(source);
        stemmed = stemmer.GetAttribute<ICharTermAttribute>();
    }

    /// <summary>Replaces the term with its stem.</summary>
    public void Stem(ICharTermAttribute term)
    {
        var word = term.Buffer.AsSpan(0, term.Length);
        // Numbers, dates and doses ("2019", "10/325", "2x") are many and mostly seen once: stemmed each time too.
        if (word.Length > MaxCachedLength || word.ContainsAny(Digits))
        {
            if (StemOnce(word))
            {
                term.CopyBuffer(stemmed.Buffer, 0, stemmed.Length);
            }

            return;
        }

        // Two slots per word (a pair), so that two frequent words sharing a hash do not evict each other forever.
        var first = Pair(word);
        for (var slot = first; slot < first + 2; slot++)
        {
            if (Volatile.Read(ref Cache[slot]) is { } known && word.SequenceEqual(known.Word))
            {
                // No stem stored: the word is its own stem.
                if (known.Stem is { } stem)
                {
                    term.CopyBuffer(stem, 0, stem.Length);
                }

                return;
            }
        }

        var changed = StemOnce(word);
        var entry = new Entry(word.ToString(), changed ? stemmed.Buffer.AsSpan(0, stemmed.Length).ToArray() : null);
        var older = Volatile.Read(ref Cache[first]);
        if (older is not null)
        {
            // The word takes the first slot and the one it held moves to the second, evicting what that held.
            // Threads racing here may lose an entry, never mix two.
            Volatile.Write(ref Cache[first + 1], older);
        }

        Volatile.Write(ref Cache[first], entry);
        if (changed)
        {
            term.CopyBuffer(stemmed.Buffer, 0, stemmed.Length);
        }
    }

    /// <summary>Stems one word into <see cref="stemmed"/>; whether it changed.</summary>
    private bool StemOnce(ReadOnlySpan<char> word)
    {
        source.Set(word);
        stemmer.Reset();
        stemmer.IncrementToken();
        return !stemmed.Buffer.AsSpan(0, stemmed.Length).SequenceEqual(word);
    }

    /// <summary>The first slot of the word's pair: FNV-1a over its characters, spread by a Fibonacci multiply.</summary>
    private static int Pair(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)((hash * 0x9E3779B1u) >> (32 - SlotBits + 1)) << 1;
    }

    /// <summary>A cached word and its stem (null when the word is its own stem).</summary>
    private sealed record Entry(string Word, char[]? Stem);

    /// <summary>A token stream of exactly one word, reset for each word stemmed.</summary>
    private sealed class OneWord : TokenStream
    {
        private readonly ICharTermAttribute term;
        private bool done;

        public OneWord()
        {
            term = AddAttribute<ICharTermAttribute>();
        }

        public void Set(ReadOnlySpan<char> word)
        {
            term.SetEmpty();
            term.ResizeBuffer(word.Length);
            word.CopyTo(term.Buffer);
            term.Length = word.Length;
        }

        public override bool IncrementToken()
        {
            if (done)
            {
                return false;
            }

            done = true;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            done = false;
        }
    }
}
