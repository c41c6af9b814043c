using ImrSearch.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ImrSearch.Search.Facets;

/// <summary>Decided-item documents (not case documents): what every search and count runs over.</summary>
internal static class ItemsOnly
{
    public static Query Query() => new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindItem));
}
