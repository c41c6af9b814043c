using System.Globalization;
using ImrSearch.Index;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace ImrSearch.Search.Querying;

/// <summary>
/// Lucene's classic query syntax over the decided-item schema: default operator AND, unfielded words searched in
/// the item, rationale, summary and guideline text (boosted in that order), and the friendly field names of
/// <see cref="QueryField"/> mapped onto the schema. One instance parses one query (the classic parser is stateful).
/// </summary>
internal sealed class ImrQueryParser : MultiFieldQueryParser
{
    /// <summary>Unfielded words: the item counts most, then the rationale, then the summary, then the guideline paragraphs.</summary>
    public static readonly IReadOnlyDictionary<string, float> DefaultFieldBoosts = new Dictionary<string, float>
    {
        [IndexSchema.Item] = 4f,
        [IndexSchema.Rationale] = 2f,
        [IndexSchema.Summary] = 1f,
        [IndexSchema.GuidelineText] = 0.5f,
    };

    private readonly List<string> notes = [];
    private int patterns;
    private int fuzzyTerms;
    private bool inDefaultFields;
    private readonly bool allowRegularExpressions;

    public ImrQueryParser(Analyzer analyzer, BoundedTermExpansion expansion, bool allowRegularExpressions = false)
        : base(LuceneVersion.LUCENE_48, [.. DefaultFieldBoosts.Keys], analyzer, DefaultFieldBoosts.ToDictionary())
    {
        this.allowRegularExpressions = allowRegularExpressions;
        DefaultOperator = AND_OPERATOR;
        // Leading wildcards reach GetWildcardQuery, which strips them from text terms with a note: refusing them
        // there, rather than failing the whole parse, keeps the rest of the user's query intact.
        AllowLeadingWildcard = true;
        MultiTermRewriteMethod = expansion;
        Locale = CultureInfo.InvariantCulture;
    }

    /// <summary>Things the parser changed about the query that the user should be told (unknown field, leading wildcard...).</summary>
    public IReadOnlyList<string> Notes => notes;

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (field is null)
        {
            return base.GetFieldQuery(field!, queryText, quoted);
        }

