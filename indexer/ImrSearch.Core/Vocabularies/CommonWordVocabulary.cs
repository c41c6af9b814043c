namespace ImrSearch.Vocabularies;

/// <summary>
/// Words too common to distinguish one group of rationales from another (<c>common-words.tsv</c>): English function
/// words beyond the analyzer's own short stop list. Plain words; callers analyse them as they analyse the texts.
/// </summary>
public sealed class CommonWordVocabulary(IEnumerable<string[]> rows)
{
    public const string FileName = "common-words.tsv";

    private static readonly Lazy<CommonWordVocabulary> DefaultVocabulary =
        new(() => Load(Path.Combine(ImrVocabulary.DefaultDirectory, FileName)));

    public static CommonWordVocabulary Default => DefaultVocabulary.Value;

    /// <summary>Every word, lower case, in file order.</summary>
    public IReadOnlyList<string> Words { get; } = [.. rows.Select(r => r[0].ToLowerInvariant())];

    public static CommonWordVocabulary Load(string path) => new(VocabularyFile.ReadRows(path, 1));
}
