using System.Text;

namespace ImrSearch.Bench.Fuzz;

/// <summary>
/// Turns a letter into a hostile variant of it: the kinds of damage real files show (truncation, flipped bytes,
/// NULs, invalid UTF-8, lost or doubled lines) and the kinds an attacker would try (huge paragraphs of the phrases the
/// parser looks for, giant tokens, Unicode digits and look-alike letters). Each mutation is named, so the slowest
/// letters can be told apart.
/// </summary>
internal static class LetterMutator
{
    /// <summary>Phrases the parser's patterns start from: repeated thousands of times they probe for super-linear time.</summary>
    private static readonly string[] Triggers =
    [
        "The expert reviewer is a ", "The expert reviewer is Board Certified in X, ", "licensed to practice in California and ",
        "has a subspecialty in ", "The patient is a 49-year-old ", "injured his back on ", "date of injury of ", "injury to the knee on ",
        "DOI: ", "1. ", "2) ", "May 1, ", "07/21/", "Page 1 of ", "Claims Administrator guideline: ", "Decision rationale: ",
        "MAXIMUS guideline: Decision based on MTUS ", "Page(s): 12-14, ", "Non-MTUS Citation ACOEM ", "Chapter 12 ", "QTY: 1.00 ",
        ": Upheld ", " is not medically necessary ", "Case Number: CM14-", "Date Assigned: ", "ODG Knee & Leg Chapter, ",
        "https://www.acoempracguides.org/", ", ", ". ", "  ", "\t", "reviewer is reviewer is ", "(s)", "/",
    ];

    private static readonly string[] UnicodeDigits = ["０１２３４５６７８９", "٠١٢٣٤٥٦٧٨٩", "०१२३४५६७८९", "۰۱۲۳۴۵۶۷۸۹", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗"];

    /// <summary>Latin letters and a look-alike from another script (Cyrillic, Greek, full-width) or a lookalike space.</summary>
    private static readonly (char Latin, string Confusable)[] Confusables =
    [
        ('a', "а"), ('e', "е"), ('o', "о"), ('p', "р"), ('c', "с"), ('x', "х"), ('O', "Ο"), ('A', "Α"), ('M', "Ｍ"), ('T', "Т"),
        (':', "："), ('.', "．"), (' ', "\u00A0"), (' ', "\u2009"), (' ', "\u200B"), ('-', "\u2011"), ('/', "\u2215"), ('1', "l"),
    ];

    private static readonly Func<Random, byte[], (byte[] Bytes, string Name)>[] Mutations =
    [
        FlipBytes, Truncate, RepeatLines, DeleteLines, HugeParagraph, RepeatTrigger, UnicodeDigitsFor, ConfusableCharacters,
        InsertNuls, InvalidUtf8, GiantToken, ShuffleLines, NoNewlines, OnlyNewlines,
    ];

    /// <summary>One to three mutations in a row; the name lists them.</summary>
    public static (byte[] Bytes, string Name) Mutate(Random random, byte[] letter)
    {
        var bytes = letter;
        var names = new List<string>();
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            var (mutated, name) = Mutations[random.Next(Mutations.Length)](random, bytes);
            bytes = mutated;
            names.Add(name);
        }

        return (bytes, string.Join(" + ", names));
    }

    private static (byte[], string) FlipBytes(Random random, byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        var flips = random.Next(1, 64);
        for (var i = 0; i < flips && copy.Length > 0; i++)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }

