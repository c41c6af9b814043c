using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
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
    /// <summary>The default in-memory buffer before a segment is written: large segments, few merges, bounded memory.</summary>
    public const double DefaultRamBufferMegabytes = 128;

    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(250);

    private readonly Func<string, string, LetterParseResult> readLetter;
    private readonly Func<Determination, string> serialize;

    /// <summary>Reads letters with <see cref="LetterReader"/> and stores them as <see cref="DeterminationJson"/>.</summary>
    public CorpusIndexer()
        : this((path, source) => LetterReader.Read(path, source), DeterminationJson.Serialize)
    {
    }

    /// <param name="readLetter">Reads one letter file given its full path; must not throw for bad input.</param>
    /// <param name="serialize">Writes a determination as the JSON stored on its case document.</param>
    public CorpusIndexer(Func<string, LetterParseResult> readLetter, Func<Determination, string> serialize)
        : this((path, _) => readLetter(path), serialize)
    {
    }

    // Private so that a method group with both shapes (LetterReader.Read) still binds to the public constructor.
    private CorpusIndexer(Func<string, string, LetterParseResult> readLetter, Func<Determination, string> serialize)
    {
        this.readLetter = readLetter;
        this.serialize = serialize;
    }

    /// <summary>Indexing memory before a segment is flushed to disk (the writer's RAM buffer, shared by all threads).</summary>
    public double RamBufferMegabytes { get; init; } = DefaultRamBufferMegabytes;

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

        var letters = LetterFiles.Under(corpusDirectory)
            .Select(path => Path.GetRelativePath(corpusDirectory, path).Replace(Path.DirectorySeparatorChar, '/'))
            .ToList();
        System.IO.Directory.CreateDirectory(indexDirectory);

        using var buildLock = BuildLock.Acquire(indexDirectory);
        // Plain reads rather than memory maps: a build reads each segment once, to merge it, and mapped segments
        // would count toward the process's resident memory (a million items: over a gigabyte of maps) for no gain.
        using var directory = new NIOFSDirectory(indexDirectory, new NativeFSLockFactory());
        var writer = OpenWriter(directory, indexDirectory);
        var run = new BuildRun(letters.Count, clock, progress);
        try
        {
            var indexed = IndexedLetters.Read(directory);
            var analysis = AnalysisFingerprint;
            var analysisChanged = indexed.Analysis is not null && indexed.Analysis != analysis;
            var options = new ParallelOptions
            {
                MaxDegreeOfParallelism = Environment.ProcessorCount,
                CancellationToken = cancellationToken,
            };
            Parallel.ForEach(letters, options, source =>
                IndexLetter(writer, corpusDirectory, source, indexed.Hashes.GetValueOrDefault(source), analysisChanged, run));

            var present = letters.ToHashSet(StringComparer.Ordinal);
            var removed = indexed.Hashes.Keys.Where(source => !present.Contains(source)).ToList();
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

            writer.Commit();
            writer.Dispose();
            run.ReportNow();

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
            };
        }
        catch
        {
            // Nothing of this build becomes visible: the previous commit stays the index.
            writer.Rollback();
            throw;
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
        $"schema {IndexSchema.FormatVersion}; synonyms {SynonymVocabulary.Default.Fingerprint}";

    private void IndexLetter(IndexWriter writer, string corpusDirectory, string source, string? indexedHash, bool reindex, BuildRun run)
    {
        var path = Path.Combine(corpusDirectory, source);
        try
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
            if (hash == indexedHash && !reindex)
            {
                run.Count(ref run.UnchangedCount);
                return;
            }

            var key = new Term(IndexSchema.Source, source);
            var result = readLetter(path, source);
            if (result.Determination is not { } parsed)
            {
                // The letter's old documents describe content that no longer exists.
                if (indexedHash is not null)
                {
                    writer.DeleteDocuments(key);
                }

                run.Reject(source, result.Error ?? "The letter could not be read.");
                return;
            }

            var determination = parsed with { Source = source };
            var documents = DeterminationDocuments.Create(determination, serialize(determination), hash);
            // A re-analysis replaces by source even where no hash was read, so no letter is ever indexed twice.
            if (indexedHash is null && !reindex)
            {
                writer.AddDocuments(documents);
                run.Count(ref run.AddedCount);
            }
            else
            {
                writer.UpdateDocuments(key, documents);
                run.Count(ref run.UpdatedCount);
            }
        }
        catch (IOException e)
        {
            run.Reject(source, $"The file could not be read: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            run.Reject(source, $"The file could not be read: {e.Message}");
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
