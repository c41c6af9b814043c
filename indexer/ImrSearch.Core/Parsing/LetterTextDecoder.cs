using System.Buffers;
using System.Text;

namespace ImrSearch.Parsing;

/// <summary>
/// Turns a text file's bytes into text: UTF-8 (with or without BOM), UTF-16/32 with a BOM, UTF-16 without one, and
/// Windows-1252 (what older Windows tools write, curly quotes as 0x93/0x94). Binary files and text that decodes to
/// control-character noise are refused with the reason.
/// </summary>
public static class LetterTextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>What <see cref="Noise"/> counts as noise: control characters other than line breaks and tabs, U+FFFD.</summary>
    private static readonly SearchValues<char> NoiseCharacters = SearchValues.Create(
        Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            .Append('\uFFFD').ToArray());

    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    public static (string? Text, string? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return (null, "the file is empty");
        }

        var text = DecodeWithBom(bytes) ?? DecodeUtf16WithoutBom(bytes);
        if (text is null)
        {
            if (bytes.IndexOf((byte)0) >= 0)
            {
                return (null, "binary file: it contains NUL bytes and is neither a text letter nor a PDF");
            }

            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                text = Windows1252.Value.GetString(bytes);
            }
        }

        return Noise(text) is { } reason ? (null, reason) : (text, null);
    }

    private static string? DecodeWithBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return Encoding.UTF32.GetString(bytes[4..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        return null;
    }

    /// <summary>ASCII-range text saved as UTF-16 shows a NUL in every other byte.</summary>
    private static string? DecodeUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        if (sample.Length < 16)
        {
            return null;
        }

        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                if (i % 2 == 0)
                {
                    evenNuls++;
                }
                else
                {
                    oddNuls++;
                }
            }
        }

        var half = sample.Length / 2;
        if (oddNuls > half * 0.8 && evenNuls < half * 0.05)
        {
            return Encoding.Unicode.GetString(bytes);
        }

        if (evenNuls > half * 0.8 && oddNuls < half * 0.05)
        {
            return Encoding.BigEndianUnicode.GetString(bytes);
        }

        return null;
    }

    /// <summary>Why the decoded text is not readable, or null when it is.</summary>
    private static string? Noise(string text)
    {
        // Nearly every letter: not one noise character and an ASCII letter early on, found by two vectorized scans.
        if (!text.AsSpan().ContainsAny(NoiseCharacters) && text.AsSpan().ContainsAny(AsciiLetters))
        {
            return null;
        }

        var noise = 0;
        var letters = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')))
            {
                noise++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
            }
        }

        if (noise > Math.Max(8, text.Length / 100))
        {
            return $"unreadable encoding: {noise:N0} of {text.Length:N0} characters are control characters or undecodable bytes";
        }

        // Whitespace alone is an empty letter, which the parser reports as such.
        return letters == 0 && !string.IsNullOrWhiteSpace(text) ? "the file has no letters in it: not a text letter" : null;
    }
}
