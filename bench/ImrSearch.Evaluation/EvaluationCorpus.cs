using ImrSearch.Index;
using ImrSearch.Synthetic;

namespace ImrSearch.Evaluation;

/// <summary>
/// The corpus a judged set names, written to a folder and indexed with the real parser and indexer: the seed letters
/// verbatim and the synthetic letters of the set's seed and count (the generator is deterministic by seed and number).
/// </summary>
public sealed class EvaluationCorpus : IDisposable
{
    private readonly string root;

    private EvaluationCorpus(string root, string indexDirectory, int letters, long items)
    {
        this.root = root;
        IndexDirectory = indexDirectory;
        Letters = letters;
        Items = items;
    }

    public string IndexDirectory { get; }

    public int Letters { get; }

    public long Items { get; }

    /// <summary>Writes and indexes the corpus under a new temporary folder, removed on dispose.</summary>
    public static EvaluationCorpus Build(JudgedCorpus corpus, string seedFolder)
    {
        var root = Path.Combine(Path.GetTempPath(), "imr-eval-" + Guid.NewGuid().ToString("N")[..12]);
        var letters = Path.Combine(root, "corpus");
        Directory.CreateDirectory(letters);
        if (corpus.Seeds)
        {
            foreach (var seed in Directory.GetFiles(seedFolder, "*.txt"))
            {
                File.Copy(seed, Path.Combine(letters, Path.GetFileName(seed)));
            }
        }

        foreach (var letter in Synthetic(corpus))
        {
            // The file keeps the generator's name, so a letter without a case number gets the case id its truth has.
            File.WriteAllText(Path.Combine(letters, Path.GetFileName(letter.RelativePath)), letter.Text);
        }

        var index = Path.Combine(root, "index");
        var report = new CorpusIndexer().Build(letters, index);
        return new EvaluationCorpus(root, index, report.Cases, report.Decisions);
    }

    /// <summary>The synthetic letters of the judged corpus, with their true fields (for listing items to judge).</summary>
    public static IEnumerable<SyntheticLetter> Synthetic(JudgedCorpus corpus) =>
        new SyntheticCorpus(corpus.SyntheticSeed, corpus.SyntheticLetters).Stream();

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A searcher still holding a file open on some systems; the folder is under the temporary folder anyway.
        }
    }
}
