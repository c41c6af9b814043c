namespace ImrSearch.Vocabularies;

/// <summary>
/// Reviewer specialties from <c>specialties.tsv</c>: one spelling each, with the variant spellings letters use
/// ("PM&amp;R", "Physical Medicine &amp; Rehabilitation" and "Physiatry" are all "Physical Medicine and Rehabilitation").
/// </summary>
public sealed class SpecialtyVocabulary
{
    public const string FileName = "specialties.tsv";

    private readonly Dictionary<string, string> byKey = new(StringComparer.Ordinal);
    private readonly PhraseMatcher<string> matcher = new();
    private readonly List<string> names = [];

    public SpecialtyVocabulary(IEnumerable<string[]> rows)
    {
        var rank = 0;
        foreach (var row in rows)
        {
            names.Add(row[0]);
            var variants = row.Length > 1 ? VocabularyFile.Alternatives(row[1]) : [];
            foreach (var spelling in variants.Prepend(row[0]))
            {
                byKey.TryAdd(VocabularyTokens.Key(spelling), row[0]);
                matcher.Add(spelling, row[0], rank);
            }

            rank++;
        }
    }

    public IReadOnlyList<string> Names => names;

    public static SpecialtyVocabulary Load(string path) => new(VocabularyFile.ReadRows(path, 1));

    /// <summary>The normalized name when the whole phrase is a known spelling, else null.</summary>
    public string? Normalize(string phrase) => byKey.GetValueOrDefault(VocabularyTokens.Key(phrase));

    /// <summary>
    /// The specialties a phrase names: the phrase itself when it is a known spelling; else every known specialty
    /// inside it, in order, without overlaps ("Internal Medicine and Pulmonary Disease" gives both).
    /// </summary>
    public IReadOnlyList<string> FindIn(string phrase)
    {
        if (Normalize(phrase) is { } whole)
        {
            return [whole];
        }

        var found = new List<string>();
        var coveredUntil = -1;
        foreach (var match in matcher.FindAll(phrase).OrderBy(m => m.FirstToken).ThenByDescending(m => m.TokenCount))
        {
            if (match.FirstToken <= coveredUntil)
            {
                continue;
            }

            coveredUntil = match.FirstToken + match.TokenCount - 1;
            if (!found.Contains(match.Value))
            {
                found.Add(match.Value);
            }
        }

        return found;
    }
}
