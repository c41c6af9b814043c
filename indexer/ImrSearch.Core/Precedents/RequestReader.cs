using System.Globalization;
using ImrSearch.Domain;
using ImrSearch.Vocabularies;

namespace ImrSearch.Precedents;

/// <summary>
/// Reads what a draft or a decided item asks for with the vocabularies the parser reads letters with: the treatment
/// category (<c>treatments.tsv</c>, with its precedence), the body region (<c>body-regions.tsv</c>), the guideline
/// documents (<c>guideline-documents.tsv</c>), the words naming the drug or procedure (what <c>request-words.tsv</c>
/// leaves, brand and generic names joined by <c>synonyms.tsv</c>) and the quantity. Stateless and thread-safe.
/// </summary>
public sealed class RequestReader
{
    /// <summary>A request is stated early: later sentences are argument, and reading them would only cost time.</summary>
    private const int SentencesSearched = 20;

    private static readonly Lazy<RequestReader> DefaultReader = new(() =>
        new RequestReader(ImrVocabulary.Default, SynonymVocabulary.Default, RequestWordVocabulary.Default));

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["fourteen"] = 14,
        ["sixteen"] = 16,
        ["eighteen"] = 18,
        ["twenty"] = 20,
    };

    private static readonly HashSet<string> VisitWords = new(StringComparer.Ordinal) { "visits", "sessions", "treatments", "visit", "session" };

    private readonly ImrVocabulary vocabulary;
    private readonly RequestWordVocabulary requestWords;
    private readonly Dictionary<string, HashSet<string>> equivalents = new(StringComparer.Ordinal);

    public RequestReader(ImrVocabulary vocabulary, SynonymVocabulary synonyms, RequestWordVocabulary requestWords)
    {
        ArgumentNullException.ThrowIfNull(synonyms);
        this.vocabulary = vocabulary;
        this.requestWords = requestWords;

        // Only one-word terms join names: "norco" and "hydrocodone" name one drug; phrases are not names.
        foreach (var group in synonyms.Groups)
        {
            var words = group.Select(VocabularyTokens.Key).Where(k => k.Length > 0 && !k.Contains(' ', StringComparison.Ordinal)).ToList();
            foreach (var word in words)
            {
                if (!equivalents.TryGetValue(word, out var set))
                {
                    set = new HashSet<string>(StringComparer.Ordinal) { word };
                    equivalents[word] = set;
                }

                set.UnionWith(words);
            }
        }
    }

    public static RequestReader Default => DefaultReader.Value;

    public TreatmentVocabulary Treatments => vocabulary.Treatments;

    /// <summary>
    /// A pasted draft: the request is the first sentence naming a treatment (else the first sentence); its category,
    /// named words, region (else the region the draft names most) and quantity; guidelines from the whole draft.
    /// </summary>
    public RequestReading ReadDraft(string draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var sentences = Sentences(draft).Take(SentencesSearched).ToList();
        var request = sentences.FirstOrDefault(s => vocabulary.Treatments.Classify(s) != vocabulary.Treatments.Other)
            ?? sentences.FirstOrDefault() ?? "";

        // "Omeprazole 20 mg for prophylaxis with NSAID use" asks for omeprazole: a draft names what it asks for before
        // why, so the words before the first "for", "with", "after"... are the request when they name a treatment.
        var head = Head(request);
        var category = vocabulary.Treatments.Classify(head);
        if (category == vocabulary.Treatments.Other)
        {
            head = request;
            category = vocabulary.Treatments.Classify(request);
        }

        return new RequestReading(
            category == vocabulary.Treatments.Other ? null : category.Name,
            Named(head),
            vocabulary.BodyRegions.Find(request) ?? MostNamedRegion(draft),
            [.. vocabulary.GuidelineDocuments.Mentions(draft).Select(d => d.Name).Take(RequestReading.MaxGuidelines)],
            Quantity(request));
    }

    /// <summary>The longest named-words field a user may send: a request names a few words.</summary>
    public const int MaxNamedLength = 200;

    /// <summary>The largest quantity a correction may state.</summary>
    public const decimal MaxQuantity = 100_000;

    /// <summary>
    /// A reading the user corrected (the check page's form, the API's <c>recognised</c>): each value must be one the
    /// vocabularies know, so a typo is told rather than silently matching nothing.
    /// </summary>
    /// <exception cref="Search.SearchRequestException">An unknown category, region or guideline document, or a value out of range.</exception>
    public RequestReading Corrected(string? treatment, string? named, string? bodyRegion, IEnumerable<string>? guidelines, decimal? quantity)
    {
        string? category = null;
        if (!string.IsNullOrWhiteSpace(treatment))
        {
            category = vocabulary.Treatments.Find(treatment.Trim())?.Name
                ?? throw new Search.SearchRequestException($"'{Shorten(treatment)}' is not a treatment category. Choose one of the list, or none.");
        }

        string? region = null;
        if (!string.IsNullOrWhiteSpace(bodyRegion))
        {
            region = vocabulary.BodyRegions.Regions.FirstOrDefault(r => string.Equals(r, bodyRegion.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new Search.SearchRequestException($"'{Shorten(bodyRegion)}' is not a body region. Choose one of the list, or none.");
        }

        var documents = new List<string>();
        foreach (var guideline in (guidelines ?? []).Where(g => !string.IsNullOrWhiteSpace(g)).Take(RequestReading.MaxGuidelines + 1))
        {
            documents.Add(vocabulary.GuidelineDocuments.Documents.FirstOrDefault(d => string.Equals(d.Name, guideline.Trim(), StringComparison.OrdinalIgnoreCase))?.Name
                ?? throw new Search.SearchRequestException($"'{Shorten(guideline)}' is not a guideline document. Choose one of the list, or none."));
        }

        if (documents.Count > RequestReading.MaxGuidelines)
        {
            throw new Search.SearchRequestException($"Give at most {RequestReading.MaxGuidelines} guideline documents.");
        }

        if ((named?.Length ?? 0) > MaxNamedLength)
        {
            throw new Search.SearchRequestException($"The named drug or procedure takes at most {MaxNamedLength} characters.");
        }

        if (quantity is < 0 or > MaxQuantity)
        {
            throw new Search.SearchRequestException($"The quantity must be between 0 and {MaxQuantity:N0}.");
        }

        var words = VocabularyTokens.Tokenize(named ?? "").Select(t => t.Text).Where(t => !t.Any(char.IsDigit))
            .Distinct(StringComparer.Ordinal).Take(RequestReading.MaxNamed).ToList();
        return new RequestReading(category, words, region, [.. documents.Distinct(StringComparer.OrdinalIgnoreCase)], quantity is 0 ? null : quantity);
    }

    /// <summary>Every treatment category and body region and specific guideline document a correction may name.</summary>
    public IReadOnlyList<string> CategoryNames => [.. vocabulary.Treatments.Categories.Select(c => c.Name).Where(n => n != TreatmentVocabulary.OtherCategory)];

    public IReadOnlyList<string> RegionNames => vocabulary.BodyRegions.Regions;

    public IReadOnlyList<string> GuidelineNames => [.. vocabulary.GuidelineDocuments.Documents.Where(d => !d.IsGeneric).Select(d => d.Name).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";

    /// <summary>A decided item as the parser read it, with the documents its reviewer (the IMR organization) cited.</summary>
    public RequestReading ReadItem(DecidedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new RequestReading(
            item.Treatment == vocabulary.Treatments.Other.Name ? null : item.Treatment,
            Named(item.Item),
            item.BodyRegion,
            [.. item.Citations.Where(c => c.CitedBy == CitedBy.ImrOrganization).Select(c => c.Document).Distinct(StringComparer.OrdinalIgnoreCase)],
            item.Quantity ?? Quantity(item.Item));
    }

    /// <summary>
    /// The words of a request that name its drug or procedure: not numbers, not body-region words, not the generic
    /// words of <c>request-words.tsv</c>; lower case, in order, each once.
    /// </summary>
    public IReadOnlyList<string> Named(string request)
    {
        var regions = vocabulary.BodyRegions.Mentions(request);
        return [.. VocabularyTokens.Tokenize(request)
            .Where(t => t.Text.Length >= 2 && !t.Text.Any(char.IsDigit) && !requestWords.IsGeneric(t.Text))
            .Where(t => !regions.Any(r => t.Start >= r.Start && t.End <= r.End))
            .Select(t => t.Text)
            .Distinct(StringComparer.Ordinal)
            .Take(RequestReading.MaxNamed)];
    }

    /// <summary>True when two named words name the same thing: the same word, or brand and generic (synonyms.tsv).</summary>
    public bool SameName(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal) || (equivalents.TryGetValue(a, out var set) && set.Contains(b));

    /// <summary>The quantity a request states: "QTY: 12", "#90", "12 visits", "six sessions"; the first one stated.</summary>
    public static decimal? Quantity(string request)
    {
        var tokens = VocabularyTokens.Tokenize(request);
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Text;
            var next = i + 1 < tokens.Count ? tokens[i + 1].Text : null;
            if (word is "qty" or "quantity" && next is not null && Number(next) is decimal stated)
            {
                return stated;
            }

            if (Number(word) is decimal number
                && ((tokens[i].Start > 0 && request[tokens[i].Start - 1] == '#') || (next is not null && VisitWords.Contains(next))))
            {
                return number;
            }
        }

        return null;
    }

    private static decimal? Number(string word) =>
        word.Length is > 0 and <= 6 && word.All(char.IsAsciiDigit) ? decimal.Parse(word, CultureInfo.InvariantCulture)
        : NumberWords.TryGetValue(word, out var n) ? n
        : null;

    /// <summary>
    /// The region a draft names most (the first named among equals): a rationale compares ("as with the cervical
    /// spine") before it returns to its own region, so the first one named is not always the request's.
    /// </summary>
    private string? MostNamedRegion(string draft) =>
        vocabulary.BodyRegions.Mentions(draft)
            .Select((mention, order) => (mention.Region, order))
            .GroupBy(m => m.Region, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(m => m.order))
            .Select(g => g.Key)
            .FirstOrDefault();

    private static string Head(string sentence)
    {
        var tokens = VocabularyTokens.Tokenize(sentence);
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Text is "for" or "with" or "after" or "because" or "due" or "secondary" or "following" or "to")
            {
                return sentence[..tokens[i].Start];
            }
        }

        return sentence;
    }

    /// <summary>Sentences end at '.', '!' or '?' before a space, and at line ends ("0.075%" stays whole).</summary>
    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ends = c is '\n' or '\r' || (c is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
            if (ends)
            {
                if (text.AsSpan(start, i - start).Trim().Length > 0)
                {
                    yield return text[start..i].Trim();
                }

                start = i + 1;
            }
        }

        if (start < text.Length && text.AsSpan(start).Trim().Length > 0)
        {
            yield return text[start..].Trim();
        }
    }
}
