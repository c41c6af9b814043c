using System.Collections.Concurrent;
using System.Diagnostics;
using ImrSearch.Analysis;
using ImrSearch.Domain;
using ImrSearch.Parsing;
using ImrSearch.Vocabularies;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ImrSearch.Index;

/// <summary>
/// Builds or updates an index from a corpus folder: new and changed letters (by content hash) are parsed and
/// indexed on every core, letters gone from the folder lose their documents, unchanged letters are not touched.
/// </summary>
/// <remarks>
/// The whole build is one commit. Lucene writes segments as it goes but readers only ever open a commit point, so
/// they see the previous commit until the final one lands; a build that is killed or fails leaves the previous
/// commit as it was, and the next build redoes the outstanding work because the hashes in that commit still
/// differ from the files. A build holds an operating-system file lock (<see cref="BuildLock"/>) besides Lucene's
/// write lock; the kernel releases it when a killed process dies, so a crash never leaves the index locked.
/// </remarks>
public sealed class CorpusIndexer
{
    /// <summary>
    /// The default in-memory buffer before a segment is written: large segments, few merges, bounded memory. At a
    /// million items 256 MB flushes ten segments and merges none, where 128 MB flushed nineteen and merged ten of
    /// them (the README's measurements); Java Lucene's peer in the benchmark uses the same.
    /// </summary>
    public const double DefaultRamBufferMegabytes = 256;

    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>Letter files the operating system is asked to read ahead of the indexing threads.</summary>
    private const int ReadAheadLetters = 256;

    /// <summary>Parses one letter: its full path, its bytes as read and hashed, its source.</summary>
    private readonly Func<string, byte[], string, LetterParseResult> readLetter;
    private readonly Func<Determination, string> serialize;

    /// <summary>Reads letters with <see cref="LetterReader"/> and stores them as <see cref="DeterminationJson"/>.</summary>
    public CorpusIndexer()
        : this((_, bytes, source) => LetterReader.Read(bytes, source, ImrVocabulary.Default), DeterminationJson.Serialize)
    {
    }

    /// <param name="readLetter">Reads one letter file given its full path; must not throw for bad input.</param>
    /// <param name="serialize">Writes a determination as the JSON stored on its case document.</param>
    public CorpusIndexer(Func<string, LetterParseResult> readLetter, Func<Determination, string> serialize)
        : this((path, _, _) => readLetter(path), serialize)
    {
    }

    private CorpusIndexer(Func<string, byte[], string, LetterParseResult> readLetter, Func<Determination, string> serialize)
    {
        this.readLetter = readLetter;
        this.serialize = serialize;
    }

    /// <summary>Indexing memory before a segment is flushed to disk (the writer's RAM buffer, shared by all threads).</summary>
    public double RamBufferMegabytes { get; init; } = DefaultRamBufferMegabytes;

    /// <summary>
    /// Lets a build remove more than half of the letters in the index (otherwise it stops with
    /// <see cref="MassRemovalException"/>, since an empty or unmounted corpus folder looks just like that).
    /// </summary>
    public bool AllowMassRemoval { get; init; }

    /// <summary>Opens the index folder; tests put a failing directory in between (a disk that fills up).</summary>
    internal Func<string, LuceneDirectory> OpenDirectory { get; init; } =
        // Plain reads rather than memory maps: a build reads each segment once, to merge it, and mapped segments
        // would count toward the process's resident memory (a million items: over a gigabyte of maps) for no gain.
        path => new NIOFSDirectory(path, new NativeFSLockFactory());

    /// <summary>Lists the corpus; tests stand in a folder that cannot be read (root reads every folder).</summary>
    internal Func<string, LetterFolderScan> ScanCorpus { get; init; } = LetterFiles.Scan;

