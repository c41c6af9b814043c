using ImrSearch.Synthetic;
using ImrSearch.Tests.Index;

namespace ImrSearch.Tests.Synthetic;

public sealed class CorpusWriterTests
{
    [Fact]
    public void Writes_every_letter_its_truth_and_a_manifest_and_reuses_them_next_time()
    {
        using var folder = new TemporaryFolder();
        var output = Path.Combine(folder.Path, "out");
        var corpus = new SyntheticCorpus(3, 1203);

        var report = CorpusWriter.Write(corpus, output, d => d.CaseId);

        var files = Directory.GetFiles(Path.Combine(output, CorpusWriter.LettersFolder), "*.txt", SearchOption.AllDirectories);
        Assert.Equal(1203, files.Length);
        Assert.Equal(2, Directory.GetDirectories(Path.Combine(output, CorpusWriter.LettersFolder)).Length);
        Assert.Equal(files.Sum(f => new FileInfo(f).Length), report.Bytes);
        var truthLines = Directory.GetFiles(Path.Combine(output, CorpusWriter.TruthFolder)).SelectMany(File.ReadAllLines).ToList();
        Assert.Equal(1203, truthLines.Count);
        Assert.Equal(corpus.Stream().Sum(l => (long)l.ItemCount), report.Items);
        Assert.False(report.Reused);

        var letter = LetterComposer.Compose(3, 1202);
        Assert.Equal(letter.Text, File.ReadAllText(Path.Combine(output, CorpusWriter.LettersFolder, letter.RelativePath)));

        var again = CorpusWriter.Write(corpus, output, d => d.CaseId);
        Assert.True(again.Reused);
        Assert.Equal(report.Items, again.Items);
    }

    [Fact]
    public void A_different_size_regenerates_the_folder()
    {
        using var folder = new TemporaryFolder();
        var output = Path.Combine(folder.Path, "out");
        CorpusWriter.Write(new SyntheticCorpus(3, 20), output);

        var report = CorpusWriter.Write(new SyntheticCorpus(3, 10), output);

        Assert.False(report.Reused);
        Assert.Equal(10, Directory.GetFiles(Path.Combine(output, CorpusWriter.LettersFolder), "*.txt", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void Refuses_the_repository_corpus_folder_and_anything_inside_it()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(Path.Combine(folder.Path, "ImrSearch.sln"), "");
        var corpus = folder.Sub("corpus");

        Assert.Contains("corpus", CorpusGuard.Refusal(corpus));
        Assert.NotNull(CorpusGuard.Refusal(Path.Combine(corpus, "synthetic")));
        var thrown = Assert.Throws<InvalidOperationException>(() => CorpusWriter.Write(new SyntheticCorpus(1, 5), Path.Combine(corpus, "synthetic")));
        Assert.Contains("never go there", thrown.Message);
        Assert.False(Directory.Exists(Path.Combine(corpus, "synthetic")));
    }

    [Fact]
    public void Refuses_a_folder_with_someone_elses_files_and_leaves_them_alone()
    {
        using var folder = new TemporaryFolder();
        var other = folder.Sub("notes");
        File.WriteAllText(Path.Combine(other, "keep.txt"), "mine");

        Assert.Throws<InvalidOperationException>(() => CorpusWriter.Write(new SyntheticCorpus(1, 5), other));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(other, "keep.txt")));
        Assert.Null(CorpusGuard.Refusal(Path.Combine(folder.Path, "fresh")));
    }
}
