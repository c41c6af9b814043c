using ImrSearch.Domain;
using ImrSearch.Vocabularies;

namespace ImrSearch.Parsing;

/// <summary>
/// Reads one letter file (.txt or .pdf) into a determination. Never throws for bad input: missing, unreadable,
/// oversized, binary or malformed files come back rejected with the reason.
/// </summary>
public static class LetterReader
{
    /// <summary>Text letters larger than this are refused before they are read (<see cref="LetterFile"/>).</summary>
    public const long MaximumTextFileBytes = LetterFile.MaximumTextFileBytes;

    /// <summary>PDF letters larger than this are refused before they are read (<see cref="LetterFile"/>).</summary>
    public const long MaximumPdfFileBytes = LetterFile.MaximumPdfFileBytes;

    public static LetterParseResult Read(string path) => Read(path, path, ImrVocabulary.Default);

    /// <param name="source">What the determination records as its source (e.g. the path relative to the corpus).</param>
    public static LetterParseResult Read(string path, string source) => Read(path, source, ImrVocabulary.Default);

    public static LetterParseResult Read(string path, string source, ImrVocabulary vocabulary)
    {
        LetterFile file;
        try
        {
            file = LetterFile.Load(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException or ArgumentException)
        {
            return LetterParseResult.Rejected(source, $"cannot read the file: {e.Message}");
        }

        return file.Bytes is { } bytes
            ? Read(bytes, source, vocabulary)
            : LetterParseResult.Rejected(source, file.Refusal ?? "the file could not be read");
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

    private static PdfLetterContent ToContent(this (string? Text, string? Error) decoded) => new(decoded.Text, decoded.Error, false);

    internal static bool StartsLikePdf(ReadOnlySpan<byte> bytes) => bytes.StartsWith("%PDF-"u8);
}
