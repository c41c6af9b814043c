namespace ImrSearch.Vocabularies;

/// <summary>
/// Words of a request that name no particular drug or procedure (<c>request-words.tsv</c>): boilerplate, dosage forms,
/// visit words, function words. What a request names is what is left without them.
/// </summary>
public sealed class RequestWordVocabulary
{
    public const string FileName = "request-words.tsv";

    private static readonly Lazy<RequestWordVocabulary> DefaultVocabulary =
        new(() => Load(Path.Combine(ImrVocabulary.DefaultDirectory, FileName)));

    private readonly HashSet<string> words = new(StringComparer.Ordinal);

    public RequestWordVocabulary(IEnumerable<string[]> rows)
    {
        foreach (var row in rows)
        {
            foreach (var word in VocabularyFile.Alternatives(row[1]))
            {
                words.UnionWith(VocabularyTokens.Tokenize(word).Select(t => t.Text));
            }
        }
    }

    public static RequestWordVocabulary Default => DefaultVocabulary.Value;

    public static RequestWordVocabulary Load(string path) => new(VocabularyFile.ReadRows(path, 2));

    /// <summary>True for a word (lower case, as <see cref="VocabularyTokens"/> gives it) that names nothing in particular.</summary>
    public bool IsGeneric(string word) => words.Contains(word);
}
