namespace ImrSearch.Web.Configuration;

/// <summary>
/// The <c>ImrSearch</c> configuration section. Relative paths are resolved against the content root (the project
/// folder under <c>dotnet run</c>), so the defaults serve the repository's bundled <c>corpus/</c>.
/// </summary>
public sealed class ImrSearchOptions
{
    public const string Section = "ImrSearch";

    /// <summary>Folder holding the Lucene index. Built from <see cref="CorpusPath"/> on start-up when it has no index.</summary>
    public string IndexPath { get; set; } = "data/index";

    /// <summary>Folder of IMR letters (txt or pdf) used when the index has to be built on start-up.</summary>
    public string CorpusPath { get; set; } = "../../corpus";

    /// <summary>Requests one client (IP address) may make per minute to pages and the API before getting a 429.</summary>
    public int RequestsPerMinute { get; set; } = 300;

    public string ResolveIndexPath(string contentRoot) => Resolve(contentRoot, IndexPath);

    public string ResolveCorpusPath(string contentRoot) => Resolve(contentRoot, CorpusPath);

    private static string Resolve(string contentRoot, string path) =>
        Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(contentRoot, path));
}
