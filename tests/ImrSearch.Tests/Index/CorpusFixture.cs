using ImrSearch.Domain;
using ImrSearch.Index;

namespace ImrSearch.Tests.Index;

/// <summary>A corpus folder and an index folder in a temporary folder, built with the JSON letter reader.</summary>
internal sealed class CorpusFixture : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public CorpusFixture(params Determination[] determinations)
    {
        Corpus = folder.Sub("corpus");
        IndexDirectory = Path.Combine(folder.Path, "index");
        foreach (var determination in determinations)
        {
            JsonLetterFiles.Write(Corpus, determination);
        }
    }

    public string Corpus { get; }

    public string IndexDirectory { get; }

    public string Folder => folder.Path;

    public BuildReport Build() =>
        new CorpusIndexer(JsonLetterFiles.Read, JsonLetterFiles.Serialize).Build(Corpus, IndexDirectory);

    public void Dispose() => folder.Dispose();
}
