using ImrSearch.Vocabularies;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace ImrSearch.Analysis;

/// <summary>
/// Text analysis for letter text: standard tokenization, possessives dropped, lower case, English stop words,
/// Porter stemming, then the synonym vocabulary.
/// </summary>
/// <remarks>
/// Synonyms are expanded at index time only, in both directions: "physical therapy" gains a stacked "pt" token
/// spanning both words, and "PT" gains stacked "physical" and "therapy" tokens carrying PT's offsets. The index
/// therefore holds every spelling of every occurrence, so a query needs no expansion: "PT", PT in quotes,
/// physical therapy (which the classic QueryParser splits at whitespace into two terms before analysis) and
/// "physical therapy" as a phrase all match both spellings. A highlighter that re-analyses stored text with the
/// indexing analyzer sees the same stacked tokens, with offsets over the words they stand for, so a query "PT"
/// marks "physical therapy" and vice versa. Use <see cref="ForQueries"/> for query parsing: expanding the query too
/// would turn "PT" into physical AND therapy anywhere in the field, which is wider than what was asked.
/// </remarks>
public sealed class ImrAnalyzer : Analyzer
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly Lazy<SynonymRules> DefaultSynonyms = new(() => BuildRules(SynonymVocabulary.Default));

    private readonly SynonymRules? synonyms;

    /// <summary>The indexing analyzer with the shipped synonym vocabulary.</summary>
    public ImrAnalyzer()
        : this(DefaultSynonyms.Value)
    {
    }

    /// <summary>The indexing analyzer with another vocabulary (tests, or a vocabulary being edited).</summary>
    public ImrAnalyzer(SynonymVocabulary vocabulary)
        : this(BuildRules(vocabulary))
    {
    }

    private ImrAnalyzer(SynonymRules? synonyms)
    {
        this.synonyms = synonyms;
    }

    /// <summary>Whether this instance adds synonym tokens (the indexing analyzer) or not (the query analyzer).</summary>
    public bool ExpandsSynonyms => synonyms is not null;

    /// <summary>The same analysis without synonym expansion, for parsing queries against an index built with <see cref="ImrAnalyzer()"/>.</summary>
    public static ImrAnalyzer ForQueries() => new((SynonymRules?)null);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishWordFilter(Version, tokenizer, EnglishAnalyzer.DefaultStopSet);
        if (synonyms is not null)
        {
            stream = new SynonymExpansionFilter(stream, synonyms);
        }

        return new TokenStreamComponents(tokenizer, stream);
    }

    private static SynonymRules BuildRules(SynonymVocabulary vocabulary)
    {
        using var baseAnalyzer = ForQueries();
        return SynonymRules.Build(vocabulary, baseAnalyzer);
    }
}
