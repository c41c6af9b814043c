namespace ImrSearch.Vocabularies;

/// <summary>A treatment category and the broader group it belongs to ("Opioids" in "Pharmaceuticals").</summary>
public sealed record TreatmentCategory(string Name, string Group);

/// <summary>
/// Maps a requested item to its treatment category from <c>treatments.tsv</c>. Every term found in the item votes;
/// the row that comes first in the file wins, so the file order is the precedence ("Post-op physical therapy for
/// the knee" is physical therapy because therapy rows come before surgery rows; "fentanyl patch" is an opioid
/// because opioids come before the plain "patch" row of topical analgesics).
/// </summary>
public sealed class TreatmentVocabulary
{
    public const string FileName = "treatments.tsv";
    public const string OtherCategory = "Other";

    private readonly PhraseMatcher<TreatmentCategory> matcher = new();
    private readonly Dictionary<string, TreatmentCategory> byName = new(StringComparer.OrdinalIgnoreCase);

    public TreatmentVocabulary(IEnumerable<string[]> rows)
    {
        var rank = 0;
        foreach (var row in rows)
        {
            if (row.Length < 3)
            {
                throw new FormatException($"{FileName}: a row needs category, group and terms.");
            }

            if (!byName.TryGetValue(row[0], out var category))
            {
                category = new TreatmentCategory(row[0], row[1]);
                byName[row[0]] = category;
            }

            foreach (var term in VocabularyFile.Alternatives(row[2]))
            {
                foreach (var spelling in PluralSpellings.Of(term))
                {
                    matcher.Add(spelling, category, rank);
                }
            }

            rank++;
        }

        Other = byName.TryGetValue(OtherCategory, out var other) ? other : new TreatmentCategory(OtherCategory, OtherCategory);
    }

    /// <summary>The fallback category for an item no term matches.</summary>
    public TreatmentCategory Other { get; }

    /// <summary>Every category in file order.</summary>
    public IReadOnlyCollection<TreatmentCategory> Categories => byName.Values;

    public static TreatmentVocabulary Load(string path) => new(VocabularyFile.ReadRows(path, 3));

    public TreatmentCategory Classify(string item)
    {
        var best = PhraseMatcher<TreatmentCategory>.BestRanked(matcher.FindAll(item));
        return best?.Value ?? Other;
    }

    public TreatmentCategory? Find(string categoryName) => byName.GetValueOrDefault(categoryName);
}
