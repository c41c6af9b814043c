namespace ImrSearch.Vocabularies;

/// <summary>
/// The search synonym groups from <c>Vocabularies/synonyms.tsv</c>: each line a group of equivalent terms or phrases.
/// </summary>
public sealed class SynonymVocabulary
{
    public const string FileName = "synonyms.tsv";

    private static readonly Lazy<SynonymVocabulary> DefaultVocabulary = new(() => Load(DefaultPath));

    private readonly Lazy<string> fingerprint;

    public SynonymVocabulary(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        Groups = groups;
        fingerprint = new Lazy<string>(() =>
        {
            var canonical = string.Join('\n', groups.Select(group => string.Join('\t', group)));
            return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(canonical)))[..16];
        });
    }

    /// <summary>Groups of two or more equivalent terms, in file order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Groups { get; }

    /// <summary>A hash of the groups (not of comments or layout): equal fingerprints analyze text alike.</summary>
    public string Fingerprint => fingerprint.Value;

    /// <summary>The file shipped beside the assembly.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Vocabularies", FileName);

    /// <summary>The shipped vocabulary, read once per process.</summary>
    public static SynonymVocabulary Default => DefaultVocabulary.Value;

    public static SynonymVocabulary Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The synonym vocabulary {path} is missing; it ships beside the ImrSearch.Core assembly.", path);
        }

        return Parse(File.ReadLines(path));
    }

    public static SynonymVocabulary Parse(IEnumerable<string> lines)
    {
        var groups = new List<IReadOnlyList<string>>();
        foreach (var line in lines)
        {
            if (line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var terms = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();

            // A line with a single term states no equivalence; blank lines separate sections.
            if (terms.Count >= 2)
            {
                groups.Add(terms);
            }
        }

        return new SynonymVocabulary(groups);
    }
}