        return (copy, $"flip {flips} bits");
    }

    private static (byte[], string) Truncate(Random random, byte[] bytes)
    {
        var length = bytes.Length == 0 ? 0 : random.Next(bytes.Length);
        return (bytes[..length], $"truncate at {length}");
    }

    private static (byte[], string) RepeatLines(Random random, byte[] bytes)
    {
        var lines = Lines(bytes);
        if (lines.Count == 0)
        {
            return (bytes, "repeat nothing");
        }

        var line = random.Next(lines.Count);
        var times = random.Next(2, 5000);
        lines.InsertRange(line, Enumerable.Repeat(lines[line], times));
        return (Join(lines), $"repeat line {line} x{times}");
    }

    private static (byte[], string) DeleteLines(Random random, byte[] bytes)
    {
        var lines = Lines(bytes);
        var deleted = 0;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (random.NextDouble() < 0.2)
            {
                lines.RemoveAt(i);
                deleted++;
            }
        }

        return (Join(lines), $"delete {deleted} lines");
    }

    private static (byte[], string) HugeParagraph(Random random, byte[] bytes)
    {
        var lines = Lines(bytes);
        var source = lines.Count == 0 ? "text" : lines[random.Next(lines.Count)];
        var size = Size(random);
        var paragraph = new StringBuilder(size + source.Length);
        while (paragraph.Length < size)
        {
            paragraph.Append(source.Trim()).Append(' ');
        }

        lines.Insert(random.Next(lines.Count + 1), paragraph.ToString());
        return (Join(lines), $"paragraph of {size / 1000} kB");
    }

    private static (byte[], string) RepeatTrigger(Random random, byte[] bytes)
    {
        var trigger = Triggers[random.Next(Triggers.Length)];
        var size = Size(random);
        var repeated = new StringBuilder(size + trigger.Length);
        while (repeated.Length < size)
        {
            repeated.Append(trigger);
        }

        var lines = Lines(bytes);
        lines.Insert(random.Next(lines.Count + 1), repeated.ToString());
        return (Join(lines), $"'{trigger.Trim()}' x{size / trigger.Length}");
    }

    private static (byte[], string) UnicodeDigitsFor(Random random, byte[] bytes)
    {
        var digits = UnicodeDigits[random.Next(UnicodeDigits.Length)];
        var digitChars = digits.EnumerateRunes().Select(r => r.ToString()).ToArray();
        var text = Encoding.UTF8.GetString(bytes);
        var share = random.NextDouble();
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(char.IsAsciiDigit(c) && random.NextDouble() < share ? digitChars[c - '0'] : c.ToString());
        }

        return (Encoding.UTF8.GetBytes(result.ToString()), $"digits as {digitChars[4]}");
    }

    private static (byte[], string) ConfusableCharacters(Random random, byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var share = random.NextDouble() * 0.5;
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var matches = Confusables.Where(p => p.Latin == c).ToArray();
            result.Append(matches.Length > 0 && random.NextDouble() < share ? matches[random.Next(matches.Length)].Confusable : c.ToString());
        }

        return (Encoding.UTF8.GetBytes(result.ToString()), $"confusables {share:P0}");
    }

    private static (byte[], string) InsertNuls(Random random, byte[] bytes)
    {
        var list = bytes.ToList();
        var count = random.Next(1, 200);
        for (var i = 0; i < count; i++)
        {
            list.Insert(random.Next(list.Count + 1), 0);
        }

        return (list.ToArray(), $"{count} NULs");
    }

    private static (byte[], string) InvalidUtf8(Random random, byte[] bytes)
    {
        byte[][] broken = [[0xC3], [0xE2, 0x80], [0xFF], [0xFE], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0x80, 0x80, 0x80]];
        var list = bytes.ToList();
        var count = random.Next(1, 300);
        for (var i = 0; i < count; i++)
        {
            list.InsertRange(random.Next(list.Count + 1), broken[random.Next(broken.Length)]);
        }

        return (list.ToArray(), $"{count} invalid UTF-8 sequences");
    }

    private static (byte[], string) GiantToken(Random random, byte[] bytes)
    {
        var size = Size(random);
        var alphabet = random.Next(3) switch { 0 => "x", 1 => "0123456789", _ => "abcdefghijklmnopqrstuvwxyz-./:()" };
        var token = new StringBuilder(size);
        for (var i = 0; i < size; i++)
        {
            token.Append(alphabet[random.Next(alphabet.Length)]);
        }

        var lines = Lines(bytes);
        lines.Insert(random.Next(lines.Count + 1), token.ToString());
        return (Join(lines), $"token of {size / 1000} kB");
    }

    private static (byte[], string) ShuffleLines(Random random, byte[] bytes)
    {
        var lines = Lines(bytes);
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(lines));
        return (Join(lines), "shuffle lines");
    }

    private static (byte[], string) NoNewlines(Random random, byte[] bytes) =>
        (Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace('\n', ' ').Replace('\r', ' ')), "one line");

    private static (byte[], string) OnlyNewlines(Random random, byte[] bytes) =>
        (Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace(' ', '\n')), "a line per word");

    /// <summary>Mostly tens to hundreds of kilobytes; one in twenty near the parser's 2,000,000-character limit.</summary>
    private static int Size(Random random) => random.Next(20) == 0 ? random.Next(1_500_000, 1_990_000) : random.Next(10_000, 400_000);

    private static List<string> Lines(byte[] bytes) => [.. Encoding.UTF8.GetString(bytes).Split('\n')];

    private static byte[] Join(List<string> lines) => Encoding.UTF8.GetBytes(string.Join('\n', lines));
}
