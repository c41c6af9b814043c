using System.IO.MemoryMappedFiles;
using Lucene.Net.Store;

namespace ImrSearch.Index;

/// <summary>
/// The index's files mapped into memory and read through a plain pointer (<see cref="MappedIndexInput"/>), for
/// searching. Lucene.Net's own <see cref="MMapDirectory"/> reads each byte through a view accessor that takes and
/// releases a reference on the mapping's handle (two atomic operations per byte, on one handle shared by every
/// thread reading the file); the postings' variable-length integers are read a byte at a time.
/// </summary>
/// <remarks>
/// A mapping is released when neither the input opened on it nor any of its clones or slices can be reached any more
/// (the view's handle is finalized), not when the input is disposed: Lucene never disposes clones, so unmapping on
/// dispose would let a clone still in use read unmapped memory. The cost is that a file deleted after a merge keeps
/// its disk space until the next full garbage collection after its last reader closed.
/// </remarks>
internal sealed class MappedIndexDirectory : FSDirectory
{
    public MappedIndexDirectory(string path)
        : base(new DirectoryInfo(path), new NativeFSLockFactory())
    {
    }

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        return MappedIndexInput.Open($"MappedIndexInput(path=\"{path}\")", MappedFile.Open(path));
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new Slicer(this, name, (MappedIndexInput)OpenInput(name, context));
    }

    private sealed class Slicer(MappedIndexDirectory directory, string name, MappedIndexInput full) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length)
        {
            directory.EnsureOpen();
            return full.Slice($"{sliceDescription} in {name}", offset, length);
        }

        [Obsolete("Only for reading compound files of Lucene 3.x indexes.")]
        public override IndexInput OpenFullSlice() => (IndexInput)full.Clone();

        protected override void Dispose(bool disposing)
        {
        }
    }
}

/// <summary>A file's bytes mapped read-only; unmapped when this object (and so its view) can no longer be reached.</summary>
internal sealed unsafe class MappedFile
{
    private static readonly MappedFile Empty = new(null, null, 0);

    // Kept only so that the view's handle, which unmaps when finalized, lives as long as anything reading it.
    private readonly MemoryMappedViewAccessor? view;

    private MappedFile(MemoryMappedViewAccessor? view, byte* start, long length)
    {
        this.view = view;
        Start = start;
        Length = length;
    }

    public byte* Start { get; }

    public long Length { get; }

    public static MappedFile Open(string path)
    {
        // The mapping holds the file itself: the stream and the mapping object are closed at once, and the file may
        // be deleted (after a merge) while it stays mapped.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        var length = stream.Length;
        if (length == 0)
        {
            return Empty;
        }

        using var file = MemoryMappedFile.CreateFromFile(stream, null, length, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
        var view = file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        var start = (byte*)view.SafeMemoryMappedViewHandle.DangerousGetHandle() + view.PointerOffset;
        return new MappedFile(view, start, length);
    }
}
