using ImrSearch.Index;
using ImrSearch.Search;
using ImrSearch.Search.HitAssembly;

namespace ImrSearch.Precedents;

/// <summary>
/// "How is this kind of request decided, and why?": outcome tables, similar prior decisions, the consistency check
/// of a draft, and guideline citation usage. Thread-safe; works on the searcher's current commit.
/// </summary>
/// <param name="weights">How the ranking weighs request matches against text similarity (default: <see cref="PrecedentWeights.Default"/>).</param>
public sealed class PrecedentExplorer(DecisionSearcher searcher, PrecedentWeights? weights = null)
{
    private readonly PrecedentWeights weights = weights ?? PrecedentWeights.Default;

    private readonly Lazy<RationaleTerms> rationaleTerms = new(() => new RationaleTerms(searcher.QueryAnalyzer, Vocabularies.CommonWordVocabulary.Default));

    /// <summary>The dimensions an outcome table can group by (every facet dimension but the decision itself).</summary>
    public static IReadOnlyList<FacetDimension> GroupableDimensions { get; } =
        [.. IndexSchema.FacetDimensions.Where(d => d != IndexSchema.Decision)];

    /// <summary>The decided items matching a search request, grouped by one dimension and optionally a second.</summary>
    /// <exception cref="SearchRequestException">An unknown or ungroupable dimension, or a bad filter.</exception>
    public OutcomeTable Outcomes(SearchRequest request, string groupBy, string? thenBy = null, OutcomeOrder order = OutcomeOrder.Count)
    {
        ArgumentNullException.ThrowIfNull(request);
        var first = Groupable(groupBy);
        var second = string.IsNullOrWhiteSpace(thenBy) ? null : Groupable(thenBy);
        if (second == first)
        {
            throw new SearchRequestException($"Choose two different dimensions for a cross-tab (both were '{first.Name}').");
        }

        using var scope = searcher.Scope(request);
        return OutcomeTabulation.Run(scope, first, second, order);
    }

    /// <summary>
    /// How the decided items matching a request were decided, period by period of their decision date; the interval is
    /// chosen from the span of the dates when none is given (months up to three years, quarters up to ten, else years).
    /// </summary>
    /// <exception cref="SearchRequestException">A bad request, or more periods than a chart can show.</exception>
    public OutcomeTrend Trend(SearchRequest request, TrendInterval? interval = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var scope = searcher.Scope(request);
        var months = searcher.Trend(scope, TrendCollector.Count);
        return TrendPeriods.Build(months.ByMonth, months.Undated, interval, months.Warning);
    }

    /// <summary>
    /// The decided items most similar to one item, from other letters, optionally only of the same treatment category:
    /// MoreLikeThis over item and rationale, ranked again by the item's request as the parser read it (category, the
    /// drug or procedure, region, guidelines, quantity). Null when the case or item does not exist.
    /// </summary>
    public SimilarDecisions? Similar(string caseId, int itemIndex, bool sameTreatment = false, int count = 5)
    {
        if (count is < 1 or > ConsistencyCheckRequest.MaxCount)
        {
            throw new SearchRequestException($"The number of similar items must be between 1 and {ConsistencyCheckRequest.MaxCount} (got {count}).");
        }

        using var scope = searcher.Scope(SearchRequest.For(null));
        var determination = CaseDocuments.ByCaseId(scope.Searcher, caseId);
        var item = determination?.Decisions.FirstOrDefault(d => d.Index == itemIndex);
        if (determination is null || item is null)
        {
            return null;
        }

        var sameKind = scope.FacetQueryFor(sameTreatment ? Filters((IndexSchema.Treatment, item.Treatment)) : Filters());
        // The category name joins the text: letters spell items their own way ("Chirocare 2x4-6"), and an item of
        // the same kind is a closer precedent than one that merely shares the author's phrasing.
        var text = $"{item.Treatment}. {item.Item}.\n{item.Rationale}";
        var reading = RequestReader.Default.ReadItem(item);
        return Finder(scope).Find(text, count, determination.CaseId, sameKind, reading, SameCategory(scope, reading), weights);
    }

    /// <summary>
    /// Puts one time budget (the searcher's) over every analysis run until it is disposed, instead of one each: a case
    /// page asks for the similar items of each of its items, and at a million items each can take most of a budget,
    /// so the page would otherwise take one budget per item. An analysis past it throws <see cref="SearchTimeoutException"/>.
    /// Dispose it on the flow that started it.
    /// </summary>
    public IDisposable SharedBudget() => Search.Execution.SearchBudget.Start(searcher.TimeBudget);

