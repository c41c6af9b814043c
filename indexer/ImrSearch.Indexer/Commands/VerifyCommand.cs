using System.CommandLine;
using ImrSearch.Index;

namespace ImrSearch.Indexer.Commands;

/// <summary>`imr-index verify`: Lucene's CheckIndex over the last commit, problems stated segment by segment.</summary>
internal static class VerifyCommand
{
    /// <summary>Exit code when the index was read but has problems.</summary>
    public const int ProblemsFound = 1;

    public static Command Create()
    {
        var index = new Option<string>("--index") { Description = "The index folder.", Required = true };
        var command = new Command("verify", "Check an index for corruption (Lucene CheckIndex); exit 0 clean, 1 problems found, 2 no index.") { index };
        command.SetAction(parsed => Run(parsed.GetValue(index)!));
        return command;
    }

    private static int Run(string indexDirectory)
    {
        IndexCheck check;
        try
        {
            check = IndexCheck.Run(indexDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Cannot check the index: {e.Message}");
            return ExitCodes.Usage;
        }

        if (check.IsClean)
        {
            Console.WriteLine($"The index at {indexDirectory} is clean: {check.Segments} segments, {check.Documents} documents.");
            return ExitCodes.Success;
        }

        Console.Error.WriteLine($"The index at {indexDirectory} has problems:");
        foreach (var problem in check.Problems)
        {
            Console.Error.WriteLine($"  - {problem}");
        }

        Console.Error.WriteLine("Rebuild it into an empty folder with 'imr-index build'.");
        return ProblemsFound;
    }
}
