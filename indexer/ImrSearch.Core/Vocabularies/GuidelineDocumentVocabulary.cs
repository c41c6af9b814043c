namespace ImrSearch.Vocabularies;

/// <summary>A guideline document in its normalized spelling, and the citation family it is looked up under.</summary>
/// <param name="Scope">"MTUS" (the schedule's own documents and the ACOEM 2004 chapters it adopted), "ACOEM" (later,
/// non-MTUS ACOEM editions) or "ODG".</param>
/// <param name="IsGeneric">True for the family's catch-all name ("Official Disability Guidelines"), used only when no
/// specific document is named; its phrases are boilerplate, never a topic.</param>
public sealed record GuidelineDocument(string Name, string Scope, bool IsGeneric);

/// <summary>Where a document was found in a citation, with every span of text that named it.</summary>
public sealed record GuidelineDocumentMatch(GuidelineDocument Document, IReadOnlyList<(int Start, int End)> Spans);

/// <summary>
/// Guideline documents from <c>guideline-documents.tsv</c> with the spellings letters use
/// ("Chronic Pain Treatment Guidelines", "Chronic Pain Medical Treatment 2009" are both
/// "Chronic Pain Medical Treatment Guidelines"), looked up within one citation family.
/// </summary>
public sealed class GuidelineDocumentVocabulary
{
    public const string FileName = "guideline-documents.tsv";

    private readonly Dictionary<string, PhraseMatcher<GuidelineDocument>> byScope = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<GuidelineDocument> documents = [];

    public GuidelineDocumentVocabulary(IEnumerable<string[]> rows)
    {
        var rank = 0;
        foreach (var row in rows)
        {
            if (row.Length < 4)
            {
                throw new FormatException($"{FileName}: a row needs document, scope, role and spellings.");
            }

            var document = new GuidelineDocument(row[0], row[1], string.Equals(row[2], "generic", StringComparison.OrdinalIgnoreCase));
            documents.Add(document);
            if (!byScope.TryGetValue(document.Scope, out var matcher))
            {
                matcher = new PhraseMatcher<GuidelineDocument>();
                byScope[document.Scope] = matcher;
            }

            if (!document.IsGeneric)
            {
                matcher.Add(document.Name, document, rank);
            }

            foreach (var spelling in VocabularyFile.Alternatives(row[3]))
            {
                matcher.Add(spelling, document, rank);
            }

            rank++;
        }
    }

    public IReadOnlyList<GuidelineDocument> Documents => documents;

    /// <summary>The name a citation of the family gets when it names no document: the family's last generic row.</summary>
    public GuidelineDocument? Fallback(string scope) =>
        documents.LastOrDefault(d => d.IsGeneric && string.Equals(d.Scope, scope, StringComparison.OrdinalIgnoreCase));

    public static GuidelineDocumentVocabulary Load(string path) => new(VocabularyFile.ReadRows(path, 4));

    /// <summary>
    /// The specific documents a free text (a draft rationale) names in any family, in text order. Only spellings of
    /// at least <paramref name="minimumWords"/> words count: in running text "chronic pain" or "acupuncture" is the
    /// patient's condition or the request, while "chronic pain medical treatment guidelines" is a citation.
    /// </summary>
    public IReadOnlyList<GuidelineDocument> Mentions(string text, int minimumWords = 3)
    {
        var tokens = VocabularyTokens.Tokenize(text);
        return [.. byScope.Values
            .SelectMany(matcher => matcher.FindAll(tokens))
            .Where(m => !m.Value.IsGeneric && m.TokenCount >= minimumWords)
            .OrderBy(m => m.Start)
            .Select(m => m.Value)
            .DistinctBy(d => d.Name, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>
    /// The document a citation names within a family: the longest specific spelling found (ties: the earlier row),
    /// else the first generic row found; null when nothing is named. Spans cover every occurrence of the chosen
    /// document and every generic phrase, so the caller can read the topic from what is left.
    /// </summary>
    public GuidelineDocumentMatch? Find(string citation, string scope)
    {
        if (!byScope.TryGetValue(scope, out var matcher))
        {
            return null;
        }

        var matches = matcher.FindAll(citation);
        PhraseMatch<GuidelineDocument>? best = null;
        foreach (var m in matches.Where(m => !m.Value.IsGeneric))
        {
            if (best is not { } b || m.TokenCount > b.TokenCount || (m.TokenCount == b.TokenCount && m.Rank < b.Rank))
            {
                best = m;
            }
        }

        best ??= PhraseMatcher<GuidelineDocument>.BestRanked(matches.Where(m => m.Value.IsGeneric).ToList());
        if (best is not { } chosen)
        {
            return null;
        }

        // Other mentions of the same document go too when they are long enough not to be a topic's words
        // ("Low Back Disorders" after an acoempracguides.org/Low Back link), but "lumbar" in "Lumbar supports" stays.
        var spans = matches
            .Where(m => m.Value.IsGeneric || m == chosen || (ReferenceEquals(m.Value, chosen.Value) && m.TokenCount >= 3))
            .Select(m => (m.Start, m.End))
            .ToList();
        return new GuidelineDocumentMatch(chosen.Value, spans);
    }
}
