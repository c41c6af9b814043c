using System.Runtime.InteropServices;

namespace ImrSearch.Parsing;

/// <summary>
/// What a path names, asked of the file system without opening it: opening a FIFO blocks until a writer comes, and a
/// link to /dev/zero reads forever, so only regular files may be opened at all.
/// </summary>
internal static partial class FileKind
{
    private const int CurrentFolder = -100; // AT_FDCWD
    private const uint TypeAndSize = 0x1 | 0x200; // STATX_TYPE | STATX_SIZE
    private const int TypeMask = 0xF000; // S_IFMT
    private const int ModeOffset = 28; // struct statx: stx_mode (the layout is the same on every Linux architecture)
    private const int SizeOffset = 40; // struct statx: stx_size

    private static bool StatxMissing;

    /// <summary>The file's size when the path (links followed) is a regular file; otherwise why it may not be read.</summary>
    public static (long? Length, string? Refusal) Inspect(string path)
    {
        if (OperatingSystem.IsLinux() && !Volatile.Read(ref StatxMissing))
        {
            try
            {
                return InspectLinux(path);
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                // A C library without statx (glibc before 2.28): fall back to what .NET reports.
                Volatile.Write(ref StatxMissing, true);
            }
        }

        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return (null, System.IO.Directory.Exists(path) ? "not a regular file (a folder); only regular files are read" : "file not found");
        }

        return (file.Attributes & FileAttributes.Device) != 0
            ? (null, "not a regular file (a device); only regular files are read")
            : (file.Length, null);
    }

    private static (long? Length, string? Refusal) InspectLinux(string path)
    {
        var status = new byte[256];
        if (Statx(CurrentFolder, path, 0, TypeAndSize, status) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            return (null, error == 2 ? "file not found" : $"cannot read the file: {Marshal.GetPInvokeErrorMessage(error)}");
        }

        var type = BitConverter.ToUInt16(status, ModeOffset) & TypeMask;
        var what = type switch
        {
            0x8000 => null,
            0x1000 => "a FIFO",
            0x2000 => "a character device",
            0x6000 => "a block device",
            0x4000 => "a folder",
            0xC000 => "a socket",
            _ => "not a file",
        };
        return what is null
            ? (BitConverter.ToInt64(status, SizeOffset), null)
            : (null, $"not a regular file ({what}); only regular files are read");
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int folder, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] status);
}
