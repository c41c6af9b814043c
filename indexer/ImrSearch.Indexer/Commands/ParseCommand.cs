using System.CommandLine;
using System.Text;
using ImrSearch.Domain;
using ImrSearch.Parsing;

namespace ImrSearch.Indexer.Commands;

/// <summary>
/// `imr-index parse &lt;file-or-folder&gt;... [--json]`: reads letters (.txt, .pdf; folders recursively) and prints what
/// each yields. Exit 0 when every letter parsed, 1 when any was rejected (the rest still print), 2 on a usage or I/O error.
/// </summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Letter files (.txt, .pdf) or folders to read recursively.",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Write JSON Lines: one object per letter with source, status, error and the determination." };
        var command = new Command("parse", "Read IMR determination letters and print the structured determination of each.") { paths, json };
        command.SetAction(parsed => Run(parsed.GetValue(paths) ?? [], parsed.GetValue(json)));
        return command;
    }

    private static int Run(string[] paths, bool json)
    {
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            foreach (var path in missing)
            {
                Console.Error.WriteLine($"No such file or folder: {path}");
            }

            return ExitCodes.Usage;
        }

        using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
        int parsed = 0, rejected = 0;
        try
        {
            foreach (var file in paths.SelectMany(p => Directory.Exists(p) ? LetterFiles.Under(p) : [p]))
            {
                var result = LetterReader.Read(file);
                if (result.IsParsed)
                {
                    parsed++;
                }
                else
                {
                    rejected++;
                }

                output.WriteLine(json ? ParseResultJson.ToJsonLine(result) : Describe(result));
            }

            output.Flush();
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"I/O error: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (UnauthorizedAccessException e)
        {
            Console.Error.WriteLine($"I/O error: {e.Message}");
            return ExitCodes.Usage;
        }

        Console.Error.WriteLine($"{parsed + rejected} letters: {parsed} parsed, {rejected} rejected");
        return rejected > 0 ? ExitCodes.SomeRejected : ExitCodes.Success;
    }

    private static string Describe(LetterParseResult result)
    {
        if (result.Determination is not { } d)
        {
            return $"{result.Source}: REJECTED: {result.Error}\n";
        }

        var text = new StringBuilder();
        text.AppendLine($"{d.Source}: case {d.CaseId}{(d.DecisionYear is { } year ? $", decided {year}" : "")}");
        var specialties = d.Reviewer.Specialties.Count > 0 ? string.Join(", ", d.Reviewer.Specialties) : "specialty not stated";
        var licensure = d.Reviewer.Licensure.Count > 0 ? $"; licensed in {string.Join(", ", d.Reviewer.Licensure)}" : "";
        text.AppendLine($"  reviewer: {specialties}{licensure}");
        var patient = new[]
        {
            d.Patient.Age is { } age ? $"{age} years" : null,
            d.Patient.Sex,
            d.Patient.DateOfInjury is { } injury ? $"injured {injury:yyyy-MM-dd}" : null,
        }.Where(p => p is not null);
        text.AppendLine($"  patient: {string.Join(", ", patient).DefaultIfEmpty("not stated")}");
        foreach (var item in d.Decisions)
        {
            var quantity = item.Quantity is { } q ? $" (qty {q})" : "";
            var region = item.BodyRegion is { } r ? $", {r}" : "";
            text.AppendLine($"  {item.Index + 1}. {item.Item}{quantity}: {item.Decision} [{item.Treatment}{region}]");
            foreach (var citation in item.Citations)
            {
                var who = citation.CitedBy == CitedBy.ClaimsAdministrator ? "UR" : "IMR";
                text.AppendLine($"       {who} cites {citation.DescribeInFull()}");
            }
        }

        return text.ToString();
    }

    private static string DefaultIfEmpty(this string text, string fallback) => text.Length == 0 ? fallback : text;
}
