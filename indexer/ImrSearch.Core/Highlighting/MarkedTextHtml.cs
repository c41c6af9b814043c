using System.Text;

namespace ImrSearch.Highlighting;

/// <summary>
/// A <see cref="MarkedText"/> as the HTML the JSON API and <c>imr-index search --json</c> give in <c>highlights</c>:
/// marked stretches inside &lt;mark&gt;, every other character HTML-encoded, so a letter containing
/// "&lt;script&gt;" is shown as text. The site's pages render marks with a Razor partial instead.
/// </summary>
public static class MarkedTextHtml
{
    public const string MarkOpen = "<mark>";
    public const string MarkClose = "</mark>";

    public static string ToHtml(this MarkedText text)
    {
        var html = new StringBuilder(text.Text.Length + (text.Marks.Count * 13) + 16);
        foreach (var run in text.Runs())
        {
            if (run.Marked)
            {
                html.Append(MarkOpen);
            }

            Encode(run.Text, html);
            if (run.Marked)
            {
                html.Append(MarkClose);
            }
        }

        return html.ToString();
    }

    private static void Encode(string text, StringBuilder html)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                default: html.Append(c); break;
            }
        }
    }
}
