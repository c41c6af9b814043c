namespace ImrSearch.Web.Tests.Infrastructure;

/// <summary>Facts about the bundled seed corpus (corpus/README.md) that the site's answers must agree with.</summary>
public static class SeedCorpus
{
    public const int DecidedItems = 10;
    public const int Upheld = 9;
    public const int Overturned = 1;
    public const int Letters = 5;
}
