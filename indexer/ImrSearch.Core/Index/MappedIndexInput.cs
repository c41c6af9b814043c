using System.Buffers.Binary;
using Lucene.Net.Store;

namespace ImrSearch.Index;

/// <summary>
/// Reads a range of a <see cref="MappedFile"/> through a pointer: a byte read is a bounds check and a load. Clones
/// (Lucene's way of giving each reader thread its own position) copy the position and share the mapping.
/// </summary>
internal sealed unsafe class MappedIndexInput : IndexInput
{
    private readonly MappedFile file;
    private readonly byte* start;
    private readonly long length;
    private long position;

    private MappedIndexInput(string description, MappedFile file, byte* start, long length)
        : base(description)
    {
        this.file = file;
        this.start = start;
        this.length = length;
    }

    public static MappedIndexInput Open(string description, MappedFile file) =>
        new(description, file, file.Start, file.Length);

    public override long Position => position;

    public override long Length => length;

    public override void Seek(long pos)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pos);
        if (pos > length)
        {
            throw PastEnd("seek");
        }

        position = pos;
    }

    public override byte ReadByte()
    {
        var at = position;
        if (at >= length)
        {
            throw PastEnd("read");
        }

        var value = start[at];
        position = at + 1;
        GC.KeepAlive(file);
        return value;
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        var target = b.AsSpan(offset, len);
        Read(len).CopyTo(target);
        GC.KeepAlive(file);
    }

    public override short ReadInt16()
    {
        var value = BinaryPrimitives.ReadInt16BigEndian(Read(sizeof(short)));
        GC.KeepAlive(file);
        return value;
    }

    public override int ReadInt32()
    {
        var value = BinaryPrimitives.ReadInt32BigEndian(Read(sizeof(int)));
        GC.KeepAlive(file);
        return value;
    }

    public override long ReadInt64()
    {
        var value = BinaryPrimitives.ReadInt64BigEndian(Read(sizeof(long)));
        GC.KeepAlive(file);
        return value;
    }

    public override int ReadVInt32()
    {
        if (length - position < 5)
        {
            // Near the end: byte by byte, with the base's checks (and its error for a malformed value).
            return base.ReadVInt32();
        }

        var p = start + position;
        int b = p[0];
        var value = b & 0x7F;
        var read = 1;
        for (var shift = 7; b > 0x7F && shift <= 28; shift += 7)
        {
            b = p[read++];
            value |= (b & 0x7F) << shift;
        }

        if (b > 0x7F || (read == 5 && (b & 0xF0) != 0))
        {
            throw new IOException("Invalid VInt32 detected (too many bits)");
        }

        position += read;
        GC.KeepAlive(file);
        return value;
    }

    public override long ReadVInt64()
    {
        if (length - position < 9)
        {
            return base.ReadVInt64();
        }

        var p = start + position;
        long b = p[0];
        var value = b & 0x7F;
        var read = 1;
        for (var shift = 7; b > 0x7F && shift <= 56; shift += 7)
        {
            b = p[read++];
            value |= (b & 0x7F) << shift;
        }

        if (b > 0x7F)
        {
            throw new IOException("Invalid VInt64 detected (negative values disallowed)");
        }

        position += read;
        GC.KeepAlive(file);
        return value;
    }

    public override void SkipBytes(long numBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numBytes);
        Seek(position + numBytes);
    }

    /// <summary>A part of this input, positioned at its start: how Lucene reads a file within a compound file.</summary>
    public MappedIndexInput Slice(string description, long offset, long sliceLength)
    {
        if (offset < 0 || sliceLength < 0 || offset > length - sliceLength)
        {
            throw new ArgumentException($"slice {description} out of bounds: offset={offset}, length={sliceLength}, file length={length}: {this}");
        }

        return new MappedIndexInput(description, file, start + offset, sliceLength);
    }

    protected override void Dispose(bool disposing)
    {
        // Nothing to release here: see MappedIndexDirectory on when a mapping goes.
    }

    private ReadOnlySpan<byte> Read(int count)
    {
        var at = position;
        if (count < 0 || count > length - at)
        {
            throw PastEnd("read");
        }

        position = at + count;
        return new ReadOnlySpan<byte>(start + at, count);
    }

    private EndOfStreamException PastEnd(string what) => new($"{what} past EOF: {this}");
}