    /// <summary>
    /// The consistency check: the prior decided items most like a draft, how they were decided, the guidelines they
    /// relied on, and whether the draft's conclusion goes against them. Nothing of the draft is kept.
    /// </summary>
    /// <exception cref="SearchRequestException">The draft is empty or too long, or the count is out of range.</exception>
    public ConsistencyCheckResult Check(ConsistencyCheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var draft = request.Draft?.Trim() ?? "";
        if (draft.Length == 0)
        {
            throw new SearchRequestException("Paste a draft rationale or a description of the request to check.");
        }

        if (draft.Length > ConsistencyCheckRequest.MaxDraftLength)
        {
            throw new SearchRequestException(
                $"The draft is {draft.Length:N0} characters; the check takes at most {ConsistencyCheckRequest.MaxDraftLength:N0}. Paste the rationale alone.");
        }

        if (request.Count is < 1 or > ConsistencyCheckRequest.MaxCount)
        {
            throw new SearchRequestException($"The number of similar items must be between 1 and {ConsistencyCheckRequest.MaxCount} (got {request.Count}).");
        }

        var filters = new List<(FacetDimension, string)>();
        if (!string.IsNullOrWhiteSpace(request.Treatment))
        {
            filters.Add((IndexSchema.Treatment, request.Treatment));
        }

        if (!string.IsNullOrWhiteSpace(request.Guideline))
        {
            filters.Add((IndexSchema.Guideline, request.Guideline));
        }

        // What the draft asks for, as the parser would read it, unless the user corrected that reading.
        var reading = request.Reading ?? RequestReader.Default.ReadDraft(draft);
        SimilarDecisions similar;
        DraftOmissions leftOut;
        using (var scope = searcher.Scope(new SearchRequest(null, Filters([.. filters]))))
        {
            similar = Finder(scope).Find(draft, request.Count, excludeCaseId: null, scope.FacetQuery, reading, SameCategory(scope, reading), weights);
            var items = similar.Neighbours
                .Select(n => CaseDocuments.ByCaseId(scope.Searcher, n.CaseId)?.Decisions.FirstOrDefault(d => d.Index == n.ItemIndex))
                .OfType<Domain.DecidedItem>()
                .ToList();
            leftOut = DraftOmissions.Find(draft, reading, items, Vocabularies.WeighedFactVocabulary.Default);
        }

        var leaning = DecisionLanguage.Default.Leaning(draft);
        var (against, verdict) = ConsistencyVerdict.Judge(leaning, similar);
        return new ConsistencyCheckResult(similar, leaning, against, verdict, ConsistencyVerdict.CommonCitations(similar.Neighbours))
        {
            Recognised = reading,
            LeftOut = leftOut,
        };
    }

    /// <summary>
    /// The guideline citations reviewers relied on for the decided items matching a request (all items for an empty
    /// one), most cited first, with the outcomes of the items citing each.
    /// </summary>
    public IReadOnlyList<CitationUsage> Citations(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var scope = searcher.Scope(request);
        var collector = new CitationUsageCollector(scope.Commit.FacetOrdinals);
        scope.Searcher.Search(scope.Matches, scope.Filter, collector);
        collector.Flush();
        return [.. collector.ByKey
            .Select(entry =>
            {
                var (source, document, topic, pages, edition) = CitationKey.Parse(entry.Key);
                var (upheld, overturned) = entry.Value;
                return new CitationUsage(source, document, topic, pages, edition, upheld + overturned, upheld, overturned);
            })
            .OrderByDescending(c => c.Items)
            .ThenBy(c => c.Source, StringComparer.Ordinal)
            .ThenBy(c => c.Document, StringComparer.OrdinalIgnoreCase)
            .ThenBy(c => c.Topic, StringComparer.OrdinalIgnoreCase)
            .ThenBy(c => c.Pages, StringComparer.OrdinalIgnoreCase)
            .ThenBy(c => c.Edition?.ToString(), StringComparer.Ordinal)];
    }

    /// <summary>
    /// Two decided items side by side: their requests, the guidelines each cited, the terms that distinguish their
    /// rationales and the sentences using them.
    /// </summary>
    /// <exception cref="SearchRequestException">The two keys name the same item.</exception>
    /// <exception cref="DecidedItemNotFoundException">Either item is not in the index.</exception>
    public SideBySide Compare(DecidedItemKey first, DecidedItemKey second)
    {
        using var scope = searcher.Scope(SearchRequest.For(null));
        var a = Item(scope, first);
        var b = Item(scope, second);
        if (string.Equals(a.CaseId, b.CaseId, StringComparison.Ordinal) && a.Item.Index == b.Item.Index)
        {
            throw new SearchRequestException($"Both sides are item {first}: choose two different items to compare.");
        }

        return SideBySideBuilder.Build(
            (a.Item.Item, [a], 1),
            (b.Item.Item, [b], 1),
            rationaleTerms.Value,
            isGroups: false,
            []);
    }

