namespace ImrSearch.Synthetic.Catalog;

/// <summary>Normalized regions that are named in requests but are never a case's primary injured region.</summary>
public static class RegionNames
{
    public const string UpperExtremities = "Upper extremities";
    public const string LowerExtremities = "Lower extremities";
}
