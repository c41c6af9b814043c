using Lucene.Net.Index;

namespace ImrSearch.Highlighting;

/// <summary>
/// The tokens of a query's terms in one document's field, read from the index's postings, which hold each token's
/// position and character offsets as the index analyzer produced them (stems and synonym tokens included).
/// </summary>
/// <remarks>
/// For a result list this gives the highlighter exactly what re-analysing the text would give for the terms it
/// looks for, without analysing the text: a seek and a skip per term instead of running the whole analysis chain
/// (synonym expansion included) over every hit's rationale. Only tokens of the query's terms are returned, which
/// is all <see cref="MatchFinder"/> looks at. The text must be the one that was indexed (the case document's).
/// </remarks>
public static class IndexedTokens
{
    public static IReadOnlyList<TextToken> Read(AtomicReader reader, int doc, string field, FieldTerms terms, int textLength)
    {
        var tokens = new List<TextToken>();
        if (terms.IsEmpty)
        {
            return tokens;
        }

        var wanted = new HashSet<string>(terms.Terms, StringComparer.Ordinal);
        foreach (var phrase in terms.Phrases)
        {
            foreach (var set in phrase.Terms)
            {
                wanted.UnionWith(set);
            }
        }

        foreach (var text in wanted)
        {
            var postings = reader.GetTermPositionsEnum(new Term(field, text));
            if (postings is null || postings.Advance(doc) != doc)
            {
                continue;
            }

            for (var i = postings.Freq; i > 0; i--)
            {
                var position = postings.NextPosition();
                var start = postings.StartOffset;
                var end = postings.EndOffset;
                if (start >= 0 && end <= textLength && start < end)
                {
                    tokens.Add(new TextToken(text, position, start, end));
                }
            }
        }

        tokens.Sort((a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : a.Start.CompareTo(b.Start));
        return tokens;
    }
}
