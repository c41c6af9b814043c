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
            var file = new FileInfo(path);
            if (!file.Exists)
            {
                return LetterParseResult.Rejected(source, "file not found");
            }

            var isPdf = IsPdf(file);
            var limit = isPdf ? MaximumPdfFileBytes : MaximumTextFileBytes;
            if (file.Length > limit)
            {
                return LetterParseResult.Rejected(
                    source,
                    $"the file is {file.Length / 1024.0 / 1024.0:0.0} MB; {(isPdf ? "PDF" : "text")} letters above {limit / 1024 / 1024} MB are not read");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException or ArgumentException)
        {
            return LetterParseResult.Rejected(source, $"cannot read the file: {e.Message}");
        }

        var (text, error, ocr) = StartsLikePdf(bytes) ? PdfLetterText.Extract(bytes) : LetterTextDecoder.Decode(bytes).ToContent();
        if (text is null)
        {
            return LetterParseResult.Rejected(source, error ?? "the file has no readable text");
        }

        var result = DeterminationParser.Parse(text, source, vocabulary);
        return ocr && result.Determination is { } read ? result with { Determination = read with { Ocr = true } } : result;
    }

    private static bool IsPdf(FileInfo file)
    {
        if (file.Extension.Equals(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        Span<byte> head = stackalloc byte[5];
        using var stream = file.OpenRead();
        return stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && StartsLikePdf(head);
    }

    private static PdfLetterContent ToContent(this (string? Text, string? Error) decoded) => new(decoded.Text, decoded.Error, false);

    private static bool StartsLikePdf(ReadOnlySpan<byte> bytes) => bytes.StartsWith("%PDF-"u8);
}
