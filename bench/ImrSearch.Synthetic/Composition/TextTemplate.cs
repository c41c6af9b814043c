using System.Text;

namespace ImrSearch.Synthetic.Composition;

/// <summary>
/// A sentence pattern compiled once: literal text, <c>{slot}</c> values filled from the case being written, and
/// <c>[one|another]</c> alternatives picked at random, so one pattern yields many natural wordings.
/// </summary>
public sealed class TextTemplate
{
    private readonly Segment[] segments;

    public TextTemplate(string pattern)
    {
        Pattern = pattern;
        segments = Compile(pattern);
        SlotNames = segments.SelectMany(s => s.SlotNames()).Distinct(StringComparer.Ordinal).ToArray();
    }

    public string Pattern { get; }

    /// <summary>The slot names the pattern uses, including those inside alternatives.</summary>
    public IReadOnlyList<string> SlotNames { get; }

    /// <summary>True when every slot the pattern uses has a value, so it can be written for this case.</summary>
    public bool FitsCase(TemplateSlots slots)
    {
        foreach (var name in SlotNames)
        {
            if (!slots.Has(name))
            {
                return false;
            }
        }

        return true;
    }

    public static implicit operator TextTemplate(string pattern) => new(pattern);

    public void Render(StringBuilder output, TemplateSlots slots, LetterRandom random)
    {
        foreach (var segment in segments)
        {
            segment.Render(output, slots, random);
        }
    }

    public string Render(TemplateSlots slots, LetterRandom random)
    {
        var output = new StringBuilder(Pattern.Length + 32);
        Render(output, slots, random);
        return output.ToString();
    }

    public override string ToString() => Pattern;

    private static Segment[] Compile(string pattern)
    {
        var result = new List<Segment>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (c == '{')
            {
                var end = pattern.IndexOf('}', i);
                if (end < 0)
                {
                    throw new FormatException($"Unclosed slot in template: {pattern}");
                }

                Flush(result, literal);
                result.Add(new Segment(null, pattern[(i + 1)..end], null));
                i = end + 1;
            }
            else if (c == '[')
            {
                var end = FindClosingBracket(pattern, i);
                Flush(result, literal);
                var options = SplitOptions(pattern[(i + 1)..end]).Select(o => new TextTemplate(o)).ToArray();
                result.Add(new Segment(null, null, options));
                i = end + 1;
            }
            else
            {
                literal.Append(c);
                i++;
            }
        }

        Flush(result, literal);
        return result.ToArray();
    }

    private static int FindClosingBracket(string pattern, int open)
    {
        var depth = 0;
        for (var i = open; i < pattern.Length; i++)
        {
            if (pattern[i] == '[')
            {
                depth++;
            }
            else if (pattern[i] == ']' && --depth == 0)
            {
                return i;
            }
        }

        throw new FormatException($"Unclosed alternative in template: {pattern}");
    }

    private static IEnumerable<string> SplitOptions(string body)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '[')
            {
                depth++;
            }
            else if (body[i] == ']')
            {
                depth--;
            }
            else if (body[i] == '|' && depth == 0)
            {
                yield return body[start..i];
                start = i + 1;
            }
        }

        yield return body[start..];
    }

    private static void Flush(List<Segment> result, StringBuilder literal)
    {
        if (literal.Length > 0)
        {
            result.Add(new Segment(literal.ToString(), null, null));
            literal.Clear();
        }
    }

    private sealed record Segment(string? Literal, string? Slot, TextTemplate[]? Options)
    {
        public void Render(StringBuilder output, TemplateSlots slots, LetterRandom random)
        {
            if (Literal is not null)
            {
                output.Append(Literal);
            }
            else if (Slot is not null)
            {
                output.Append(slots[Slot]);
            }
            else
            {
                random.Pick(Options!).Render(output, slots, random);
            }
        }

        public IEnumerable<string> SlotNames()
        {
            if (Slot is not null)
            {
                return [Slot];
            }

            return Options?.SelectMany(o => o.SlotNames) ?? [];
        }
    }
}
