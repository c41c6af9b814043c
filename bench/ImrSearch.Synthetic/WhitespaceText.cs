using System.Text;

namespace ImrSearch.Synthetic;

/// <summary>Whitespace normalization shared by the truth and by the comparison with parsed text.</summary>
public static class WhitespaceText
{
    /// <summary>Every run of whitespace becomes one space; leading and trailing whitespace goes.</summary>
    public static string Collapse(string text)
    {
        var output = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = output.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                output.Append(' ');
                pendingSpace = false;
            }

            output.Append(c);
        }

        return output.ToString();
    }
}
