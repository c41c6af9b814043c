using ImrSearch.Domain;
using ImrSearch.Vocabularies;

namespace ImrSearch.Precedents;

/// <summary>Builds a <see cref="SideBySide"/> from the items of each side, as read from their letters.</summary>
internal static class SideBySideBuilder
{
    /// <summary>At most this many guideline sections are listed per side and per citing party.</summary>
    public const int MaxCitations = 10;

    public static SideBySide Build(
        (string Label, IReadOnlyList<(string CaseId, DecidedItem Item)> Items, long Matching) first,
        (string Label, IReadOnlyList<(string CaseId, DecidedItem Item)> Items, long Matching) second,
        RationaleTerms reader,
        bool isGroups,
        IReadOnlyList<string> notes)
    {
        var readFirst = Read(first.Items, reader);
        var readSecond = Read(second.Items, reader);
        var (termsFirst, termsSecond) = DistinguishingTerms.Find([.. readFirst.Select(r => r.Rationale)], [.. readSecond.Select(r => r.Rationale)]);
        return new SideBySide(
            Side(first.Label, first.Items, first.Matching, readFirst, termsFirst),
            Side(second.Label, second.Items, second.Matching, readSecond, termsSecond),
            isGroups,
            notes);
    }

    private static List<(ComparedItem Item, AnalysedRationale Rationale)> Read(IReadOnlyList<(string CaseId, DecidedItem Item)> items, RationaleTerms reader) =>
        [.. items.Select(i => (ComparedItem.Of(i.CaseId, i.Item), reader.Read(i.Item.Rationale)))];

    private static ComparedSide Side(
        string label,
        IReadOnlyList<(string CaseId, DecidedItem Item)> items,
        long matching,
        List<(ComparedItem Item, AnalysedRationale Rationale)> read,
        IReadOnlyList<DistinguishingTerm> terms) => new(
            label,
            [.. read.Select(r => r.Item)],
            matching,
            Counted(items.Select(i => i.Item.Treatment)),
            Counted(items.Select(i => i.Item.BodyRegion)),
            Citations(items.Select(i => i.Item)),
            terms,
            ComparisonPassages.Choose(read, terms),
            read.Sum(r => r.Rationale.Tokens.Count));

    private static List<ValueCount> Counted(IEnumerable<string?> values) =>
        [.. values
            .OfType<string>()
            .GroupBy(v => v, StringComparer.OrdinalIgnoreCase)
            .Select(g => new ValueCount(g.First(), g.Count()))
            .OrderByDescending(v => v.Items)
            .ThenBy(v => v.Value, StringComparer.OrdinalIgnoreCase)];

    /// <summary>Each section counted once per item; "Manual Therapy and Manipulation" and "Manual therapy &amp; manipulation" are one.</summary>
    private static List<CitedGuideline> Citations(IEnumerable<DecidedItem> items) =>
        [.. items
            .SelectMany(item => item.Citations.DistinctBy(c => (c.CitedBy, c.Source, c.Document, TopicKey(c.Topic))))
            .GroupBy(c => (c.CitedBy, c.Source, c.Document, Topic: TopicKey(c.Topic)))
            .Select(g => new CitedGuideline(g.Key.CitedBy, g.Key.Source, g.Key.Document, g.First().Topic?.Trim(), MostCommon(g.Select(c => c.Pages)), g.Count()))
            .GroupBy(c => c.CitedBy)
            .OrderBy(g => g.Key)
            .SelectMany(g => g
                .OrderByDescending(c => c.Items)
                .ThenBy(c => c.Document, StringComparer.OrdinalIgnoreCase)
                .ThenBy(c => c.Topic, StringComparer.OrdinalIgnoreCase)
                .Take(MaxCitations))];

    private static string? TopicKey(string? topic) => topic is null ? null : VocabularyTokens.Key(topic);

    private static string? MostCommon(IEnumerable<string?> pages) =>
        pages.Where(p => !string.IsNullOrWhiteSpace(p)).GroupBy(p => p).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
}
