namespace ImrSearch.Index;

/// <summary>
/// A facet dimension: counted over decided items from sorted-set doc values, filterable by exact value.
/// </summary>
/// <param name="Name">The public name used in URLs, JSON and query syntax ("bodyRegion").</param>
/// <param name="Label">What a person reads in the sidebar ("Body region").</param>
/// <param name="DocValuesField">Sorted-set doc values holding the display values, for counting.</param>
/// <param name="FilterField">Indexed, lower-cased keyword field, for filters and fielded queries regardless of case.</param>
public sealed record FacetDimension(string Name, string Label, string DocValuesField, string FilterField)
{
    public static FacetDimension Create(string name, string label) =>
        new(name, label, "facet." + name, "filter." + name);
}
