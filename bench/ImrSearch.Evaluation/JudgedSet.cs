using System.Text.Json;
using System.Text.Json.Serialization;

namespace ImrSearch.Evaluation;

/// <summary>A decided item by identity: the letter's case id and the item's zero-based position in it.</summary>
public sealed record ItemKey(string Case, int Item)
{
    public override string ToString() => $"{Case}#{Item}";
}

/// <summary>One judged item: how good a precedent it is for the check's draft, 0 (unrelated) to 3 (the same request).</summary>
public sealed record Judgment(string Case, int Item, int Grade, string? Note = null)
{
    [JsonIgnore]
    public ItemKey Key => new(Case, Item);
}

/// <summary>
/// One judged check: a draft a reviewer might paste, the class it belongs to (for per-class figures), the item it was
/// modelled on (the query for "similar decisions"), and the items judged relevant to it. Items not listed are grade 0.
/// </summary>
public sealed record JudgedCheck(string Id, string Class, string Draft, ItemKey Anchor, IReadOnlyList<Judgment> Judgments)
{
    public int GradeOf(ItemKey key) => Judgments.FirstOrDefault(j => j.Key == key)?.Grade ?? 0;
}

/// <summary>The corpus a judged set was written against: the seed letters plus a fixed synthetic corpus.</summary>
public sealed record JudgedCorpus(bool Seeds, int SyntheticSeed, int SyntheticLetters);

/// <summary>The judged set: <c>data/judged-checks.json</c> (see its README for how it was judged).</summary>
public sealed record JudgedSet(JudgedCorpus Corpus, IReadOnlyList<JudgedCheck> Checks)
{
    public const string FileName = "judged-checks.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>The file shipped beside the assembly.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "judged", FileName);

    public static JudgedSet Load(string path)
    {
        var set = JsonSerializer.Deserialize<JudgedSet>(File.ReadAllText(path), Json)
            ?? throw new FormatException($"{path} holds no judged set.");
        foreach (var check in set.Checks)
        {
            if (check.Judgments.Any(j => j.Grade is < 0 or > 3))
            {
                throw new FormatException($"{path}: check '{check.Id}' has a grade outside 0-3.");
            }
        }

        return set;
    }
}
