using ImrSearch.Domain;
using ImrSearch.Index;
using ImrSearch.Parsing;
using Lucene.Net.Store;

namespace ImrSearch.Tests.Index;

/// <summary>
/// A build never loses what the index holds by accident: not to a folder it cannot read, an empty or unmounted
/// corpus, a full disk, or a letter that makes the parser throw.
/// </summary>
public sealed class CorpusSafetyTests
{
    private static CorpusIndexer Indexer(bool allowMassRemoval = false) =>
        new(JsonLetterFiles.Read, JsonLetterFiles.Serialize) { AllowMassRemoval = allowMassRemoval };

    private static Determination Letter(int n, string folder = "") =>
        SampleDeterminations.NeurologyPhysicalTherapy($"{folder}{n:000}.txt") with { CaseId = $"CM15-{n:0000000}" };

    private static CorpusFixture Corpus(params Determination[] letters)
    {
        var fixture = new CorpusFixture([]);
        foreach (var letter in letters)
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(fixture.Corpus, letter.Source))!);
            JsonLetterFiles.Write(fixture.Corpus, letter);
        }

        return fixture;
    }

    [Fact]
    public void Letters_under_a_folder_that_cannot_be_read_are_kept_and_the_folder_reported()
    {
        using var fixture = Corpus(Letter(1), Letter(2, "nested/"), Letter(3, "nested/deeper/"));
        Indexer().Build(fixture.Corpus, fixture.IndexDirectory);
        var nested = Path.Combine(fixture.Corpus, "nested");
        var withoutNested = new CorpusIndexer(JsonLetterFiles.Read, JsonLetterFiles.Serialize)
        {
            // Root (as CI runs) reads every folder whatever its mode, so the listing stands in for the file system.
            ScanCorpus = corpus => new LetterFolderScan(
                LetterFiles.Scan(corpus).Files.Where(f => !f.StartsWith(nested, StringComparison.Ordinal)).ToList(),
                [new UnreadableFolder(nested, "Access to the path is denied.")]),
        };

        var report = withoutNested.Build(fixture.Corpus, fixture.IndexDirectory);

        Assert.Equal((0, 1, 0), (report.Removed, report.Unchanged, report.Rejected.Count));
        Assert.Equal([new UnreadableFolder("nested", "Access to the path is denied.")], report.UnreadableFolders);
        Assert.Equal(2, report.KeptFromUnreadableFolders);
        Assert.Equal(3, report.Cases);
        Assert.Contains("1 unreadable folders (2 letters in them kept)", report.Summary);
    }

    [Fact]
    public void A_folder_without_permission_is_listed_as_unreadable()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var fixture = Corpus(Letter(1), Letter(2, "locked/"));
        var locked = Path.Combine(fixture.Corpus, "locked");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var canStillList = true;
            try
            {
                _ = System.IO.Directory.GetFiles(locked);
            }
            catch (UnauthorizedAccessException)
            {
                canStillList = false;
            }

            var scan = LetterFiles.Scan(fixture.Corpus);

            if (canStillList)
            {
                // Running as root: permissions do not stop it, and the listing must say nothing is unreadable.
                Assert.Empty(scan.UnreadableFolders);
                Assert.Equal(2, scan.Files.Count);
            }
            else
            {
                Assert.Equal([locked], scan.UnreadableFolders.Select(f => f.Path));
                Assert.Single(scan.Files);
            }
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void An_empty_corpus_folder_does_not_empty_the_index()
    {
        using var fixture = Corpus(Letter(1), Letter(2), Letter(3));
        Indexer().Build(fixture.Corpus, fixture.IndexDirectory);
        foreach (var file in System.IO.Directory.GetFiles(fixture.Corpus))
        {
            File.Delete(file);
        }

        var error = Assert.Throws<MassRemovalException>(() => Indexer().Build(fixture.Corpus, fixture.IndexDirectory));

        Assert.Contains("remove 3 of the 3 letters", error.Message);
        Assert.Contains("--allow-mass-removal", error.Message);
        Assert.Equal(3, IndexStatistics.Read(fixture.IndexDirectory).Cases);
        var allowed = Indexer(allowMassRemoval: true).Build(fixture.Corpus, fixture.IndexDirectory);
        Assert.Equal((3, 0), (allowed.Removed, allowed.Cases));
    }

    [Fact]
    public void Removing_half_is_allowed_and_more_than_half_is_not()
    {
        using var fixture = Corpus(Letter(1), Letter(2), Letter(3), Letter(4));
        Indexer().Build(fixture.Corpus, fixture.IndexDirectory);
        File.Delete(Path.Combine(fixture.Corpus, "001.txt"));
        File.Delete(Path.Combine(fixture.Corpus, "002.txt"));

        Assert.Equal(2, Indexer().Build(fixture.Corpus, fixture.IndexDirectory).Removed);

        File.Delete(Path.Combine(fixture.Corpus, "003.txt"));
        File.Delete(Path.Combine(fixture.Corpus, "004.txt"));
        JsonLetterFiles.Write(fixture.Corpus, Letter(5));
        Assert.Throws<MassRemovalException>(() => Indexer().Build(fixture.Corpus, fixture.IndexDirectory));
        Assert.Equal(["003.txt", "004.txt"], CaseSources(fixture));
    }

    [Fact]
    public void A_letter_that_makes_the_reader_throw_is_rejected_and_the_build_goes_on()
    {
        using var fixture = Corpus(Letter(1), Letter(2));
        var indexer = new CorpusIndexer(
            path => path.EndsWith("002.txt", StringComparison.Ordinal) ? throw new FormatException("The input string '４９' was not in a correct format.") : JsonLetterFiles.Read(path),
            JsonLetterFiles.Serialize);

        var report = indexer.Build(fixture.Corpus, fixture.IndexDirectory);

        Assert.Equal(1, report.Added);
        Assert.Equal("002.txt", Assert.Single(report.Rejected).Source);
        Assert.Contains("４９", report.Rejected[0].Reason);
    }

    [Fact]
    public void A_full_disk_fails_the_build_with_that_reason_and_keeps_the_previous_commit()
    {
        using var fixture = Corpus(Letter(1), Letter(2));
        Indexer().Build(fixture.Corpus, fixture.IndexDirectory);
        for (var n = 3; n <= 12; n++)
        {
            JsonLetterFiles.Write(fixture.Corpus, Letter(n));
        }

        var full = new CorpusIndexer(JsonLetterFiles.Read, JsonLetterFiles.Serialize)
        {
            OpenDirectory = path => new FullDisk(new NIOFSDirectory(path), bytesLeft: 4096),
        };

        var error = Assert.Throws<IndexWriteException>(() => full.Build(fixture.Corpus, fixture.IndexDirectory));

        Assert.Contains(FullDisk.Message, error.Message);
        Assert.DoesNotContain("could not be read", error.Message);
        Assert.Equal(["001.txt", "002.txt"], CaseSources(fixture));
        Assert.True(IndexCheck.Run(fixture.IndexDirectory).IsClean);
        Assert.Equal(10, Indexer().Build(fixture.Corpus, fixture.IndexDirectory).Added);
    }

    [Fact]
    public void Whatever_byte_the_disk_fills_at_the_commit_holds_every_letter_reported_or_none_of_the_build()
    {
        using var fixture = Corpus(Letter(1), Letter(2));
        Indexer().Build(fixture.Corpus, fixture.IndexDirectory);
        for (var n = 3; n <= 8; n++)
        {
            JsonLetterFiles.Write(fixture.Corpus, Letter(n));
        }

        File.Delete(Path.Combine(fixture.Corpus, "001.txt"));
        var succeeded = false;
        for (var budget = 0L; !succeeded; budget = budget * 2 + 512)
        {
            var full = new CorpusIndexer(JsonLetterFiles.Read, JsonLetterFiles.Serialize)
            {
                OpenDirectory = path => new FullDisk(new NIOFSDirectory(path), budget),
            };
            try
            {
                var report = full.Build(fixture.Corpus, fixture.IndexDirectory);
                succeeded = true;
                Assert.Equal((6, 1), (report.Added, report.Removed));
                Assert.Equal(["002.txt", "003.txt", "004.txt", "005.txt", "006.txt", "007.txt", "008.txt"], CaseSources(fixture));
            }
            catch (IndexWriteException e)
            {
                Assert.Contains(FullDisk.Message, e.Message);
                Assert.Equal(["001.txt", "002.txt"], CaseSources(fixture));
            }

            Assert.True(IndexCheck.Run(fixture.IndexDirectory).IsClean, $"the index is damaged after a disk full at {budget} bytes");
        }
    }

    private static List<string> CaseSources(CorpusFixture fixture)
    {
        using var index = new IndexedDocuments(fixture.IndexDirectory);
        return index.Cases().Select(c => c.Get(IndexSchema.Source)).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>A directory on a disk with this many bytes left: writing past them fails as a full disk does.</summary>
    private sealed class FullDisk(Lucene.Net.Store.Directory inner, long bytesLeft) : FilterDirectory(inner)
    {
        public const string Message = "No space left on device";

        private long left = bytesLeft;

        public override IndexOutput CreateOutput(string name, IOContext context)
        {
            Spend(0);
            return new Output(base.CreateOutput(name, context), this);
        }

        private void Spend(long bytes)
        {
            if (Interlocked.Add(ref left, -bytes) < 0)
            {
                throw new IOException(Message);
            }
        }

        private sealed class Output(IndexOutput inner, FullDisk disk) : IndexOutput
        {
            public override long Position => inner.Position;

            public override long Checksum => inner.Checksum;

            public override long Length { get => inner.Length; set => inner.Length = value; }

            public override void WriteByte(byte b)
            {
                disk.Spend(1);
                inner.WriteByte(b);
            }

            public override void WriteBytes(byte[] b, int offset, int length)
            {
                disk.Spend(length);
                inner.WriteBytes(b, offset, length);
            }

            public override void Flush() => inner.Flush();

            [Obsolete("Seeking is not supported by every output; Lucene only uses it through Length.")]
            public override void Seek(long pos) => inner.Seek(pos);

            protected override void Dispose(bool disposing)
            {
                if (disposing)
                {
                    inner.Dispose();
                }
            }
        }
    }
}
