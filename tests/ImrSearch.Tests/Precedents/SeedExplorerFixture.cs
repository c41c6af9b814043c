using ImrSearch.Domain;
using ImrSearch.Precedents;
using ImrSearch.Tests.Parsing;
using ImrSearch.Tests.Search;

namespace ImrSearch.Tests.Precedents;

/// <summary>The seed corpus indexed once, with its letters also parsed directly for brute-force expectations.</summary>
public sealed class SeedExplorerFixture : IDisposable
{
    internal SearchIndex Index { get; } = SearchIndex.OfSeedCorpus();

    public PrecedentExplorer Explorer => new(Index.Searcher);

    public IReadOnlyList<Determination> Letters { get; } = [.. SeedLetters.All.Select(SeedLetters.Parse)];

    public IEnumerable<(Determination Case, DecidedItem Item)> Items =>
        Letters.SelectMany(letter => letter.Decisions.Select(item => (letter, item)));

    public void Dispose() => Index.Dispose();
}