    public BuildReport Build(
        string corpusDirectory,
        string indexDirectory,
        IProgress<BuildProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        if (!System.IO.Directory.Exists(corpusDirectory))
        {
            throw new DirectoryNotFoundException($"The corpus folder {corpusDirectory} does not exist.");
        }

        var scan = ScanCorpus(corpusDirectory);
        var letters = scan.Files.Select(path => RelativeSource(corpusDirectory, path)).ToList();
        var unreadableFolders = scan.UnreadableFolders
            .Select(f => f with { Path = RelativeSource(corpusDirectory, f.Path) })
            .ToList();
        System.IO.Directory.CreateDirectory(indexDirectory);

        using var buildLock = BuildLock.Acquire(indexDirectory);
        using var directory = OpenDirectory(indexDirectory);
        var writer = OpenWriter(directory, indexDirectory);
        var run = new BuildRun(letters.Count, clock, progress);
        try
        {
            var indexed = IndexedLetters.Read(directory);
            var present = letters.ToHashSet(StringComparer.Ordinal);
            // Letters under a folder that could not be listed are not known to be gone: they keep their documents.
            var kept = indexed.Hashes.Keys.Where(source => !present.Contains(source) && unreadableFolders.Any(f => IsUnder(source, f.Path))).ToList();
            var removed = indexed.Hashes.Keys.Where(source => !present.Contains(source)).Except(kept, StringComparer.Ordinal).ToList();
            if (!AllowMassRemoval && removed.Count * 2 > indexed.Hashes.Count)
            {
                throw new MassRemovalException(corpusDirectory, removed.Count, indexed.Hashes.Count, letters.Count);
            }

            var analysis = AnalysisFingerprint;
            var analysisChanged = indexed.Analysis is not null && indexed.Analysis != analysis;
            try
            {
                IndexLetters(writer, corpusDirectory, letters, indexed.Hashes, analysisChanged, run, cancellationToken);
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                // Only writing the index throws out of a letter (reading and parsing failures reject the letter).
                // When the writer fails, the other threads see it closed: the I/O error says why.
                throw WriteFailure(e.InnerExceptions.FirstOrDefault(x => x is IOException) ?? e.InnerExceptions[0]);
            }

            cancellationToken.ThrowIfCancellationRequested();
            foreach (var source in removed)
            {
                writer.DeleteDocuments(new Term(IndexSchema.Source, source));
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (indexed.Analysis != analysis)
            {
                // Commit data carries over to later commits; setting it again would force a commit of no changes.
                writer.SetCommitData(new Dictionary<string, string> { [IndexedLetters.AnalysisKey] = analysis });
            }

            try
            {
                writer.Commit();
                writer.Dispose();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw WriteFailure(e);
            }

            run.ReportNow();
            CheckCommit(directory, run.Indexed, removed);

            var (cases, decisions) = CountDocuments(directory);
            return new BuildReport(
                corpusDirectory,
                indexDirectory,
                letters.Count,
                run.Added,
                run.Updated,
                removed.Count,
                run.Unchanged,
                run.Rejected.OrderBy(r => r.Source, StringComparer.Ordinal).ToList(),
                cases,
                decisions,
                clock.Elapsed)
            {
                AnalysisChanged = analysisChanged,
                UnreadableFolders = unreadableFolders,
                KeptFromUnreadableFolders = kept.Count,
            };
        }
        catch
        {
            // Nothing of this build becomes visible: the previous commit stays the index.
            RollBack(writer);
            throw;
        }
    }

    private static string RelativeSource(string corpusDirectory, string path) =>
        Path.GetRelativePath(corpusDirectory, path).Replace(Path.DirectorySeparatorChar, '/');

    private static bool IsUnder(string source, string folder) =>
        folder == "." || source.StartsWith(folder + "/", StringComparison.Ordinal);

    private static IndexWriteException WriteFailure(Exception e) =>
        e as IndexWriteException
        ?? new IndexWriteException($"The index could not be written ({e.Message}); the index is as it was before this build.", e);

    private static void RollBack(IndexWriter writer)
    {
        try
        {
            writer.Rollback();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The writer is gone already (a failed commit closes it); the previous commit is untouched either way.
        }
    }

    /// <summary>
    /// Reads back what landed: every letter this build added or updated must be in the commit with its new hash, and
    /// every removed one gone. A write that failed without an error would otherwise go unnoticed until someone
    /// searched for the letter.
    /// </summary>
    private static void CheckCommit(LuceneDirectory directory, IReadOnlyCollection<(string Source, string Hash)> indexedLetters, IReadOnlyList<string> removed)
    {
        if (indexedLetters.Count == 0 && removed.Count == 0)
        {
            return;
        }

        var committed = IndexedLetters.Read(directory).Hashes;
        var missing = indexedLetters.Where(l => committed.GetValueOrDefault(l.Source) != l.Hash).Select(l => l.Source).Order(StringComparer.Ordinal).ToList();
        var lingering = removed.Where(committed.ContainsKey).ToList();
        if (missing.Count > 0 || lingering.Count > 0)
        {
            throw new IndexWriteException(
                $"The commit landed without {missing.Count:N0} of the letters this build indexed ({string.Join(", ", missing.Take(5))}"
                + $"{(missing.Count > 5 ? ", ..." : "")}) and still holds {lingering.Count:N0} it removed; run the build again to redo them.",
                null);
        }
    }

    private IndexWriter OpenWriter(LuceneDirectory directory, string indexDirectory)
    {
        var mergePolicy = new TieredMergePolicy { NoCFSRatio = 0.0 };
        var config = new IndexWriterConfig(ImrAnalyzer.Version, new ImrAnalyzer())
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = RamBufferMegabytes,
            UseCompoundFile = false,
            MergePolicy = mergePolicy,
            WriteLockTimeout = 0,
        };
        try
        {
            return new IndexWriter(directory, config);
        }
        catch (LockObtainFailedException e)
        {
            throw new IndexLockedException(indexDirectory, e);
        }
    }

