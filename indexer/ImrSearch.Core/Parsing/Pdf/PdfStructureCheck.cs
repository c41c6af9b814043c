using System.IO.Compression;

namespace ImrSearch.Parsing;

/// <summary>
/// A pass over a PDF's bytes before it is opened, for the two shapes of hostile file that would otherwise take the
/// process down rather than fail: arrays or dictionaries nested thousands deep (a recursive parser's stack) and
/// compressed streams that inflate a thousandfold (memory). Objects packed in object streams are checked inside too.
/// Linear in the file's size plus what its streams inflate to, which is itself bounded.
/// </summary>
internal static class PdfStructureCheck
{
    public static string? Problem(ReadOnlySpan<byte> pdf, PdfReadLimits limits)
    {
        var budgets = new InflateBudgets(limits.MaximumInflatedBytes, limits.MaximumContentBytes);
        var depth = 0;
        var lastObject = 0;
        for (var i = 0; i < pdf.Length; i++)
        {
            switch (pdf[i])
            {
                case (byte)'%':
                    while (i < pdf.Length && pdf[i] is not ((byte)'\n' or (byte)'\r'))
                    {
                        i++;
                    }

                    break;
                case (byte)'(':
                    i = EndOfLiteralString(pdf, i);
                    break;
                case (byte)'[':
                    depth++;
                    break;
                case (byte)']':
                    depth = Math.Max(0, depth - 1);
                    break;
                case (byte)'<' when i + 1 < pdf.Length && pdf[i + 1] == '<':
                    depth++;
                    i++;
                    break;
                case (byte)'<':
                    // A hex string runs to the next '>'.
                    var close = pdf[i..].IndexOf((byte)'>');
                    i = close < 0 ? pdf.Length : i + close;
                    break;
                case (byte)'>' when i + 1 < pdf.Length && pdf[i + 1] == '>':
                    depth = Math.Max(0, depth - 1);
                    i++;
                    break;
                case (byte)'o' when pdf[i..].StartsWith("obj"u8) && (i == 0 || !IsRegular(pdf[i - 1])):
                    lastObject = i;
                    depth = 0;
                    i += 2;
                    break;
                case (byte)'s' when pdf[i..].StartsWith("stream"u8) && (i == 0 || !IsRegular(pdf[i - 1])):
                    var (end, problem) = Stream(pdf, lastObject, i, limits, budgets);
                    if (problem is not null)
                    {
                        return problem;
                    }

                    i = end;
                    depth = 0;
                    break;
            }

            if (depth > limits.MaximumNesting)
            {
                return $"the PDF nests arrays or dictionaries more than {limits.MaximumNesting} levels deep; it is refused as malformed";
            }
        }

        return null;
    }

    /// <summary>Skips a stream's data to its `endstream`, inflating it on the way when it is compressed.</summary>
    private static (int End, string? Problem) Stream(ReadOnlySpan<byte> pdf, int objectStart, int keyword, PdfReadLimits limits, InflateBudgets budgets)
    {
        var dataStart = keyword + "stream".Length;
        if (dataStart < pdf.Length && pdf[dataStart] == '\r')
        {
            dataStart++;
        }

        if (dataStart < pdf.Length && pdf[dataStart] == '\n')
        {
            dataStart++;
        }

        var length = pdf[dataStart..].IndexOf("endstream"u8);
        var dataEnd = length < 0 ? pdf.Length : dataStart + length;
        var dictionary = pdf[objectStart..keyword];

        // Images (a scan's pages) and embedded fonts are large by nature; everything else is page content and objects,
        // which a letter has little of and which the reader turns into many objects per byte.
        var isContent = dictionary.IndexOf("/Image"u8) < 0 && dictionary.IndexOf("/Length1"u8) < 0
            && dictionary.IndexOf("/Type1C"u8) < 0 && dictionary.IndexOf("/CIDFontType0C"u8) < 0 && dictionary.IndexOf("/OpenType"u8) < 0;
        var compressed = dictionary.IndexOf("/FlateDecode"u8) >= 0 || dictionary.IndexOf("/Fl "u8) >= 0 || dictionary.IndexOf("/Fl]"u8) >= 0;
        var isObjectStream = compressed && dictionary.IndexOf("/ObjStm"u8) >= 0;
        var (inflated, objects) = compressed
            ? Inflate(pdf[dataStart..dataEnd].ToArray(), Math.Min(budgets.All, isContent ? budgets.Content : long.MaxValue), keepBytes: isObjectStream)
            : ((long)(dataEnd - dataStart), (byte[]?)null);
        budgets.All -= compressed ? inflated : 0;
        if (budgets.All < 0)
        {
            return (dataEnd, $"the PDF's compressed streams inflate to more than {limits.MaximumInflatedBytes / 1024 / 1024:N0} MB; it is refused as malformed or hostile");
        }

        if (isContent)
        {
            budgets.Content -= inflated;
            if (budgets.Content < 0)
            {
                return (dataEnd, $"the PDF's page content runs to more than {limits.MaximumContentBytes / 1024 / 1024:N0} MB (letters hold far less); it is refused as malformed or hostile");
            }
        }

        if (objects is not null && Problem(objects, limits with { MaximumInflatedBytes = budgets.All, MaximumContentBytes = budgets.Content }) is { } inner)
        {
            return (dataEnd, inner);
        }

        return (dataEnd + (length < 0 ? 0 : "endstream".Length - 1), null);
    }

    /// <summary>What may still be inflated: in all, and of content (anything not an image or a font).</summary>
    private sealed class InflateBudgets(long all, long content)
    {
        public long All { get; set; } = all;

        public long Content { get; set; } = content;
    }

    /// <summary>How many bytes the stream inflates to (stopping just past the budget), and the bytes when asked.</summary>
    private static (long Inflated, byte[]? Bytes) Inflate(byte[] compressed, long budget, bool keepBytes)
    {
        using var input = new MemoryStream(compressed, writable: false);
        using var inflater = new ZLibStream(input, CompressionMode.Decompress);
        using var kept = keepBytes ? new MemoryStream() : null;
        var buffer = new byte[81920];
        long total = 0;
        try
        {
            int read;
            while (total <= budget && (read = inflater.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += read;
                kept?.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            // A damaged stream is the PDF reader's to report; what inflated so far still counts.
        }

        return (total, kept?.ToArray());
    }

    private static int EndOfLiteralString(ReadOnlySpan<byte> pdf, int open)
    {
        var nesting = 0;
        for (var i = open; i < pdf.Length; i++)
        {
            switch (pdf[i])
            {
                case (byte)'\\':
                    i++;
                    break;
                case (byte)'(':
                    nesting++;
                    break;
                case (byte)')':
                    if (--nesting == 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        return pdf.Length;
    }

    /// <summary>A byte that can be part of a PDF keyword or name (not white space or a delimiter).</summary>
    private static bool IsRegular(byte b) => b > 32 && b < 127 && "()<>[]{}/%"u8.IndexOf(b) < 0;
}