    /// <summary>
    /// The upheld and the overturned items of a search side by side: of each outcome, the <see cref="SideBySide.GroupSize"/>
    /// items the search ranks first. A decision filter in the request is left out (both outcomes are the point).
    /// </summary>
    /// <exception cref="SearchRequestException">A bad request (unknown filter, malformed dates...).</exception>
    public SideBySide CompareOutcomes(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var filters = request.Filters
            .Where(f => !string.Equals(f.Key, IndexSchema.Decision.Name, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(f => f.Key, f => f.Value);
        using var scope = searcher.Scope(request with { Filters = filters });
        var upheld = Outcome(scope, filters, Domain.Decision.Upheld);
        var overturned = Outcome(scope, filters, Domain.Decision.Overturned);
        return SideBySideBuilder.Build(
            (nameof(Domain.Decision.Upheld), upheld.Items, upheld.Matching),
            (nameof(Domain.Decision.Overturned), overturned.Items, overturned.Matching),
            rationaleTerms.Value,
            isGroups: true,
            [.. scope.Notes]);
    }

    private static (string CaseId, Domain.DecidedItem Item) Item(SearchScope scope, DecidedItemKey key)
    {
        var determination = CaseDocuments.ByCaseId(scope.Searcher, key.CaseId);
        var item = determination?.Decisions.FirstOrDefault(d => d.Index == key.ItemIndex);
        return determination is null || item is null ? throw new DecidedItemNotFoundException(key) : (determination.CaseId, item);
    }

    /// <summary>The search's best-ranked items of one outcome, and how many of that outcome it matched.</summary>
    private static (IReadOnlyList<(string CaseId, Domain.DecidedItem Item)> Items, long Matching) Outcome(
        SearchScope scope,
        Dictionary<string, IReadOnlyList<string>> filters,
        Domain.Decision decision)
    {
        Lucene.Net.Search.Query? facets;
        try
        {
            facets = scope.FacetQueryFor(new Dictionary<string, IReadOnlyList<string>>(filters) { [IndexSchema.Decision.Name] = [decision.ToString()] });
        }
        catch (SearchRequestException)
        {
            // No item of the index has this outcome: the side is empty.
            return ([], 0);
        }

        var top = scope.Searcher.Search(scope.Query, facets is null ? null : new Lucene.Net.Search.QueryWrapperFilter(facets), SideBySide.GroupSize);
        var letters = new Dictionary<int, Domain.Determination?>();
        var items = new List<(string, Domain.DecidedItem)>(top.ScoreDocs.Length);
        foreach (var hit in top.ScoreDocs)
        {
            var found = CaseDocuments.ForItem(scope.Commit, hit.Doc, letters);
            if (found.Determination?.Decisions.FirstOrDefault(d => d.Index == found.ItemIndex) is { } item)
            {
                items.Add((found.Determination.CaseId, item));
            }
        }

        return (items, top.TotalHits);
    }

    private SimilarItemFinder Finder(SearchScope scope) => new(scope.Commit, searcher.QueryAnalyzer);

    /// <summary>The facet filter of a reading's treatment category; null when it names none or no item has it.</summary>
    private static Lucene.Net.Search.Query? SameCategory(SearchScope scope, RequestReading reading)
    {
        if (reading.Treatment is null)
        {
            return null;
        }

        try
        {
            return scope.FacetQueryFor(Filters((IndexSchema.Treatment, reading.Treatment)));
        }
        catch (SearchRequestException)
        {
            return null;
        }
    }

    /// <summary>Facet selections as a request names them: a dimension's name to its values.</summary>
    private static Dictionary<string, IReadOnlyList<string>> Filters(params (FacetDimension Dimension, string Value)[] selections) =>
        selections.GroupBy(s => s.Dimension.Name).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(s => s.Value)]);

    private static FacetDimension Groupable(string name)
    {
        var dimension = GroupableDimensions.FirstOrDefault(d => string.Equals(d.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));
        return dimension ?? throw new SearchRequestException(
            $"Cannot group by '{name}'. Choose one of: {string.Join(", ", GroupableDimensions.Select(d => d.Name))}.");
    }
}
