using Lucene.Net.Search;

namespace ImrSearch.Search.Querying;

/// <summary>
/// What one query may ask for, decided before it runs. Lucene.Net 4.8 builds a deterministic automaton for every
/// wildcard and regular expression with no bound on its size (<c>x*a??????????????</c> never finishes), and each
/// pattern can expand to many terms; so the shapes people use (<c>chiro*</c>, <c>knee~</c>, <c>l?mbar</c>) are
/// allowed and anything beyond them is refused with a note and searched as plain words.
/// </summary>
internal static class QueryLimits
{
    /// <summary>Wildcard, prefix, fuzzy, range and regular-expression terms in one query (an unfielded one counts once for its four default fields).</summary>
    public const int MaxPatterns = 8;

    /// <summary>
    /// Fuzzy terms in one query (within <see cref="MaxPatterns"/>): each builds Levenshtein automata in every field it
    /// searches, the costliest pattern to start.
    /// </summary>
    public const int MaxFuzzyTerms = 3;

    /// <summary>Characters in one wildcard, prefix or fuzzy term.</summary>
    public const int MaxPatternLength = 48;

    /// <summary>'*' in one wildcard term (trailing or inner).</summary>
    public const int MaxStars = 2;

    /// <summary>'?' in one wildcard term. After a '*', each '?' can double the automaton; four keep it under a few hundred states.</summary>
    public const int MaxQuestionMarks = 4;

    /// <summary>Characters in a regular expression, when they are turned on.</summary>
    public const int MaxRegexLength = 32;

    /// <summary>Repetition operators ('*', '+', '?', '{') in a regular expression, when they are turned on.</summary>
    public const int MaxRegexRepetitions = 3;

    /// <summary>Parentheses nested in one query; deeper nesting is never needed and costs the parser's stack.</summary>
    public const int MaxNesting = 16;

    /// <summary>Terms all of a query's patterns may expand to together, in every field (a pattern in every default field is four).</summary>
    public const int MaxExpandedTerms = 1024;

    /// <summary>Dictionary terms all of a query's pattern expansions may visit together.</summary>
    public const int MaxTermsVisited = 400_000;

    /// <summary>Leaf clauses of a query after its patterns are expanded.</summary>
    public const int MaxClausesAfterRewrite = 8192;

    /// <summary>Facet values are short; a longer value is matched exactly, without the whole-word patterns.</summary>
    public const int MaxFacetValueLength = 200;

    public const string AsWords = " It was searched as plain words.";

    /// <summary>Why a wildcard term is refused, or null when it may run.</summary>
    public static string? WildcardProblem(string pattern)
    {
        if (pattern.Length > MaxPatternLength)
        {
            return $"The wildcard term '{Shorten(pattern)}' is longer than {MaxPatternLength} characters." + AsWords;
        }

        var (stars, questions) = CountWildcards(pattern);
        if (stars > MaxStars || questions > MaxQuestionMarks)
        {
            return $"The wildcard term '{Shorten(pattern)}' has too many wildcards (at most {MaxStars} '*' and {MaxQuestionMarks} '?' in a word)." + AsWords;
        }

        return null;
    }

    /// <summary>Why a prefix or fuzzy term is refused, or null when it may run.</summary>
    public static string? TermProblem(string term, string kind) =>
        term.Length > MaxPatternLength
            ? $"The {kind} term '{Shorten(term)}' is longer than {MaxPatternLength} characters." + AsWords
            : null;

    /// <summary>Why a regular expression (allowed by the settings) is refused, or null when it may run.</summary>
    public static string? RegexProblem(string regex)
    {
        if (regex.Length > MaxRegexLength)
        {
            return $"The regular expression '/{Shorten(regex)}/' is longer than {MaxRegexLength} characters." + AsWords;
        }

        var repetitions = regex.Count(c => c is '*' or '+' or '?' or '{');
        return repetitions > MaxRegexRepetitions
            ? $"The regular expression '/{Shorten(regex)}/' repeats too much (at most {MaxRegexRepetitions} of '*', '+', '?' or '{{')." + AsWords
            : null;
    }

    public static string TooManyPatterns =>
        $"The query has more than {MaxPatterns} wildcard, fuzzy or range terms; the ones after the {MaxPatterns}th were searched as plain words.";

    public static string TooManyFuzzyTerms =>
        $"The query has more than {MaxFuzzyTerms} fuzzy terms (word~); the ones after the {MaxFuzzyTerms}rd were searched as plain words.";

    public static string RegexOff(string regex) =>
        $"Regular expressions are turned off on this site; '/{Shorten(regex)}/' was searched as plain words.";

    public static string TooLargeAfterExpansion =>
        $"The query is too large to run once its wildcards are expanded (more than {MaxClausesAfterRewrite:N0} terms); use fewer wildcards or alternatives.";

    /// <summary>The leaf clauses of a rewritten query (stops counting past the limit).</summary>
    public static int CountClauses(Query query, int stopAfter = MaxClausesAfterRewrite + 1)
    {
        var count = 0;
        foreach (var leaf in LeafQueries(query))
        {
            count += leaf switch
            {
                PhraseQuery phrase => phrase.GetTerms().Length,
                MultiPhraseQuery multi => multi.GetTermArrays().Sum(a => a.Length),
                _ => 1,
            };
            if (count >= stopAfter)
            {
                break;
            }
        }

        return count;
    }

    /// <summary>The queries at the leaves of a rewritten query, through booleans, disjunctions and wrappers.</summary>
    public static IEnumerable<Query> LeafQueries(Query query)
    {
        var pending = new Stack<Query>();
        pending.Push(query);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case BooleanQuery boolean:
                    foreach (var clause in boolean.Clauses)
                    {
                        pending.Push(clause.Query);
                    }

                    break;
                case DisjunctionMaxQuery disjunction:
                    foreach (var part in disjunction.Disjuncts)
                    {
                        pending.Push(part);
                    }

                    break;
                case ConstantScoreQuery { Query: { } inner }:
                    pending.Push(inner);
                    break;
                case LetterTextQuery letter:
                    pending.Push(letter.CaseQuery);
                    break;
                case FilteredQuery filtered:
                    // A date range or the items-only restriction around the query (the form the caches keep).
                    pending.Push(filtered.Query);
                    break;
                case var leaf:
                    yield return leaf;
                    break;
            }
        }
    }

    private static (int Stars, int Questions) CountWildcards(string pattern)
    {
        var stars = 0;
        var questions = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '*':
                    stars++;
                    break;
                case '?':
                    questions++;
                    break;
            }
        }

        return (stars, questions);
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
