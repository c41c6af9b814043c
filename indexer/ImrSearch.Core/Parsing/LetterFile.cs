using System.Security.Cryptography;

namespace ImrSearch.Parsing;

/// <summary>
/// A letter file's bytes, read once within the size limit of its kind, with their SHA-256 (lower-case hex); or why
/// the file may not be read. A build hashes and parses the same bytes, so the file is opened once.
/// </summary>
public sealed record LetterFile(byte[]? Bytes, string? Hash, string? Refusal)
{
    /// <summary>Text letters are a few kilobytes; anything this large is not one, and is refused before it is read.</summary>
    public const long MaximumTextFileBytes = 4L * 1024 * 1024;

    /// <summary>PDF letters run to tens or hundreds of kilobytes; embedded images can make them larger, not this large.</summary>
    public const long MaximumPdfFileBytes = 25L * 1024 * 1024;

    /// <summary>
    /// Reads the file when it is a regular file within its limit: PDF (by name or by its first bytes) up to
    /// <see cref="MaximumPdfFileBytes"/>, anything else up to <see cref="MaximumTextFileBytes"/>. Throws only for
    /// I/O failures (a file that vanished or may not be opened), which the caller reports as the letter's reason.
    /// </summary>
    public static LetterFile Load(string path)
    {
        // Asked of the file system first: only a regular file is ever opened (a FIFO would block, a device never end).
        var (length, refusal) = FileKind.Inspect(path);
        if (length is null)
        {
            return Refused(refusal ?? "the file could not be read");
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var size = stream.Length;
        var limit = LimitByName(path);
        var head = 0;
        Span<byte> start = stackalloc byte[5];
        if (size > limit && limit == MaximumTextFileBytes)
        {
            // Too large for text; a PDF under another name may hold this much.
            head = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
            if (head == start.Length && LetterReader.StartsLikePdf(start))
            {
                limit = MaximumPdfFileBytes;
            }
        }

        if (size > limit)
        {
            return Refused(TooLarge(limit, size));
        }

        var bytes = new byte[size];
        start[..head].CopyTo(bytes);
        var read = head + stream.ReadAtLeast(bytes.AsSpan(head), bytes.Length - head, throwOnEndOfStream: false);
        if (read < bytes.Length)
        {
            Array.Resize(ref bytes, read);
        }
        else if (stream.ReadByte() >= 0)
        {
            // It grew between the size check and the read: what was read is not the file.
            return Refused(Math.Max(stream.Length, size + 1) > limit
                ? TooLarge(limit, Math.Max(stream.Length, size + 1))
                : "the file changed while it was read");
        }

        return new LetterFile(bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)), null);
    }

    /// <summary>The size limit a file's name promises: PDF's by the extension, text's for any other name.</summary>
    internal static long LimitByName(string path) =>
        path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? MaximumPdfFileBytes : MaximumTextFileBytes;

    private static LetterFile Refused(string reason) => new(null, null, reason);

    private static string TooLarge(long limit, long bytes) =>
        $"the file is {bytes / 1024.0 / 1024.0:0.0} MB; {(limit == MaximumPdfFileBytes ? "PDF" : "text")} letters above {limit / 1024 / 1024} MB are not read";
}