    /// <summary>
    /// The schema version and the synonym vocabulary the index's tokens were made with: when either changes, every
    /// letter is re-indexed, because unchanged letters would otherwise keep the old tokens.
    /// </summary>
    public static string AnalysisFingerprint =>
        $"schema {IndexSchema.FormatVersion}; synonyms {SynonymVocabulary.Default.Fingerprint}; editions {GuidelineEditionVocabulary.Default.Fingerprint}";

    /// <summary>
    /// Indexes the letters on every core, each thread claiming the next letter in turn. The first thread that fails
    /// (only a write to the index can) stops the others from claiming more; the failures come out together.
    /// </summary>
    private void IndexLetters(
        IndexWriter writer,
        string corpusDirectory,
        IReadOnlyList<string> letters,
        IReadOnlyDictionary<string, string> indexedHashes,
        bool reindex,
        BuildRun run,
        CancellationToken cancellationToken)
    {
        using var readAhead = new LetterReadAhead(
            letters, source => LetterFilePrefetch.Start(Path.Combine(corpusDirectory, source)), ReadAheadLetters);
        using var cancelled = cancellationToken.Register(readAhead.Stop);

        void Work()
        {
            try
            {
                while (readAhead.TryClaim(out var source))
                {
                    IndexLetter(writer, corpusDirectory, source, indexedHashes.GetValueOrDefault(source), reindex, run);
                }
            }
            catch
            {
                readAhead.Stop();
                throw;
            }
        }

        var workers = Enumerable.Range(0, Environment.ProcessorCount)
            .Select(_ => Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        Task.WaitAll(workers);
    }

    /// <summary>
    /// Reads, parses and indexes one letter. A letter that cannot be read or parsed is rejected with the reason;
    /// only a failure to write the index escapes, and it stops the build.
    /// </summary>
    private void IndexLetter(IndexWriter writer, string corpusDirectory, string source, string? indexedHash, bool reindex, BuildRun run)
    {
        var path = Path.Combine(corpusDirectory, source);
        string hash;
        LetterParseResult result;
        try
        {
            // Read once: the bytes hashed are the bytes parsed.
            var file = LetterFile.Load(path);
            if (file is not { Bytes: { } bytes, Hash: { } contentHash })
            {
                // A folder, FIFO or oversized file where a letter was: its old documents describe content that is gone.
                DeleteOld(writer, source, indexedHash);
                run.Reject(source, file.Refusal ?? "The file could not be read.");
                return;
            }

            hash = contentHash;
            if (hash == indexedHash && !reindex)
            {
                run.Count(ref run.UnchangedCount);
                return;
            }

            result = readLetter(path, bytes, source);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or IndexWriteException))
        {
            // The file may be fine and only unreadable now (permissions, a network share): its old documents stay.
            run.Reject(source, $"The file could not be read: {e.Message}");
            return;
        }

        if (result.Determination is not { } parsed)
        {
            // The letter's old documents describe content that no longer exists.
            DeleteOld(writer, source, indexedHash);
            run.Reject(source, result.Error ?? "The letter could not be read.");
            return;
        }

        IEnumerable<IEnumerable<IIndexableField>> documents;
        try
        {
            var determination = parsed with { Source = source };
            documents = DeterminationDocuments.Create(determination, serialize(determination), hash);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            DeleteOld(writer, source, indexedHash);
            run.Reject(source, $"The letter could not be indexed: {e.Message}");
            return;
        }

        // A re-analysis replaces by source even where no hash was read, so no letter is ever indexed twice.
        if (indexedHash is null && !reindex)
        {
            writer.AddDocuments(documents);
            run.Indexed.Add((source, hash));
            run.Count(ref run.AddedCount);
        }
        else
        {
            writer.UpdateDocuments(new Term(IndexSchema.Source, source), documents);
            run.Indexed.Add((source, hash));
            run.Count(ref run.UpdatedCount);
        }
    }

