namespace ImrSearch.Vocabularies;

/// <summary>
/// Words every IMR letter uses whatever was decided (<c>letter-boilerplate.tsv</c>): "request", "indicated",
/// "medically necessary", "guidelines". Plain words; callers analyse them as they analyse the texts.
/// </summary>
public sealed class LetterBoilerplateVocabulary(IEnumerable<string[]> rows)
{
    public const string FileName = "letter-boilerplate.tsv";

    private static readonly Lazy<LetterBoilerplateVocabulary> DefaultVocabulary =
        new(() => Load(Path.Combine(ImrVocabulary.DefaultDirectory, FileName)));

    public static LetterBoilerplateVocabulary Default => DefaultVocabulary.Value;

    /// <summary>Every word, lower case, in file order.</summary>
    public IReadOnlyList<string> Words { get; } = [.. rows.Select(r => r[0].ToLowerInvariant())];

    public static LetterBoilerplateVocabulary Load(string path) => new(VocabularyFile.ReadRows(path, 1));
}
