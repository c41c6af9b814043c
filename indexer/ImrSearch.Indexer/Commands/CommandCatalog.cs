using System.CommandLine;

namespace ImrSearch.Indexer.Commands;

/// <summary>Every subcommand of imr-index, in the order --help lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create()
    {
        yield return ParseCommand.Create();
        yield return BuildCommand.Create();
        yield return StatsCommand.Create();
        yield return VerifyCommand.Create();
        yield return SearchCommand.Create();
    }
}
