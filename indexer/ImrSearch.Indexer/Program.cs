using System.CommandLine;
using ImrSearch.Indexer.Commands;

var root = new RootCommand("imr-index: read IMR final determination letters, build and query the ImrSearch index.");
foreach (var command in CommandCatalog.Create())
{
    root.Subcommands.Add(command);
}

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    // Usage errors exit 2 on every command, so scripts can tell them from rejected letters (1).
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine(error.Message);
    }

    Console.Error.WriteLine("Run 'imr-index --help' for usage.");
    return ExitCodes.Usage;
}

return await parsed.InvokeAsync();
