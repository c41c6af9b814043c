namespace ImrSearch.Vocabularies;

/// <summary>US state (and territory) names from <c>states.tsv</c>, recognized by name or postal abbreviation.</summary>
public sealed class LicensureStateVocabulary
{
    public const string FileName = "states.tsv";

    private readonly Dictionary<string, string> byKey = new(StringComparer.Ordinal);

    public LicensureStateVocabulary(IEnumerable<string[]> rows)
    {
        foreach (var row in rows)
        {
            byKey.TryAdd(VocabularyTokens.Key(row[0]), row[0]);
            if (row.Length > 1)
            {
                foreach (var alternative in VocabularyFile.Alternatives(row[1]))
                {
                    byKey.TryAdd(VocabularyTokens.Key(alternative), row[0]);
                }
            }
        }
    }

    public static LicensureStateVocabulary Load(string path) => new(VocabularyFile.ReadRows(path, 1));

    /// <summary>The state's name, or null when the phrase is not a state.</summary>
    public string? Normalize(string phrase) => byKey.GetValueOrDefault(VocabularyTokens.Key(phrase));
}
