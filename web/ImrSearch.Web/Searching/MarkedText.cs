using System.Net;
using System.Text;
using ImrSearch.Web.Markdown;

namespace ImrSearch.Web.Searching;

/// <summary>
/// Text with marked (query-matching) runs. Built from the search core's highlight HTML, which is encoded text with
/// &lt;mark&gt; around matches; reading it back into plain runs lets the site re-encode every character itself and
/// render the same marks in HTML or in Markdown.
/// </summary>
public sealed class MarkedText
{
    private const string Open = "<mark>";
    private const string Close = "</mark>";

    private MarkedText(IReadOnlyList<MarkedRun> runs) => Runs = runs;

    public IReadOnlyList<MarkedRun> Runs { get; }

    public bool HasMarks => Runs.Any(r => r.Marked);

    public string PlainText => string.Concat(Runs.Select(r => r.Text));

    public static MarkedText Plain(string text) => new([new MarkedRun(text, false)]);

    public static MarkedText FromRuns(IEnumerable<MarkedRun> runs) => new(runs.Where(r => r.Text.Length > 0).ToList());

    /// <summary>Reads highlight HTML. Any tag other than &lt;mark&gt; stays text, so it is shown, never obeyed.</summary>
    public static MarkedText FromHighlightHtml(string html)
    {
        var runs = new List<MarkedRun>();
        var marked = false;
        var position = 0;
        while (position < html.Length)
        {
            var tag = marked ? Close : Open;
            var next = html.IndexOf(tag, position, StringComparison.OrdinalIgnoreCase);
            var end = next < 0 ? html.Length : next;
            if (end > position)
            {
                runs.Add(new MarkedRun(WebUtility.HtmlDecode(html[position..end]), marked));
            }
            if (next < 0)
            {
                break;
            }
            position = next + tag.Length;
            marked = !marked;
        }
        return new MarkedText(runs);
    }

    /// <summary>HTML with every run encoded and marked runs in &lt;mark&gt;.</summary>
    public string ToHtml()
    {
        var builder = new StringBuilder();
        foreach (var run in Runs)
        {
            var encoded = WebUtility.HtmlEncode(run.Text);
            builder.Append(run.Marked ? Open + encoded + Close : encoded);
        }
        return builder.ToString();
    }

    /// <summary>One Markdown inline run: text escaped, marked runs as <c>==text==</c>.</summary>
    public string ToMarkdownInline()
    {
        var builder = new StringBuilder();
        foreach (var run in Runs)
        {
            var escaped = MarkdownText.Inline(run.Text);
            if (escaped.Length == 0)
            {
                builder.Append(run.Text.Length > 0 ? " " : "");
                continue;
            }
            // Emphasis cannot open or close next to a space, so spaces stay outside the marks.
            var leading = char.IsWhiteSpace(run.Text[0]) ? " " : "";
            var trailing = char.IsWhiteSpace(run.Text[^1]) ? " " : "";
            var body = run.Marked ? "==" + escaped + "==" : escaped;
            builder.Append(leading).Append(body).Append(trailing);
        }
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}

public sealed record MarkedRun(string Text, bool Marked);
