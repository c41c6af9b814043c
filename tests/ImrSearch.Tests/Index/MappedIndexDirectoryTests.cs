using ImrSearch.Index;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ImrSearch.Tests.Index;

/// <summary>
/// The pointer-reading directory the searcher opens reads every value as Lucene's own file reading does: the same
/// bytes, integers and variable-length integers, at the same positions, with the same errors past the end.
/// </summary>
public sealed class MappedIndexDirectoryTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Random_reads_and_seeks_return_what_lucene_s_own_reader_returns()
    {
        var (values, path) = WriteValues(seed: 17, count: 5_000);
        using var expectedDirectory = new SimpleFSDirectory(new DirectoryInfo(path));
        using var actualDirectory = new MappedIndexDirectory(path);
        using var expected = expectedDirectory.OpenInput("values.bin", IOContext.DEFAULT);
        using var actual = actualDirectory.OpenInput("values.bin", IOContext.DEFAULT);
        Assert.Equal(expected.Length, actual.Length);

        var random = new Random(5);
        for (var step = 0; step < 20_000; step++)
        {
            var (offset, kind) = values[random.Next(values.Count)];
            expected.Seek(offset);
            actual.Seek(offset);
            Assert.Equal(ReadOne(expected, kind), ReadOne(actual, kind));
            Assert.Equal(expected.Position, actual.Position);
        }

        // Straight through, as a postings reader walks a file.
        expected.Seek(0);
        actual.Seek(0);
        foreach (var (_, kind) in values)
        {
            Assert.Equal(ReadOne(expected, kind), ReadOne(actual, kind));
        }

        Assert.Equal(expected.Length, actual.Position);
    }

    [Fact]
    public void Clones_and_slices_keep_their_own_positions()
    {
        var path = WriteBytes(Enumerable.Range(0, 1_000).Select(i => (byte)i).ToArray());
        using var directory = new MappedIndexDirectory(path);
        using var input = directory.OpenInput("bytes.bin", IOContext.DEFAULT);
        input.Seek(10);
        var clone = (IndexInput)input.Clone();
        Assert.Equal(10, clone.Position);
        Assert.Equal(10, clone.ReadByte());
        Assert.Equal(10, input.Position);

        using var slicer = directory.CreateSlicer("bytes.bin", IOContext.DEFAULT);
        var slice = slicer.OpenSlice("part", 300, 100);
        Assert.Equal(100, slice.Length);
        Assert.Equal(0, slice.Position);
        Assert.Equal(300 % 256, slice.ReadByte());
        slice.Seek(99);
        Assert.Equal(399 % 256, slice.ReadByte());
        Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
        Assert.Throws<EndOfStreamException>(() => slice.Seek(101));
        Assert.ThrowsAny<ArgumentException>(() => slicer.OpenSlice("too far", 950, 51));
        Assert.ThrowsAny<ArgumentException>(() => slicer.OpenSlice("negative", -1, 10));
    }

    [Fact]
    public void Reading_past_the_end_fails_as_lucene_s_reader_does()
    {
        var path = WriteBytes([1, 2, 3, 0x80, 0x80]);
        using var directory = new MappedIndexDirectory(path);
        using var input = directory.OpenInput("bytes.bin", IOContext.DEFAULT);
        var buffer = new byte[8];
        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(buffer, 0, 6));
        input.Seek(3);
        Assert.Throws<EndOfStreamException>(() => input.ReadVInt32()); // a variable-length integer cut off by the end
        input.Seek(2);
        Assert.Throws<EndOfStreamException>(() => input.ReadInt32());
        input.Seek(5);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
        Assert.Throws<EndOfStreamException>(() => input.Seek(6));
        Assert.ThrowsAny<ArgumentException>(() => input.Seek(-1));
    }

    [Fact]
    public void A_malformed_variable_length_integer_is_refused_far_from_the_end_as_near_it()
    {
        // Five bytes whose last sets bits above the 32nd: far from the end (the fast path), then at the very end.
        byte[] malformed = [0xFF, 0xFF, 0xFF, 0xFF, 0x7F];
        var path = WriteBytes([.. malformed, .. new byte[16], .. malformed]);
        using var directory = new MappedIndexDirectory(path);
        using var input = directory.OpenInput("bytes.bin", IOContext.DEFAULT);
        Assert.Throws<IOException>(() => input.ReadVInt32());
        input.Seek(input.Length - 5);
        Assert.Throws<IOException>(() => input.ReadVInt32());
    }

    [Fact]
    public void An_empty_file_opens_and_has_nothing_to_read()
    {
        var path = WriteBytes([]);
        using var directory = new MappedIndexDirectory(path);
        using var input = directory.OpenInput("bytes.bin", IOContext.DEFAULT);
        Assert.Equal(0, input.Length);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    [Fact]
    public void A_file_deleted_after_it_was_opened_is_still_read_by_its_open_inputs()
    {
        // A merge deletes the files of the segments it replaced while searches of the old commit still read them.
        var path = WriteBytes(Enumerable.Range(0, 4_096).Select(i => (byte)(i * 7)).ToArray());
        using var directory = new MappedIndexDirectory(path);
        using var input = directory.OpenInput("bytes.bin", IOContext.DEFAULT);
        var clone = (IndexInput)input.Clone();
        File.Delete(Path.Combine(path, "bytes.bin"));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        clone.Seek(4_095);
        Assert.Equal(4_095 * 7 % 256, clone.ReadByte());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_index_written_with_or_without_compound_files_is_searched_through_it(bool compound)
    {
        var path = folder.Sub($"index-{compound}");
        using (var writing = FSDirectory.Open(path))
        using (var writer = new IndexWriter(writing, new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48))
        {
            UseCompoundFile = compound,
        }))
        {
            for (var i = 0; i < 500; i++)
            {
                writer.AddDocument(new Document
                {
                    new StringField("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
                    new TextField("text", i % 3 == 0 ? "lumbar MRI overturned" : "cervical MRI upheld", Field.Store.YES),
                });
            }
        }

        Assert.Equal(compound, System.IO.Directory.GetFiles(path, "*.cfs").Length > 0);
        using var directory = new MappedIndexDirectory(path);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        Assert.Equal(167, searcher.Search(new TermQuery(new Term("text", "lumbar")), 1).TotalHits);
        Assert.Equal(500, searcher.Search(new PhraseQuery { new Term("text", "mri") }, 1).TotalHits);
        var hits = searcher.Search(new TermQuery(new Term("id", "43")), 1);
        Assert.Equal("cervical MRI upheld", searcher.Doc(hits.ScoreDocs[0].Doc).Get("text"));
    }

    private enum Kind
    {
        Byte,
        Bytes,
        Int16,
        Int32,
        Int64,
        VInt32,
        VInt64,
        String,
    }

    private static object ReadOne(IndexInput input, Kind kind) => kind switch
    {
        Kind.Byte => input.ReadByte(),
        Kind.Bytes => Convert.ToHexString(ReadBytes(input, 37)),
        Kind.Int16 => input.ReadInt16(),
        Kind.Int32 => input.ReadInt32(),
        Kind.Int64 => input.ReadInt64(),
        Kind.VInt32 => input.ReadVInt32(),
        Kind.VInt64 => input.ReadVInt64(),
        _ => input.ReadString(),
    };

    private static byte[] ReadBytes(IndexInput input, int count)
    {
        var bytes = new byte[count];
        input.ReadBytes(bytes, 0, count);
        return bytes;
    }

    /// <summary>Values of every kind Lucene writes, with small and large magnitudes, ending with a few variable-length integers at the very end.</summary>
    private (List<(long Offset, Kind Kind)> Values, string Path) WriteValues(int seed, int count)
    {
        var path = folder.Sub("values");
        var random = new Random(seed);
        var values = new List<(long, Kind)>();
        using var directory = FSDirectory.Open(path);
        using var output = directory.CreateOutput("values.bin", IOContext.DEFAULT);
        for (var i = 0; i < count; i++)
        {
            var kind = i >= count - 4 ? (i % 2 == 0 ? Kind.VInt32 : Kind.VInt64) : (Kind)random.Next(8);
            values.Add((output.Position, kind));
            var magnitude = random.Next(64);
            var large = random.NextInt64() >>> magnitude;
            switch (kind)
            {
                case Kind.Byte: output.WriteByte((byte)random.Next(256)); break;
                case Kind.Bytes: output.WriteBytes(RandomBytes(random, 37), 37); break;
                case Kind.Int16: output.WriteInt16((short)random.Next(short.MinValue, short.MaxValue)); break;
                case Kind.Int32: output.WriteInt32(random.Next(int.MinValue, int.MaxValue)); break;
                case Kind.Int64: output.WriteInt64(random.NextInt64(long.MinValue, long.MaxValue)); break;
                case Kind.VInt32: output.WriteVInt32(magnitude % 5 == 0 ? -1 - random.Next(1000) : (int)(large & int.MaxValue)); break;
                case Kind.VInt64: output.WriteVInt64(large); break;
                default: output.WriteString(new string('é', random.Next(20)) + "x" + random.Next()); break;
            }
        }

        return (values, path);
    }

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    private string WriteBytes(byte[] bytes)
    {
        var path = folder.Sub(Guid.NewGuid().ToString("N"));
        File.WriteAllBytes(Path.Combine(path, "bytes.bin"), bytes);
        return path;
    }
}
