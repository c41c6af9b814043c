using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ImrSearch.Web.Tests.Training;

/// <summary>
/// What must not reach a trainee before they answer: the item's decision, the reviewer's guideline paragraph and the
/// rationale, read from the case's own JSON so the check follows the real letter.
/// </summary>
public sealed partial record HiddenFields(string Decision, IReadOnlyList<string> Sentences)
{
    /// <summary>The secret parts of an item: its rationale's and reviewer's guideline's sentences that do not also
    /// appear in what the trainee may see (summary, item, claims administrator's guideline).</summary>
    public static HiddenFields Of(JsonElement determination, int itemIndex)
    {
        var item = determination.GetProperty("decisions").EnumerateArray().First(d => d.GetProperty("index").GetInt32() == itemIndex);
        var visible = Normalize(determination.GetProperty("summary").GetString() + " " + item.GetProperty("item").GetString() + " " +
            item.GetProperty("claimsAdministratorGuideline").GetString());
        var secret = item.GetProperty("rationale").GetString() + "\n" + item.GetProperty("imrGuideline").GetString();
        var sentences = SentenceEnd().Split(Normalize(secret))
            .Select(s => s.Trim())
            .Where(s => s.Length >= 25 && !visible.Contains(s, StringComparison.Ordinal))
            .ToList();
        Assert.True(sentences.Count >= 2, "The item should have secret sentences to look for.");
        return new HiddenFields(item.GetProperty("decision").GetString()!, sentences);
    }

    /// <summary>Fails when the text (raw HTML or JSON, and its decoded form) holds a decision word or a secret sentence.</summary>
    public void AssertAbsentFrom(string raw, string where)
    {
        var decoded = Normalize(raw.TrimStart().StartsWith('{') ? string.Join(" ", Strings(JsonDocument.Parse(raw).RootElement)) : WebUtility.HtmlDecode(raw));
        foreach (var text in new[] { raw, decoded })
        {
            var word = DecisionWord().Match(text);
            Assert.False(word.Success, $"{where} holds the decision word '{word.Value}' before the answer: …{Around(text, word.Index)}…");
        }
        foreach (var sentence in Sentences)
        {
            Assert.False(decoded.Contains(sentence, StringComparison.OrdinalIgnoreCase), $"{where} holds a hidden sentence before the answer: {sentence}");
        }
    }

    /// <summary>Every property name and string value of a JSON document, unescaped.</summary>
    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.String => [element.GetString()!],
        _ => [],
    };

    private static string Around(string text, int index) => text[Math.Max(0, index - 80)..Math.Min(text.Length, index + 80)];

    private static string Normalize(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<=[.;:])\s")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("upheld|overturned", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionWord();
}
