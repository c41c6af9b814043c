namespace ImrSearch.Vocabularies;

/// <summary>
/// Facts reviewers weigh in rationales (<c>weighed-facts.tsv</c>): functional improvement, prior sessions, red flags,
/// urine drug screens... each with the phrases that mention it.
/// </summary>
public sealed class WeighedFactVocabulary
{
    public const string FileName = "weighed-facts.tsv";

    private static readonly Lazy<WeighedFactVocabulary> DefaultVocabulary =
        new(() => Load(Path.Combine(ImrVocabulary.DefaultDirectory, FileName)));

    private readonly PhraseMatcher<string> matcher = new();
    private readonly List<string> facts = [];

    public WeighedFactVocabulary(IEnumerable<string[]> rows)
    {
        var rank = 0;
        foreach (var row in rows)
        {
            facts.Add(row[0]);
            foreach (var phrase in VocabularyFile.Alternatives(row[1]))
            {
                foreach (var spelling in PluralSpellings.Of(phrase))
                {
                    matcher.Add(spelling, row[0], rank);
                }
            }

            rank++;
        }
    }

    public static WeighedFactVocabulary Default => DefaultVocabulary.Value;

    /// <summary>Every fact, in file order.</summary>
    public IReadOnlyList<string> Facts => facts;

    public static WeighedFactVocabulary Load(string path) => new(VocabularyFile.ReadRows(path, 2));

    /// <summary>The facts a text mentions.</summary>
    public IReadOnlySet<string> Mentioned(string text) => matcher.FindAll(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
}
