using System.Text.RegularExpressions;
using ImrSearch.Domain;
using ImrSearch.Vocabularies;

namespace ImrSearch.Precedents;

/// <summary>
/// Reads which way a draft rationale concludes (upheld or overturned) from its decision language, a data file of
/// phrases per outcome.
/// </summary>
public sealed class DecisionLanguage
{
    public const string FileName = "decision-language.tsv";

    private static readonly Lazy<DecisionLanguage> DefaultLanguage =
        new(() => Load(Path.Combine(ImrVocabulary.DefaultDirectory, FileName)));

    private readonly Regex phrases;
    private readonly Dictionary<string, Decision> leaningByPhrase;

    public DecisionLanguage(IEnumerable<(Decision Leaning, string Phrase)> phrases)
    {
        leaningByPhrase = new Dictionary<string, Decision>(StringComparer.OrdinalIgnoreCase);
        foreach (var (leaning, phrase) in phrases)
        {
            leaningByPhrase[Normalize(phrase)] = leaning;
        }

        // Longest first, so at one starting point the longer phrase wins ("not medically necessary" over "not necessary").
        var alternation = string.Join("|", leaningByPhrase.Keys
            .OrderByDescending(p => p.Length)
            .Select(p => string.Join(@"[\s\-]+", p.Split(' ').Select(Regex.Escape))));
        this.phrases = new Regex($@"\b(?:{alternation})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public static DecisionLanguage Default => DefaultLanguage.Value;

    public static DecisionLanguage Load(string path) => new(
        VocabularyFile.ReadRows(path, 2).SelectMany(row =>
        {
            var leaning = Enum.Parse<Decision>(row[0], ignoreCase: true);
            return VocabularyFile.Alternatives(row[1]).Select(phrase => (leaning, phrase));
        }));

    /// <summary>The outcome the text's last conclusion phrase states, or null when it states none.</summary>
    public Decision? Leaning(string text)
    {
        Decision? last = null;
        try
        {
            foreach (Match match in phrases.Matches(text))
            {
                last = leaningByPhrase[Normalize(match.Value)];
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological draft: say nothing about its leaning rather than guess from a partial scan.
            return null;
        }

        return last;
    }

    private static string Normalize(string phrase) =>
        string.Join(' ', phrase.Split([' ', '\t', '\r', '\n', '-'], StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
