namespace ImrSearch.Vocabularies;

/// <summary>
/// Maps text to a body region from <c>body-regions.tsv</c>. The region named first in the item wins
/// ("EMG of the lower extremities for the lumbar spine" is lower extremities); a longer phrase beats a shorter one
/// starting at the same word ("upper back" is thoracic, not the generic "back").
/// </summary>
public sealed class BodyRegionVocabulary
{
    public const string FileName = "body-regions.tsv";

    private readonly PhraseMatcher<string> matcher = new();
    private readonly List<string> regions = [];

    public BodyRegionVocabulary(IEnumerable<string[]> rows)
    {
        var rank = 0;
        foreach (var row in rows)
        {
            if (row.Length < 2)
            {
                throw new FormatException($"{FileName}: a row needs region and terms.");
            }

            if (!regions.Contains(row[0], StringComparer.OrdinalIgnoreCase))
            {
                regions.Add(row[0]);
            }

            matcher.Add(row[0], row[0], rank);
            foreach (var term in VocabularyFile.Alternatives(row[1]))
            {
                foreach (var spelling in PluralSpellings.Of(term))
                {
                    matcher.Add(spelling, row[0], rank);
                }
            }

            rank++;
        }
    }

    public IReadOnlyList<string> Regions => regions;

    public static BodyRegionVocabulary Load(string path) => new(VocabularyFile.ReadRows(path, 2));

    /// <summary>Every mention of a region in the text, in text order, with the span of text naming it.</summary>
    public IReadOnlyList<(string Region, int Start, int End)> Mentions(string text) =>
        [.. matcher.FindAll(text).Select(m => (m.Value, m.Start, m.End))];

    /// <summary>The region the text names first, or null when it names none.</summary>
    public string? Find(string text) => PhraseMatcher<string>.Earliest(matcher.FindAll(text))?.Value;
}
