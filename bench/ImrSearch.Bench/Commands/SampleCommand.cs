using System.CommandLine;
using ImrSearch.Synthetic;

namespace ImrSearch.Bench.Commands;

/// <summary>`sample`: print one generated letter (and, with --truth, its true fields) to look at.</summary>
internal static class SampleCommand
{
    public static Command Create()
    {
        var number = new Argument<long>("number") { Description = "The letter's number in the corpus (0-based)." };
        var seed = BenchOptions.Seed();
        var truth = new Option<bool>("--truth") { Description = "Print the letter's true determination (JSON) after it." };
        var command = new Command("sample", "Print one synthetic letter as it would be written to disk.") { number, seed, truth };
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(number) < 0)
            {
                Console.Error.WriteLine("The letter number must be 0 or more.");
                return 2;
            }

            var letter = LetterComposer.Compose(parsed.GetValue(seed), parsed.GetValue(number));
            Console.Write(letter.Text);
            if (parsed.GetValue(truth))
            {
                Console.WriteLine();
                Console.WriteLine(GenerateCommand.SerializeTruth(letter.Truth));
            }

            return 0;
        });
        return command;
    }
}
