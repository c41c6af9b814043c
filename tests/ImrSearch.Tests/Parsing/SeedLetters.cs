using ImrSearch.Domain;
using ImrSearch.Parsing;

namespace ImrSearch.Tests.Parsing;

/// <summary>The five seed letters bundled in corpus/, found from the test's output folder.</summary>
internal static class SeedLetters
{
    public const string Letter000 = "000_f245a003faefca76.txt";
    public const string Letter001 = "001_a2d9d1ce07a723b3.txt";
    public const string Letter002 = "002_4a2d757b333d288b.txt";
    public const string Letter003 = "003_4e69937d73cbfe0f.txt";
    public const string Letter004 = "004_0ee5ec402ea739f4.txt";

    public static readonly string[] All = [Letter000, Letter001, Letter002, Letter003, Letter004];

    public static string CorpusDirectory { get; } = FindCorpus();

    /// <summary>tests/ImrSearch.Tests/Parsing/PdfCorpus: PDFs of the seeds made by producers the tests cannot run.</summary>
    public static string PdfCorpusDirectory { get; } = Path.Combine(CorpusDirectory, "..", "tests", "ImrSearch.Tests", "Parsing", "PdfCorpus");

    public static string PathOf(string name) => Path.Combine(CorpusDirectory, name);

    public static string Text(string name) => File.ReadAllText(PathOf(name));

    public static LetterParseResult ParseResult(string name) => LetterReader.Read(PathOf(name), name);

    public static Determination Parse(string name)
    {
        var result = LetterReader.Read(PathOf(name), name);
        Assert.True(result.IsParsed, $"{name} was rejected: {result.Error}");
        return result.Determination!;
    }

    private static string FindCorpus()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var corpus = Path.Combine(directory.FullName, "corpus");
            if (File.Exists(Path.Combine(directory.FullName, "ImrSearch.sln")) && Directory.Exists(corpus))
            {
                return corpus;
            }
        }

        throw new DirectoryNotFoundException("corpus/ not found above " + AppContext.BaseDirectory);
    }
}
