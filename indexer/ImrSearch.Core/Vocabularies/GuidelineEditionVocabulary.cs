using System.Globalization;
using ImrSearch.Domain;

namespace ImrSearch.Vocabularies;

/// <summary>
/// The editions of each guideline document from <c>guideline-editions.tsv</c>: which one governed on a date, which
/// one a letter names, and what replaced it.
/// </summary>
public sealed class GuidelineEditionVocabulary
{
    public const string FileName = "guideline-editions.tsv";

    private static readonly Lazy<GuidelineEditionVocabulary> DefaultVocabulary =
        new(() => Load(Path.Combine(ImrVocabulary.DefaultDirectory, FileName)));

    private readonly Dictionary<string, ScheduleEdition[]> byDocument;

    public GuidelineEditionVocabulary(IEnumerable<string[]> rows)
    {
        var editions = new List<ScheduleEdition>();
        foreach (var row in rows)
        {
            if (!DateOnly.TryParseExact(row[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var effective))
            {
                throw new FormatException($"{FileName}: '{row[2]}' is not a yyyy-MM-dd effective date ({row[0]}, {row[1]}).");
            }

            var years = VocabularyFile.Alternatives(row[3])
                .Select(y => int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                    ? year
                    : throw new FormatException($"{FileName}: '{y}' is not a year ({row[0]}, {row[1]})."))
                .ToArray();
            editions.Add(new ScheduleEdition(row[0], row[1], effective, years, row.Length > 4 ? row[4] : ""));
        }

        byDocument = editions
            .GroupBy(e => e.Document, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Effective).ToArray(), StringComparer.OrdinalIgnoreCase);
        foreach (var chain in byDocument.Values)
        {
            for (var i = 0; i + 1 < chain.Length; i++)
            {
                if (chain[i].Effective == chain[i + 1].Effective)
                {
                    throw new FormatException($"{FileName}: two editions of {chain[i].Document} take effect on {chain[i].Effective:yyyy-MM-dd}.");
                }

                chain[i].ReplacedBy = chain[i + 1];
            }
        }

        Editions = [.. byDocument.Values.SelectMany(chain => chain)];
    }

    /// <summary>The shipped file, read once per process.</summary>
    public static GuidelineEditionVocabulary Default => DefaultVocabulary.Value;

    /// <summary>Every edition, grouped by document, oldest first within one.</summary>
    public IReadOnlyList<ScheduleEdition> Editions { get; }

    /// <summary>A short hash of the file's editions: an index tagged with other editions is re-indexed.</summary>
    public string Fingerprint =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            string.Join('\n', Editions.Select(e => $"{e.Document}\t{e.Name}\t{e.Effective:yyyy-MM-dd}\t{string.Join('|', e.Years)}")))))[..12];

    public static GuidelineEditionVocabulary Load(string path) => new(VocabularyFile.ReadRows(path, 4));

    /// <summary>The edition a facet value names (<see cref="ScheduleEdition.Label"/>), or null.</summary>
    public ScheduleEdition? ByLabel(string label) => Editions.FirstOrDefault(e => e.Label == label);

    /// <summary>The document's editions, oldest first (empty for a document the file does not version).</summary>
    public IReadOnlyList<ScheduleEdition> Of(string document) =>
        byDocument.TryGetValue(document, out var chain) ? chain : [];

    /// <summary>
    /// The edition a citation applied: the one the letter names (its effective date, else its year, matched against
    /// the document's editions), else the one in force on the decision date; null when the document is not versioned
    /// or neither tells (no named edition that matches, no decision date, or a date before the first edition).
    /// </summary>
    public AppliedEdition? Applied(GuidelineCitation citation, DateOnly? decided)
    {
        ArgumentNullException.ThrowIfNull(citation);
        var chain = Of(citation.Document);
        if (chain.Count == 0)
        {
            return null;
        }

        if (citation.Edition is { } named && Named(chain, named) is { } edition)
        {
            return new AppliedEdition(edition, NamedByLetter: true);
        }

        return decided is { } date && InForce(chain, date) is { } inForce ? new AppliedEdition(inForce, NamedByLetter: false) : null;
    }

    /// <summary>
    /// The editions an item's reviewer citations applied (the IMR organization's, as the facets count them), once each,
    /// in citation order.
    /// </summary>
    public IReadOnlyList<AppliedEdition> AppliedTo(IEnumerable<GuidelineCitation> citations, DateOnly? decided) =>
        [.. citations
            .Where(c => c.CitedBy == CitedBy.ImrOrganization)
            .Select(c => Applied(c, decided))
            .OfType<AppliedEdition>()
            .DistinctBy(a => a.Edition)];

    /// <summary>The edition of a document in force on a date (the last effective on or before it), or null.</summary>
    public ScheduleEdition? InForce(string document, DateOnly date) => InForce(Of(document), date);

    private static ScheduleEdition? InForce(IReadOnlyList<ScheduleEdition> chain, DateOnly date) =>
        chain.LastOrDefault(e => e.Effective <= date);

    private static ScheduleEdition? Named(IReadOnlyList<ScheduleEdition> chain, GuidelineEdition named) =>
        (named.Effective is { } effective ? chain.FirstOrDefault(e => e.Effective == effective) : null)
        ?? chain.LastOrDefault(e => e.Years.Contains(named.Year));
}
