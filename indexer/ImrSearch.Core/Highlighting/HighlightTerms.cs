using ImrSearch.Search.Querying;
using Lucene.Net.Search;

namespace ImrSearch.Highlighting;

/// <summary>
/// What a query asks to be marked, field by field: single terms (marked wherever they occur in that field) and
/// phrases (marked only where the terms stand in the phrase's positions, within its slop). Terms under a NOT are
/// left out, and a term restricted to one field is not marked in another.
/// </summary>
/// <remarks>Built from a query already rewritten against the index, so wildcards and fuzzy terms are concrete words.</remarks>
public sealed class HighlightTerms
{
    private static readonly FieldTerms NoTerms = new(new HashSet<string>(), []);

    private readonly Dictionary<string, (HashSet<string> Terms, List<PhraseClause> Phrases)> byField = new(StringComparer.Ordinal);

    private HighlightTerms()
    {
    }

    /// <summary>Nothing to mark (an empty query).</summary>
    public static HighlightTerms None { get; } = new();

    public static HighlightTerms From(Query rewrittenQuery)
    {
        var terms = new HighlightTerms();
        terms.Collect(rewrittenQuery);
        return terms;
    }

    /// <summary>The terms and phrases for one field (both empty when the query says nothing about it).</summary>
    public FieldTerms For(string field) =>
        byField.TryGetValue(field, out var entry) ? new FieldTerms(entry.Terms, entry.Phrases) : NoTerms;

    private void Collect(Query query)
    {
        switch (query)
        {
            case TermQuery term:
                Entry(term.Term.Field).Terms.Add(term.Term.Text);
                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                {
                    if (clause.Occur != Occur.MUST_NOT)
                    {
                        Collect(clause.Query);
                    }
                }

                break;
            case DisjunctionMaxQuery disjunction:
                foreach (var disjunct in disjunction.Disjuncts)
                {
                    Collect(disjunct);
                }

                break;
            case PhraseQuery phrase:
                AddPhrase(phrase.GetTerms().Select(t => new[] { t }).ToArray(), phrase.GetPositions(), phrase.Slop);
                break;
            case MultiPhraseQuery multiPhrase:
                AddPhrase([.. multiPhrase.GetTermArrays()], multiPhrase.GetPositions(), multiPhrase.Slop);
                break;
            case ConstantScoreQuery { Query: { } inner }:
                Collect(inner);
                break;
            case LetterTextQuery letter:
                Collect(letter.CaseQuery);
                break;
            case FilteredQuery filtered:
                Collect(filtered.Query);
                break;
        }
    }

    private void AddPhrase(Lucene.Net.Index.Term[][] termsAtPositions, int[] positions, int slop)
    {
        if (termsAtPositions.Length == 0)
        {
            return;
        }

        var field = termsAtPositions[0][0].Field;
        if (termsAtPositions.Length == 1)
        {
            foreach (var term in termsAtPositions[0])
            {
                Entry(field).Terms.Add(term.Text);
            }

            return;
        }

        var sets = termsAtPositions.Select(ts => (IReadOnlySet<string>)ts.Select(t => t.Text).ToHashSet(StringComparer.Ordinal)).ToArray();
        var phrase = new PhraseClause(sets, positions, slop);
        var phrases = Entry(field).Phrases;
        if (!phrases.Contains(phrase))
        {
            phrases.Add(phrase);
        }
    }

    private (HashSet<string> Terms, List<PhraseClause> Phrases) Entry(string field)
    {
        if (!byField.TryGetValue(field, out var entry))
        {
            entry = (new HashSet<string>(StringComparer.Ordinal), []);
            byField[field] = entry;
        }

        return entry;
    }
}

/// <summary>The marks a query asks for in one field.</summary>
public sealed record FieldTerms(IReadOnlySet<string> Terms, IReadOnlyList<PhraseClause> Phrases)
{
    public bool IsEmpty => Terms.Count == 0 && Phrases.Count == 0;
}

/// <summary>A phrase or proximity clause: at each of its positions, any of a set of terms (more than one for synonyms).</summary>
/// <param name="Positions">Relative positions as the query analyzer produced them (stop words leave gaps).</param>
/// <param name="Slop">0 for an exact phrase; the proximity allowed otherwise ("a b"~5).</param>
public sealed record PhraseClause(IReadOnlyList<IReadOnlySet<string>> Terms, IReadOnlyList<int> Positions, int Slop)
{
    /// <summary>A stable identity, so the same phrase counts once when ranking passages.</summary>
    public string Key { get; } = "\"" + string.Join(" ", Terms.Select(s => string.Join("|", s.Order(StringComparer.Ordinal)))) + "\"~" + Slop;

    public bool Equals(PhraseClause? other) => other is not null && other.Key == Key && other.Positions.SequenceEqual(Positions);

    public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);
}
