using System.Runtime.InteropServices;

namespace ImrSearch.Parsing;

/// <summary>
/// Asks the operating system to start reading a letter file into its page cache, without waiting for the data, so
/// that <see cref="LetterFile.Load"/> finds it in memory. Only regular files are touched (as LetterFile.Load does);
/// every failure is ignored, since the letter's own read reports it.
/// </summary>
internal static class LetterFilePrefetch
{
    private const int ReadOnlyNonBlocking = 0x0 | 0x800 | 0x80000; // O_RDONLY | O_NONBLOCK | O_CLOEXEC
    private const int WillNeed = 3; // POSIX_FADV_WILLNEED

    private static bool Unavailable = !OperatingSystem.IsLinux();

    public static void Start(string path)
    {
        if (Volatile.Read(ref Unavailable))
        {
            return;
        }

        try
        {
            if (!WorthReading(path, FileKind.Inspect(path).Length))
            {
                return;
            }

            // Non-blocking: should the path have become a FIFO since it was inspected, opening it must not wait.
            var descriptor = Open(path, ReadOnlyNonBlocking);
            if (descriptor >= 0)
            {
                Advise(descriptor, 0, 0, WillNeed);
                Close(descriptor);
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            Volatile.Write(ref Unavailable, true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // The letter's own read meets the same problem and reports it.
        }
    }

    /// <summary>
    /// Only a file the letter's own read will take whole: one above the limit its name promises is refused after its
    /// first bytes at most, and asking the kernel for all of it would be unbounded work on behalf of a hostile file.
    /// </summary>
    internal static bool WorthReading(string path, long? length) =>
        length is > 0 && length <= LetterFile.LimitByName(path);

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "posix_fadvise")]
    private static extern int Advise(int descriptor, long offset, long length, int advice);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int descriptor);
}
