using System.Text;

namespace ImrSearch.Synthetic.Composition;

/// <summary>Small English helpers: capitalization and lists.</summary>
public static class Wording
{
    public static string Capitalize(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string TitleCase(string text)
    {
        var output = new StringBuilder(text.Length);
        var startOfWord = true;
        foreach (var c in text)
        {
            output.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = c is ' ' or '-' or '/';
        }

        return output.ToString();
    }

    /// <summary>"a", "a and b", "a, b, and c".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        2 => $"{items[0]} and {items[1]}",
        _ => string.Join(", ", items.Take(items.Count - 1)) + ", and " + items[^1],
    };
}
