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
