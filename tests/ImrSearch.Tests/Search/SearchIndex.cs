using ImrSearch.Domain;
using ImrSearch.Index;
using ImrSearch.Parsing;
using ImrSearch.Search;
using ImrSearch.Tests.Index;

namespace ImrSearch.Tests.Search;

/// <summary>
/// A corpus folder and an index built from it with the real indexer, opened with a <see cref="DecisionSearcher"/>.
/// Letters are the seed corpus (read by the real parser) and/or determinations written as JSON .txt files.
/// </summary>
internal sealed class SearchIndex : IDisposable
{
    private readonly TemporaryFolder folder = new();
    private DecisionSearcher? searcher;

    private SearchIndex(bool withSeedCorpus, IEnumerable<Determination> determinations)
    {
        Corpus = folder.Sub("corpus");
        IndexDirectory = Path.Combine(folder.Path, "index");
        if (withSeedCorpus)
        {
            foreach (var letter in Directory.GetFiles(SeedCorpus, "*.txt"))
            {
                File.Copy(letter, Path.Combine(Corpus, Path.GetFileName(letter)));
            }
        }

        foreach (var determination in determinations)
        {
            Add(determination);
        }

        Build();
    }

    /// <summary>The repository's corpus/ folder: the five seed letters, verbatim.</summary>
    public static string SeedCorpus
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                var corpus = Path.Combine(directory.FullName, "corpus");
                if (File.Exists(Path.Combine(directory.FullName, "ImrSearch.sln")) && Directory.Exists(corpus))
                {
                    return corpus;
                }
            }

            throw new DirectoryNotFoundException("The repository's corpus/ folder was not found above the test binaries.");
        }
    }

    public string Corpus { get; }

    public string IndexDirectory { get; }

    public DecisionSearcher Searcher => searcher ??= new DecisionSearcher(IndexDirectory, Options);

    /// <summary>The options the searcher is opened with (set before first use).</summary>
    /// <remarks>No time budget by default: on a shared, loaded machine a budget would stop the searches these tests check.</remarks>
    public DecisionSearcherOptions Options { get; set; } = new() { TimeBudget = Timeout.InfiniteTimeSpan };

    public static SearchIndex Of(params Determination[] determinations) => new(false, determinations);

    public static SearchIndex OfSeedCorpus(params Determination[] extra) => new(true, extra);

    /// <summary>Reads a corpus file: a determination written as JSON by <see cref="Add"/>, or a real letter.</summary>
    public static LetterParseResult Read(string path)
    {
        var text = File.ReadAllText(path);
        return text.StartsWith('{')
            ? LetterParseResult.Parsed(path, DeterminationJson.Deserialize(text))
            : LetterReader.Read(path);
    }

    public void Add(Determination determination) =>
        File.WriteAllText(Path.Combine(Corpus, determination.Source), DeterminationJson.Serialize(determination));

    public BuildReport Build() => new CorpusIndexer(Read, DeterminationJson.Serialize).Build(Corpus, IndexDirectory);

    public SearchResponse Search(string? query, params (string Dimension, string Value)[] filters) =>
        Searcher.Search(Request(query, filters));

    public static SearchRequest Request(string? query, params (string Dimension, string Value)[] filters) => new(
        query,
        filters.GroupBy(f => f.Dimension).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(f => f.Value).ToList()));

    public void Dispose()
    {
        searcher?.Dispose();
        folder.Dispose();
    }
}
