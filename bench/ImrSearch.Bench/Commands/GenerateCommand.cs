using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using ImrSearch.Domain;
using ImrSearch.Synthetic;

namespace ImrSearch.Bench.Commands;

/// <summary>`generate`: write a synthetic corpus (letters, their truth as JSON Lines, a manifest) to a folder.</summary>
internal static class GenerateCommand
{
    private static readonly JsonSerializerOptions TruthJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var letters = BenchOptions.Letters();
        var items = BenchOptions.Items();
        var seed = BenchOptions.Seed();
        var output = BenchOptions.Output();
        var truth = new Option<bool>("--truth") { Description = "Also write each letter's true determination under truth/ as JSON Lines.", DefaultValueFactory = _ => true };
        var pdfShare = new Option<double>("--pdf-share") { Description = "Share of the letters (0 to 1) written as PDFs instead of text.", DefaultValueFactory = _ => 0 };
        var command = new Command("generate", "Write synthetic IMR letters (and their true fields) to a folder.") { letters, items, seed, output, truth, pdfShare };
        command.SetAction(parsed =>
        {
            var (count, error) = BenchOptions.ResolveSize(parsed.GetValue(letters), parsed.GetValue(items), parsed.GetValue(seed), 1000);
            if (error is null && parsed.GetValue(pdfShare) is < 0 or > 1)
            {
                error = "--pdf-share must be between 0 and 1.";
            }

            if (error is not null)
            {
                Console.Error.WriteLine(error);
                return 2;
            }

            var folder = parsed.GetValue(output) ?? RepositoryPaths.DefaultOutput(parsed.GetValue(seed), count);
            return Run(new SyntheticCorpus(parsed.GetValue(seed), count), folder, parsed.GetValue(truth), parsed.GetValue(pdfShare));
        });
        return command;
    }

    /// <summary>One line of truth: the determination with camelCase keys, enums as names.</summary>
    public static string SerializeTruth(Determination truth) => JsonSerializer.Serialize(truth, TruthJson);

    private static int Run(SyntheticCorpus corpus, string folder, bool truth, double pdfShare)
    {
        if (CorpusGuard.Refusal(folder) is { } refusal)
        {
            Console.Error.WriteLine(refusal);
            return 2;
        }

        try
        {
            var report = CorpusWriter.Write(corpus, folder, truth ? SerializeTruth : null, pdfShare: pdfShare);
            Console.WriteLine(report.Reused
                ? $"{folder} already holds these {report.Letters:N0} letters (seed {corpus.Seed}); nothing written."
                : $"Wrote {report.Letters:N0} letters ({report.Items:N0} decided items, {report.Overturned:N0} overturned, {report.Bytes / 1e6:N1} MB) to {report.LettersDirectory} in {report.Elapsed.TotalSeconds:N1} s ({report.Letters / report.Elapsed.TotalSeconds:N0} letters/s).");
            return 0;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"Could not write the corpus: {e.Message}");
            return 2;
        }
        catch (UnauthorizedAccessException e)
        {
            Console.Error.WriteLine($"Could not write the corpus: {e.Message}");
            return 2;
        }
    }
}
