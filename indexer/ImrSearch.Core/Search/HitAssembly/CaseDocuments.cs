using ImrSearch.Domain;
using ImrSearch.Index;
using ImrSearch.Search.Caching;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ImrSearch.Search.HitAssembly;

/// <summary>Reads determinations from case documents (one per letter, holding the determination JSON).</summary>
internal static class CaseDocuments
{
    private static readonly HashSet<string> SourceOnly = [IndexSchema.Source];

    /// <summary>
    /// The determination an item document belongs to, and the item's index in it. A letter's documents are written
    /// as one block, items first and the case document last, and Lucene keeps a block's documents adjacent through
    /// merges, so the case document is the first non-item document after the item: found without a search. The
    /// stored case id is checked against the item's, and the stored source is the fallback.
    /// </summary>
    /// <param name="letters">Determinations already read, by case document: items of one letter on a page share one.</param>
    /// <remarks>Letters shown recently in the commit are taken from <see cref="OpenedCommit.Letters"/>, not read again.</remarks>
    public static ItemOfLetter ForItem(OpenedCommit commit, int doc, Dictionary<int, Determination?> letters)
    {
        var searcher = commit.Searcher;
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var reader = leaf.AtomicReader;
        var local = doc - leaf.DocBase;
        var itemIndex = (int)(reader.GetNumericDocValues(IndexSchema.ItemIndex)?.Get(local) ?? 0);
        var items = commit.Items.In(reader);
        var next = local + 1;
        while (next < reader.MaxDoc && items.Get(next))
        {
            next++;
        }

        var caseDoc = leaf.DocBase + next;
        if (letters.TryGetValue(caseDoc, out var known))
        {
            return new ItemOfLetter(known, itemIndex, caseDoc);
        }

        if (next < reader.MaxDoc && reader.GetSortedDocValues(IndexSchema.CaseId) is { } caseIds)
        {
            var caseIdBytes = new BytesRef();
            caseIds.Get(local, caseIdBytes);
            var caseId = caseIdBytes.Utf8ToString();
            if (commit.Letters.Find(caseDoc) is { } kept && kept.CaseId == caseId)
            {
                letters[caseDoc] = kept.Determination;
                return new ItemOfLetter(kept.Determination, itemIndex, caseDoc);
            }

            var stored = reader.Document(next);
            if (stored.Get(IndexSchema.CaseId) == caseId && stored.Get(IndexSchema.DeterminationJson) is { } json)
            {
                var determination = DeterminationJson.Deserialize(json);
                letters[caseDoc] = determination;
                commit.Letters.Add(caseDoc, caseId, determination, json.Length);
                return new ItemOfLetter(determination, itemIndex, caseDoc);
            }
        }

        var source = searcher.Doc(doc, SourceOnly).Get(IndexSchema.Source);
        return new ItemOfLetter(source is null ? null : BySource(searcher, source), itemIndex, CaseDoc: -1);
    }

    /// <summary>The determination of the letter at a corpus path.</summary>
    public static Determination? BySource(IndexSearcher searcher, string source) =>
        First(searcher, new Term(IndexSchema.Source, source));

    /// <summary>The determination with a case id, as written or in another letter case.</summary>
    public static Determination? ByCaseId(IndexSearcher searcher, string caseId)
    {
        var trimmed = caseId.Trim();
        foreach (var variant in new[] { trimmed, trimmed.ToUpperInvariant(), trimmed.ToLowerInvariant() }.Distinct(StringComparer.Ordinal))
        {
            if (First(searcher, new Term(IndexSchema.CaseId, variant)) is { } determination)
            {
                return determination;
            }
        }

        // A letter that states its case number is found by it (/case/CM15-0104417); the id its file name would give
        // it keeps working for links made before, or by anyone who knows the file.
        foreach (var extension in new[] { ".txt", ".pdf" })
        {
            if (First(searcher, new Term(IndexSchema.Source, trimmed + extension)) is { } determination)
            {
                return determination;
            }
        }

        return null;
    }

    private static Determination? First(IndexSearcher searcher, Term key)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(key), Occur.MUST },
            { new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindCase)), Occur.MUST },
        };
        var top = searcher.Search(query, 1);
        if (top.TotalHits == 0)
        {
            return null;
        }

        var json = searcher.Doc(top.ScoreDocs[0].Doc).Get(IndexSchema.DeterminationJson);
        return json is null ? null : DeterminationJson.Deserialize(json);
    }
}

/// <summary>An item document's letter (null when its case document cannot be found) and the item's index in it.</summary>
/// <param name="CaseDoc">The letter's case document (top-level doc id), -1 when it was found by a search instead.</param>
internal sealed record ItemOfLetter(Determination? Determination, int ItemIndex, int CaseDoc);