        return Resolve(field) switch
        {
            null => UnknownField(field, base.GetFieldQuery(null!, queryText, quoted)),
            { Kind: QueryFieldKind.Text } f => base.GetFieldQuery(f.TextField!, queryText, quoted),
            { Kind: QueryFieldKind.TextOrFacet } f => Either(base.GetFieldQuery(f.TextField!, queryText, quoted), FacetValueQuery.Matching(f.Dimension!, queryText)),
            { Kind: QueryFieldKind.Facet } f => FacetValueQuery.Matching(f.Dimension!, queryText),
            { Kind: QueryFieldKind.CaseId } => CaseIdQuery(queryText),
            _ => YearQuery(queryText, queryText, field),
        };
    }

    protected override Query GetFieldQuery(string field, string queryText, int slop)
    {
        if (field is null)
        {
            return base.GetFieldQuery(field!, queryText, slop);
        }

        return Resolve(field) switch
        {
            null => UnknownField(field, base.GetFieldQuery(null!, queryText, slop)),
            { Kind: QueryFieldKind.Text } f => base.GetFieldQuery(f.TextField!, queryText, slop),
            { Kind: QueryFieldKind.TextOrFacet } f => Either(base.GetFieldQuery(f.TextField!, queryText, slop), FacetValueQuery.Matching(f.Dimension!, queryText)),
            _ => GetFieldQuery(field, queryText, quoted: true),
        };
    }

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        if ((field is null || Resolve(field) is { Kind: QueryFieldKind.Text or QueryFieldKind.TextOrFacet })
            && Refused("range", $"[{part1} TO {part2}]", null) is not null)
        {
            return AsWords(field, $"{part1} {part2}");
        }

        if (field is null)
        {
            return InDefaultFields(() => base.GetRangeQuery(field!, part1, part2, startInclusive, endInclusive));
        }

        return Resolve(field) switch
        {
            null => UnknownField(field, InDefaultFields(() => base.GetRangeQuery(null!, part1, part2, startInclusive, endInclusive))),
            { Kind: QueryFieldKind.Text or QueryFieldKind.TextOrFacet } f => base.GetRangeQuery(f.TextField!, part1, part2, startInclusive, endInclusive),
            { Kind: QueryFieldKind.Facet } f => new ConstantScoreQuery(TermRangeQuery.NewStringRange(
                f.Dimension!.FilterField, FacetValueQuery.Normalize(part1), FacetValueQuery.Normalize(part2), startInclusive, endInclusive)),
            { Kind: QueryFieldKind.CaseId } => new ConstantScoreQuery(TermRangeQuery.NewStringRange(
                IndexSchema.CaseId, part1, part2, startInclusive, endInclusive)),
            _ => YearRange(part1, part2, startInclusive, endInclusive, field),
        };
    }

    protected override Query GetPrefixQuery(string field, string termStr)
    {
        if (Refused("prefix", termStr + "*", QueryLimits.TermProblem(termStr, "prefix")) is not null)
        {
            return AsWords(field, termStr);
        }

        if (field is null)
        {
            return InDefaultFields(() => base.GetPrefixQuery(field!, termStr));
        }

        return Resolve(field) switch
        {
            null => UnknownField(field, InDefaultFields(() => base.GetPrefixQuery(null!, termStr))),
            { Kind: QueryFieldKind.Text } f => base.GetPrefixQuery(f.TextField!, termStr),
            { Kind: QueryFieldKind.TextOrFacet } f => Either(base.GetPrefixQuery(f.TextField!, termStr), FacetValueQuery.StartingWith(f.Dimension!, termStr)),
            { Kind: QueryFieldKind.Facet } f => FacetValueQuery.StartingWith(f.Dimension!, termStr),
            { Kind: QueryFieldKind.CaseId } => CaseIdVariants(termStr, v => new PrefixQuery(new Term(IndexSchema.CaseId, v))),
            _ => YearQuery(termStr + "*", termStr, field),
        };
    }

    protected override Query GetWildcardQuery(string field, string termStr)
    {
        if (Refused("wildcard", termStr, QueryLimits.WildcardProblem(termStr)) is not null)
        {
            return AsWords(field, termStr);
        }

        var withoutLeading = termStr.TrimStart('*', '?');
        if (withoutLeading.Length != termStr.Length && Resolve(field) is null or { Kind: QueryFieldKind.Text or QueryFieldKind.TextOrFacet })
        {
            return LeadingWildcard(field, termStr, withoutLeading);
        }

        if (field is null)
        {
            return InDefaultFields(() => base.GetWildcardQuery(field!, termStr));
        }

        return Resolve(field) switch
        {
            null => UnknownField(field, InDefaultFields(() => base.GetWildcardQuery(null!, termStr))),
            { Kind: QueryFieldKind.Text } f => base.GetWildcardQuery(f.TextField!, termStr),
            { Kind: QueryFieldKind.TextOrFacet } f => Either(base.GetWildcardQuery(f.TextField!, termStr), FacetValueQuery.Wildcard(f.Dimension!, termStr)),
            { Kind: QueryFieldKind.Facet } f => FacetValueQuery.Wildcard(f.Dimension!, termStr),
            { Kind: QueryFieldKind.CaseId } => CaseIdVariants(termStr, v => new WildcardQuery(new Term(IndexSchema.CaseId, v))),
            _ => YearQuery(termStr, termStr, field),
        };
    }

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity)
    {
        if (Refused("fuzzy", termStr + "~", QueryLimits.TermProblem(termStr, "fuzzy")) is not null)
        {
            return AsWords(field, termStr);
        }

        if (field is null)
        {
            return InDefaultFields(() => base.GetFuzzyQuery(field!, termStr, minSimilarity));
        }

        return Resolve(field) switch
        {
            null => UnknownField(field, InDefaultFields(() => base.GetFuzzyQuery(null!, termStr, minSimilarity))),
            { Kind: QueryFieldKind.Text or QueryFieldKind.TextOrFacet } f => base.GetFuzzyQuery(f.TextField!, termStr, minSimilarity),
            { Kind: QueryFieldKind.Facet } f => new ConstantScoreQuery(new FuzzyQuery(new Term(f.Dimension!.FilterField, FacetValueQuery.Normalize(termStr)))),
            { Kind: QueryFieldKind.CaseId } => CaseIdQuery(termStr),
            _ => YearQuery(termStr, termStr, field),
        };
    }

    protected override Query GetRegexpQuery(string field, string termStr)
    {
        if (!allowRegularExpressions)
        {
            AddNote(QueryLimits.RegexOff(termStr));
            return AsWords(field, termStr);
        }

        if (Refused("regex", "/" + termStr + "/", QueryLimits.RegexProblem(termStr)) is not null)
        {
            return AsWords(field, termStr);
        }

        if (field is null)
        {
            return InDefaultFields(() => base.GetRegexpQuery(field!, termStr));
        }

        return Resolve(field) switch
        {
            null => UnknownField(field, InDefaultFields(() => base.GetRegexpQuery(null!, termStr))),
            { Kind: QueryFieldKind.Text or QueryFieldKind.TextOrFacet } f => base.GetRegexpQuery(f.TextField!, termStr),
            { Kind: QueryFieldKind.Facet } f => new ConstantScoreQuery(PlainRegexp(f.Dimension!.FilterField, FacetValueQuery.Normalize(termStr))),
            { Kind: QueryFieldKind.CaseId } => new ConstantScoreQuery(PlainRegexp(IndexSchema.CaseId, termStr)),
            _ => YearQuery(termStr, termStr, field),
        };
    }

    /// <summary>
    /// Regular expressions without Lucene's extensions (complement, intersection, intervals, "any string"): the
    /// complement in particular needs a determinized automaton of unbounded size.
    /// </summary>
    protected override Query NewRegexpQuery(Term regexp) =>
        new RegexpQuery(regexp, RegExpSyntax.NONE) { MultiTermRewriteMethod = MultiTermRewriteMethod };

    private static RegexpQuery PlainRegexp(string field, string regex) => new(new Term(field, regex), RegExpSyntax.NONE);

    /// <summary>
    /// Admits a pattern term (wildcard, prefix, fuzzy, range, regular expression) within the query's limits, or notes
    /// why not and returns that note. Each occurrence counts, an unfielded one once for all its default fields.
    /// </summary>
    private string? Refused(string kind, string pattern, string? problem)
    {
        if (problem is not null)
        {
            AddNote(problem);
            return problem;
        }

        if (inDefaultFields)
        {
            // The same term again, in each default field of an unfielded pattern already admitted.
            return null;
        }

        if (patterns >= QueryLimits.MaxPatterns)
        {
            AddNote(QueryLimits.TooManyPatterns);
            return QueryLimits.TooManyPatterns;
        }

        if (kind == "fuzzy" && fuzzyTerms >= QueryLimits.MaxFuzzyTerms)
        {
            AddNote(QueryLimits.TooManyFuzzyTerms);
            return QueryLimits.TooManyFuzzyTerms;
        }

        patterns++;
        fuzzyTerms += kind == "fuzzy" ? 1 : 0;
        return null;
    }

    /// <summary>Builds an unfielded pattern in every default field, counted once (see <see cref="Refused"/>).</summary>
    private Query InDefaultFields(Func<Query> build)
    {
        inDefaultFields = true;
        try
        {
            return build();
        }
        finally
        {
            inDefaultFields = false;
        }
    }

    /// <summary>A refused pattern's text searched as the words it holds (its syntax characters are not words to the analyzer).</summary>
    private Query AsWords(string? field, string text)
    {
        var words = new string([.. text.Select(c => char.IsLetterOrDigit(c) ? c : ' ')]).Trim();
        return words.Length == 0 ? new BooleanQuery() : GetFieldQuery(field!, words, quoted: false) ?? new BooleanQuery();
    }

    private static QueryField? Resolve(string? field) => field is null ? null : QueryField.Find(field);

    /// <summary>Either query (the analyzer may leave nothing of the text: then only the other).</summary>
    private static Query Either(Query? first, Query second) => first is null ? second : new BooleanQuery
    {
        { first, Occur.SHOULD },
        { second, Occur.SHOULD },
    };

    /// <summary>
    /// An unknown field name is most likely ordinary text with a colon in it ("Page(s): 58"), so both the name and
    /// the value are searched as words.
    /// </summary>
    private Query UnknownField(string field, Query? value)
    {
        AddNote($"There is no field '{field}:' (fields are {string.Join(", ", QueryField.KnownNames.Select(n => n + ":"))}); " +
                $"'{field}' was searched as a word.");
        var asWords = base.GetFieldQuery(null!, field, quoted: false);
        if (asWords is null || value is null)
        {
            // Stop words on one side or the other: the side that is left, or nothing to search.
            return asWords ?? value ?? new BooleanQuery();
        }

        return new BooleanQuery { { asWords, Occur.MUST }, { value, Occur.MUST } };
    }

    private Query LeadingWildcard(string? field, string termStr, string withoutLeading)
    {
        var where = field is null ? "" : field + ":";
        if (withoutLeading.Length == 0)
        {
            // "*" alone (or item:*) asks for everything; every decided item has each text field.
            return new MatchAllDocsQuery();
        }

        AddNote($"Words cannot start with a wildcard ('{where}{termStr}'); searched for '{where}{withoutLeading}' instead.");
        var hasInnerWildcard = withoutLeading.IndexOfAny(['*', '?']) >= 0;
        if (!hasInnerWildcard)
        {
            return GetFieldQuery(field!, withoutLeading, quoted: false);
        }

        var prefix = withoutLeading.TrimEnd('*');
        return prefix.Length > 0 && prefix.IndexOfAny(['*', '?']) < 0
            ? GetPrefixQuery(field!, prefix)
            : GetWildcardQuery(field!, withoutLeading);
    }

    private static Query CaseIdQuery(string text) =>
        CaseIdVariants(text, v => new TermQuery(new Term(IndexSchema.CaseId, v)));

    /// <summary>Case ids are keywords; they are matched as typed, upper-cased and lower-cased so case does not matter.</summary>
    private static Query CaseIdVariants(string text, Func<string, Query> create)
    {
        var variants = new[] { text, text.ToUpperInvariant(), text.ToLowerInvariant() }.Distinct(StringComparer.Ordinal);
        var any = new BooleanQuery(disableCoord: true);
        foreach (var variant in variants)
        {
            any.Add(create(variant), Occur.SHOULD);
        }

        return new ConstantScoreQuery(any);
    }

    private Query YearQuery(string asWritten, string value, string field)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return new ConstantScoreQuery(NumericRangeQuery.NewInt32Range(IndexSchema.Year, IndexSchema.NumericPrecisionStep, year, year, true, true));
        }

        return Unmatchable($"'{field}:{asWritten}' is not a year; write a year like {field}:2015 or a range like {field}:[2014 TO 2016].");
    }

    private Query YearRange(string? from, string? to, bool fromInclusive, bool toInclusive, string field)
    {
        int? Bound(string? text) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

        var lower = Bound(from);
        var upper = Bound(to);
        if ((from is not null && lower is null) || (to is not null && upper is null))
        {
            return Unmatchable($"'{field}:[{from ?? "*"} TO {to ?? "*"}]' is not a range of years; write it like {field}:[2014 TO 2016].");
        }

        return new ConstantScoreQuery(NumericRangeQuery.NewInt32Range(IndexSchema.Year, IndexSchema.NumericPrecisionStep, lower, upper, fromInclusive, toInclusive));
    }

    /// <summary>A clause that cannot match, with a note saying why; an empty BooleanQuery matches nothing.</summary>
    private BooleanQuery Unmatchable(string note)
    {
        AddNote(note);
        return new BooleanQuery();
    }

    private void AddNote(string note)
    {
        if (!notes.Contains(note))
        {
            notes.Add(note);
        }
    }
}
