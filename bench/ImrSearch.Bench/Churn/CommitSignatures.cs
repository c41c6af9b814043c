using System.Text.Json;

namespace ImrSearch.Bench.Churn;

/// <summary>
/// What each search answers in each of the two corpus states: its total and every facet count, read from
/// <c>/api/search</c> while the index is quiet. A response given while builds commit must equal one of the two: a total
/// from one commit with facet counts from another, or counts of a half-applied build, match neither.
/// </summary>
internal sealed class CommitSignatures
{
    private readonly Dictionary<string, (string A, string B)> byPath;

    private CommitSignatures(Dictionary<string, (string A, string B)> byPath) => this.byPath = byPath;

    /// <summary>Searches whose answer differs between the two states (the others cannot tell a torn read apart).</summary>
    public int Discriminating => byPath.Values.Count(s => s.A != s.B);

    public int Count => byPath.Count;

    /// <summary>The whole-commit signature of an <c>/api/search</c> body: total and facets, not timing or hits' scores.</summary>
    public static string Of(string body)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        return root.GetProperty("total").GetRawText() + "|" + root.GetProperty("facets").GetRawText();
    }

    public static async Task<Dictionary<string, string>> SampleAsync(HttpClient client, IEnumerable<string> paths)
    {
        var signatures = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(path);
            response.EnsureSuccessStatusCode();
            signatures[path] = Of(await response.Content.ReadAsStringAsync());
        }

        return signatures;
    }

    public static CommitSignatures Pair(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        new(a.Keys.ToDictionary(path => path, path => (a[path], b[path]), StringComparer.Ordinal));

    /// <summary>
    /// Whether <paramref name="body"/> is a search stopped at the site's time budget: a whole answer that counted
    /// nothing (it says so), neither commit's signature.
    /// </summary>
    public static bool IsStopped(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object &&
                json.RootElement.TryGetProperty("stopped", out var stopped) && stopped.ValueKind == JsonValueKind.True;
        }
        catch (JsonException)
        {
            // Not JSON: Check says so, as an error of that request, rather than the run failing here.
            return false;
        }
    }

    /// <summary>Null when <paramref name="body"/> is the answer of one whole commit, else what is wrong.</summary>
    public string? Check(string path, string body)
    {
        if (!byPath.TryGetValue(path, out var expected))
        {
            return null;
        }

        string signature;
        try
        {
            signature = Of(body);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return $"not a search response for {path}: {e.Message}";
        }

        return signature == expected.A || signature == expected.B
            ? null
            : $"an answer from no whole commit for {path}: {Difference(signature, expected.A, "A")}; {Difference(signature, expected.B, "B")}";
    }

    /// <summary>Where a signature first departs from a state's: enough to tell a torn read from an unstable order.</summary>
    private static string Difference(string signature, string expected, string state)
    {
        var at = 0;
        while (at < signature.Length && at < expected.Length && signature[at] == expected[at])
        {
            at++;
        }

        var from = Math.Max(0, at - 60);
        return $"state {state} differs at {at}: got …{Excerpt(signature, from)}… expected …{Excerpt(expected, from)}…";
    }

    private static string Excerpt(string text, int from) => from >= text.Length ? "" : text.Substring(from, Math.Min(140, text.Length - from));
}
