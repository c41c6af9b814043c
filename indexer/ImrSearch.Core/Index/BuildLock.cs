namespace ImrSearch.Index;

/// <summary>
/// One build per index across processes: an exclusive lock on a file in the index folder, held for the whole build.
/// </summary>
/// <remarks>
/// Lucene.Net's NativeFSLockFactory did not keep a second imr-index process out on Linux (both builds ran, and the
/// second then read the first's half-written commit). .NET takes FileShare.None as an exclusive flock on Unix and a
/// sharing lock on Windows, which every process honours and the kernel drops when a killed process dies. The file
/// itself stays; its name matches no Lucene file pattern, so Lucene never deletes it.
/// </remarks>
internal sealed class BuildLock : IDisposable
{
    public const string FileName = "imr-build.lock";

    // Windows reports ERROR_SHARING_VIOLATION / ERROR_LOCK_VIOLATION; Unix the errno of the refused flock,
    // EWOULDBLOCK (11 on Linux, 35 on macOS).
    private const int SharingViolation = 32;
    private const int LockViolation = 33;
    private const int LinuxWouldBlock = 11;
    private const int MacWouldBlock = 35;

    private readonly FileStream stream;

    private BuildLock(FileStream stream)
    {
        this.stream = stream;
    }

    public static BuildLock Acquire(string indexDirectory)
    {
        var path = Path.Combine(indexDirectory, FileName);
        try
        {
            return new BuildLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1));
        }
        catch (IOException e) when (IsHeldElsewhere(e))
        {
            throw new IndexLockedException(indexDirectory, e);
        }
    }

    public void Dispose() => stream.Dispose();

    private static bool IsHeldElsewhere(IOException e) =>
        OperatingSystem.IsWindows()
            ? (e.HResult & 0xFFFF) is SharingViolation or LockViolation
            : e.HResult is LinuxWouldBlock or MacWouldBlock;
}
