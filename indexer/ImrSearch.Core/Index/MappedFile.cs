using System.IO.MemoryMappedFiles;

namespace ImrSearch.Index;

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
