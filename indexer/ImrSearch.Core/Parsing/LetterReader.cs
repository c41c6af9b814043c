using System.Security.Cryptography;
using ImrSearch.Domain;
using ImrSearch.Vocabularies;

namespace ImrSearch.Parsing;

/// <summary>
/// Reads one letter file (.txt or .pdf) into a determination. Never throws for bad input: missing, unreadable,
/// oversized, binary or malformed files come back rejected with the reason.
/// </summary>
public static class LetterReader
{
    /// <summary>Text letters are a few kilobytes; anything this large is not one, and is refused before it is read.</summary>
    public const long MaximumTextFileBytes = 4L * 1024 * 1024;

    /// <summary>PDF letters run to tens or hundreds of kilobytes; embedded images can make them larger, not this large.</summary>
    public const long MaximumPdfFileBytes = 25L * 1024 * 1024;

    public static LetterParseResult Read(string path) => Read(path, path, ImrVocabulary.Default);

    /// <param name="source">What the determination records as its source (e.g. the path relative to the corpus).</param>
    public static LetterParseResult Read(string path, string source) => Read(path, source, ImrVocabulary.Default);

    public static LetterParseResult Read(string path, string source, ImrVocabulary vocabulary)
    {
        byte[] bytes;
        try
        {
            var (limit, refusal) = Limit(path);
            if (refusal is not null)
            {
                return LetterParseResult.Rejected(source, refusal);
            }

            using var stream = OpenRead(path);
            bytes = new byte[(int)Math.Min(stream.Length, limit)];
            var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            if (read < bytes.Length)
            {
                Array.Resize(ref bytes, read);
            }
            else if (stream.ReadByte() >= 0)
            {
                // It grew past its limit between the check and the read.
                return LetterParseResult.Rejected(source, TooLarge(limit, stream.Length));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException or ArgumentException)
        {
            return LetterParseResult.Rejected(source, $"cannot read the file: {e.Message}");
        }

        return Read(bytes, source, vocabulary);
    }

    /// <summary>A letter file's bytes (already read and within the size limits) into a determination or a rejection.</summary>
    public static LetterParseResult Read(byte[] bytes, string source, ImrVocabulary vocabulary)
    {
        try
        {
            var (text, error, ocr) = StartsLikePdf(bytes) ? PdfLetterText.Extract(bytes) : LetterTextDecoder.Decode(bytes).ToContent();
            if (text is null)
            {
                return LetterParseResult.Rejected(source, error ?? "the file has no readable text");
            }

            var result = DeterminationParser.Parse(text, source, vocabulary);
            return ocr && result.Determination is { } parsed ? result with { Determination = parsed with { Ocr = true } } : result;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Decoding is as much the letter's problem as parsing: it rejects the letter, never the build.
            return LetterParseResult.Rejected(source, $"the file could not be decoded ({e.GetType().Name}: {e.Message})");
        }
    }

    /// <summary>
    /// The SHA-256 of the file's bytes (lower-case hex), read in a stream, or why the file may not be read: the same
    /// checks as <see cref="Read(string, string, ImrVocabulary)"/>, so nothing is hashed that would not be parsed.
    /// </summary>
    public static (string? Hash, string? Refusal) ContentHash(string path)
    {
        try
        {
            return HashOf(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException or ArgumentException)
        {
            return (null, $"cannot read the file: {e.Message}");
        }
    }

    private static (string? Hash, string? Refusal) HashOf(string path)
    {
        var (limit, refusal) = Limit(path);
        if (refusal is not null)
        {
            return (null, refusal);
        }

        using var stream = OpenRead(path);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            total += read;
            if (total > limit)
            {
                return (null, TooLarge(limit, total));
            }

            hash.AppendData(buffer, 0, read);
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), null);
    }

    /// <summary>The most bytes the file may hold, from its metadata (nothing is opened unless it is a regular file).</summary>
    private static (long Limit, string? Refusal) Limit(string path)
    {
        var (length, refusal) = FileKind.Inspect(path);
        if (length is not { } bytes)
        {
            return (0, refusal);
        }

        var limit = IsPdf(path) ? MaximumPdfFileBytes : MaximumTextFileBytes;
        return bytes > limit ? (limit, TooLarge(limit, bytes)) : (limit, null);
    }

    private static string TooLarge(long limit, long bytes) =>
        $"the file is {bytes / 1024.0 / 1024.0:0.0} MB; {(limit == MaximumPdfFileBytes ? "PDF" : "text")} letters above {limit / 1024 / 1024} MB are not read";

    private static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);

    private static bool IsPdf(string path)
    {
        if (path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        Span<byte> head = stackalloc byte[5];
        using var stream = OpenRead(path);
        return stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && StartsLikePdf(head);
    }

    private static PdfLetterContent ToContent(this (string? Text, string? Error) decoded) => new(decoded.Text, decoded.Error, false);

    private static bool StartsLikePdf(ReadOnlySpan<byte> bytes) => bytes.StartsWith("%PDF-"u8);
}
