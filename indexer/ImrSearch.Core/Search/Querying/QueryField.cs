using ImrSearch.Index;

namespace ImrSearch.Search.Querying;

/// <summary>How a field name a user types (<c>item:</c>, <c>bodyRegion:</c>) is searched.</summary>
internal enum QueryFieldKind
{
    /// <summary>An analyzed text field: stemming, stop words and synonyms apply.</summary>
    Text,

    /// <summary>A facet dimension: the value is matched against the lower-cased keyword filter field.</summary>
    Facet,

    /// <summary>Guideline: the analyzed guideline paragraphs, or exactly a guideline facet value.</summary>
    TextOrFacet,

    /// <summary>The case id keyword.</summary>
    CaseId,

    /// <summary>The decision year, an indexed integer (single years and ranges).</summary>
    Year,
}

/// <param name="TextField">The analyzed field for <see cref="QueryFieldKind.Text"/> and <see cref="QueryFieldKind.TextOrFacet"/>.</param>
/// <param name="Dimension">The facet for <see cref="QueryFieldKind.Facet"/> and <see cref="QueryFieldKind.TextOrFacet"/>.</param>
internal sealed record QueryField(string Name, QueryFieldKind Kind, string? TextField = null, FacetDimension? Dimension = null)
{
    private static readonly Dictionary<string, QueryField> ByName = Build();

    /// <summary>Every field's own name (not its aliases), in the order they are registered: what a help message lists.</summary>
    // A dictionary never removed from enumerates in the order its entries were added.
    public static IReadOnlyList<string> KnownNames { get; } = [.. ByName.Values.Distinct().Select(f => f.Name)];

    /// <summary>Finds a field by the name a user typed, ignoring case; null when there is no such field.</summary>
    public static QueryField? Find(string name) => ByName.GetValueOrDefault(name);

    private static Dictionary<string, QueryField> Build()
    {
        var fields = new Dictionary<string, QueryField>(StringComparer.OrdinalIgnoreCase);
        void Add(QueryField field, params string[] aliases)
        {
            fields[field.Name] = field;
            foreach (var alias in aliases)
            {
                fields[alias] = field;
            }
        }

        Add(new QueryField("item", QueryFieldKind.Text, IndexSchema.Item));
        Add(new QueryField("rationale", QueryFieldKind.Text, IndexSchema.Rationale));
        Add(new QueryField("summary", QueryFieldKind.Text, IndexSchema.Summary));
        Add(new QueryField("guideline", QueryFieldKind.TextOrFacet, IndexSchema.GuidelineText, IndexSchema.Guideline), IndexSchema.GuidelineText);
        Add(new QueryField("case", QueryFieldKind.CaseId), IndexSchema.CaseId);
        Add(new QueryField("year", QueryFieldKind.Year), IndexSchema.Year);

        // Every other facet dimension is searchable by its own name (specialty:, treatment:, bodyRegion:, decision:, sex: ...).
        foreach (var dimension in IndexSchema.FacetDimensions)
        {
            if (!fields.ContainsKey(dimension.Name))
            {
                Add(new QueryField(dimension.Name, QueryFieldKind.Facet, Dimension: dimension));
            }
        }

        return fields;
    }
}
