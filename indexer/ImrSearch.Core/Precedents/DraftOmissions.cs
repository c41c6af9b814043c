using ImrSearch.Domain;
using ImrSearch.Vocabularies;

namespace ImrSearch.Precedents;

/// <summary>A guideline section the most similar prior items relied on and the draft does not cite.</summary>
/// <param name="Items">How many of the <paramref name="Of"/> most similar items' reviewers cited it.</param>
public sealed record OmittedCitation(string Source, string Document, string? Topic, string? Pages, int Items, int Of);

/// <summary>A fact the most similar prior items' rationales weighed and the draft does not mention.</summary>
public sealed record OmittedFact(string Fact, int Items, int Of);

/// <summary>
/// What a draft leaves out, as the document-as-query tools of legal research show for a brief: the guideline
/// documents and sections its most similar prior items relied on that it does not cite, and the facts their
/// rationales weighed (<c>weighed-facts.tsv</c>) that it never mentions. Most shared first.
/// </summary>
public sealed record DraftOmissions(IReadOnlyList<OmittedCitation> Citations, IReadOnlyList<OmittedFact> Facts)
{
    /// <summary>A section or fact counts when at least this many of the similar items share it...</summary>
    public const int MinimumItems = 2;

    /// <summary>...and at least this share of them: one reviewer's habit is not what such decisions turn on.</summary>
    public const double MinimumShare = 1.0 / 3.0;

    public static DraftOmissions None { get; } = new([], []);

    public bool IsEmpty => Citations.Count == 0 && Facts.Count == 0;

    /// <summary>Compares a draft with the decided items most similar to it (their reviewers' citations and rationales).</summary>
    public static DraftOmissions Find(string draft, RequestReading reading, IReadOnlyList<DecidedItem> similar, WeighedFactVocabulary facts)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(similar);
        ArgumentNullException.ThrowIfNull(facts);
        var total = similar.Count;
        if (total == 0)
        {
            return None;
        }

        var needed = Math.Max(MinimumItems, (int)Math.Ceiling(MinimumShare * total));
        var draftWords = " " + VocabularyTokens.Key(draft) + " ";

        var citations = similar
            .SelectMany(item => item.Citations
                .Where(c => c.CitedBy == CitedBy.ImrOrganization)
                .Select(c => (c.Source, c.Document, Topic: c.Topic?.Trim(), c.Pages))
                .DistinctBy(c => (c.Source, c.Document, TopicKey(c.Topic))))
            // "Manual Therapy and Manipulation" and "Manual therapy & manipulation" are one section.
            .GroupBy(c => (c.Source, c.Document, Topic: TopicKey(c.Topic)))
            .Where(g => g.Count() >= needed && !Cites(draftWords, reading, g.First().Document, g.First().Topic))
            .Select(g => new OmittedCitation(g.Key.Source, g.Key.Document, g.First().Topic, MostCommon(g.Select(c => c.Pages)), g.Count(), total))
            .OrderByDescending(c => c.Items)
            .ThenBy(c => c.Document, StringComparer.OrdinalIgnoreCase)
            .ToList();

        var inDraft = facts.Mentioned(draft);
        var weighed = similar
            .SelectMany(item => facts.Mentioned(item.Rationale))
            .GroupBy(f => f, StringComparer.Ordinal)
            .Where(g => g.Count() >= needed && !inDraft.Contains(g.Key))
            .Select(g => new OmittedFact(g.Key, g.Count(), total))
            .OrderByDescending(f => f.Items)
            .ThenBy(f => facts.Facts.ToList().IndexOf(f.Fact))
            .ToList();

        return new DraftOmissions(citations, weighed);
    }

    /// <summary>
    /// The draft cites a section when it names the document (as the check read it) and, if the section has a topic,
    /// the topic's words too; a topic named without its document counts, since reviewers write "per MTUS, manual
    /// therapy..." as often as the document's full name.
    /// </summary>
    private static bool Cites(string draftWords, RequestReading reading, string document, string? topic)
    {
        var topicNamed = topic is not null && VocabularyTokens.Key(topic) is { Length: > 0 } key && draftWords.Contains(" " + key + " ", StringComparison.Ordinal);
        var documentNamed = reading.Guidelines.Contains(document, StringComparer.OrdinalIgnoreCase);
        return topic is null ? documentNamed : topicNamed;
    }

    private static string? TopicKey(string? topic) => topic is null ? null : VocabularyTokens.Key(topic);

    private static string? MostCommon(IEnumerable<string?> pages) =>
        pages.Where(p => !string.IsNullOrWhiteSpace(p)).GroupBy(p => p).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
}