    private static void DeleteOld(IndexWriter writer, string source, string? indexedHash)
    {
        if (indexedHash is not null)
        {
            writer.DeleteDocuments(new Term(IndexSchema.Source, source));
        }
    }

    private static (int Cases, int Decisions) CountDocuments(LuceneDirectory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        int Count(string kind)
        {
            var collector = new TotalHitCountCollector();
            searcher.Search(new TermQuery(new Term(IndexSchema.Kind, kind)), collector);
            return collector.TotalHits;
        }

        return (Count(IndexSchema.KindCase), Count(IndexSchema.KindItem));
    }

    /// <summary>Counters shared by the parallel workers of one build, and throttled progress reports.</summary>
    private sealed class BuildRun(int total, Stopwatch clock, IProgress<BuildProgress>? progress)
    {
        public int AddedCount;
        public int UpdatedCount;
        public int UnchangedCount;
        private int processed;
        private long lastReportTicks = -ProgressInterval.Ticks;

        public ConcurrentBag<RejectedLetter> Rejected { get; } = [];

        /// <summary>Letters added or updated, with the hash their documents carry.</summary>
        public ConcurrentBag<(string Source, string Hash)> Indexed { get; } = [];

        public int Added => AddedCount;

        public int Updated => UpdatedCount;

        public int Unchanged => UnchangedCount;

        public void Count(ref int counter)
        {
            Interlocked.Increment(ref counter);
            Processed();
        }

        public void Reject(string source, string reason)
        {
            Rejected.Add(new RejectedLetter(source, reason));
            Processed();
        }

        public void ReportNow() => progress?.Report(new BuildProgress(Volatile.Read(ref processed), total, clock.Elapsed));

        private void Processed()
        {
            var done = Interlocked.Increment(ref processed);
            if (progress is null)
            {
                return;
            }

            var now = clock.Elapsed.Ticks;
            var last = Interlocked.Read(ref lastReportTicks);
            if (now - last >= ProgressInterval.Ticks && Interlocked.CompareExchange(ref lastReportTicks, now, last) == last)
            {
                progress.Report(new BuildProgress(done, total, clock.Elapsed));
            }
        }
    }
}
