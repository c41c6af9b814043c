using ImrSearch.Index;
using ImrSearch.Search;

namespace ImrSearch.Web.Searching;

/// <summary>One checkbox of the facet sidebar.</summary>
public sealed record FacetValueView(FacetDimension Dimension, FacetValue Value, int Position, bool Checked)
{
    public string InputId => $"f-{Dimension.Name}-{Position}";
}
