using System.Diagnostics;
using ImrSearch.Parsing;

namespace ImrSearch.Tests.Parsing;

/// <summary>`imr-index parse`, run as a process the way a user runs it.</summary>
public sealed class ParseCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("imr-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static (int ExitCode, string Output, string Errors) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "imr-index.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, errors.Result);
    }

    [Fact]
    public void Json_lines_for_the_seed_corpus_exit_0()
    {
        var (exit, output, errors) = Run("parse", SeedLetters.CorpusDirectory, "--json");

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(ParseResultJson.Read).ToList();
        Assert.Equal(5, lines.Count);
        Assert.All(lines, l => Assert.Equal("parsed", (string?)l["status"]));
        Assert.Equal(
            SeedLetters.All.Select(Path.GetFileNameWithoutExtension),
            lines.Select(l => (string?)l["caseId"]));
        var decisions = lines.SelectMany(l => l["decisions"]!.AsArray()).ToList();
        Assert.Equal(10, decisions.Count);
        Assert.Equal(9, decisions.Count(d => (string?)d!["decision"] == "Upheld"));
        Assert.Contains("5 letters: 5 parsed, 0 rejected", errors);
    }

    [Fact]
    public void Folders_are_read_recursively_and_a_rejected_letter_does_not_stop_the_batch()
    {
        var nested = Directory.CreateDirectory(Path.Combine(folder, "2014", "11")).FullName;
        File.Copy(SeedLetters.PathOf(SeedLetters.Letter000), Path.Combine(folder, "a.txt"));
        File.WriteAllBytes(Path.Combine(nested, "b.txt"), []);
        File.Copy(SeedLetters.PathOf(SeedLetters.Letter004), Path.Combine(nested, "c.txt"));
        File.WriteAllText(Path.Combine(nested, "notes.md"), "not a letter");

        var (exit, output, errors) = Run("parse", folder, "--json");

        Assert.Equal(1, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(ParseResultJson.Read).ToList();
        // Ordinal path order: 2014/11/b.txt, 2014/11/c.txt, a.txt.
        Assert.Equal(["rejected", "parsed", "parsed"], lines.Select(l => (string?)l["status"]));
        Assert.EndsWith("b.txt", (string?)lines[0]["source"]);
        Assert.Equal("the file is empty", (string?)lines[0]["error"]);
        Assert.Equal("c", (string?)lines[1]["caseId"]);
        Assert.Equal("a", (string?)lines[2]["caseId"]);
        Assert.Contains("3 letters: 2 parsed, 1 rejected", errors);
    }

    [Fact]
    public void Readable_summary_without_json()
    {
        File.WriteAllText(Path.Combine(folder, "memo.txt"), "Dear Sir, thank you.");

        var (exit, output, _) = Run("parse", SeedLetters.PathOf(SeedLetters.Letter002), Path.Combine(folder, "memo.txt"));

        Assert.Equal(1, exit);
        Assert.Contains("case 002_4a2d757b333d288b", output);
        Assert.Contains("reviewer: Neurology, Neuromuscular Medicine; licensed in New Jersey, Michigan, California", output);
        Assert.Contains("patient: 40 years, male, injured 2014-01-31", output);
        Assert.Contains("1. Physical therapy (qty 12): Upheld [Physical therapy]", output);
        Assert.Contains("memo.txt: REJECTED: not an IMR determination letter", output);
    }

    [Fact]
    public void A_missing_path_is_an_error_exit_2()
    {
        var (exit, output, errors) = Run("parse", Path.Combine(folder, "missing"), "--json");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("No such file or folder", errors);
    }

    [Fact]
    public void No_path_is_a_usage_error_exit_2()
    {
        Assert.Equal(2, Run("parse").ExitCode);
    }
}
