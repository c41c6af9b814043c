using System.CommandLine;
using ImrSearch.Bench.Commands;

var root = new RootCommand(
    "ImrSearch bench: generates N synthetic IMR letters, builds the index from the files, measures parser accuracy, " +
    "runs the query mix in-process and drives the site over HTTP. Subcommands write or show synthetic letters.")
{
    GenerateCommand.Create(),
    SampleCommand.Create(),
    ImrSearch.Bench.Micro.MicroCommand.Create(),
    ImrSearch.Bench.Fuzz.FuzzCommand.Create(),
    HostileCommand.Create(),
    ChurnCommand.Create(),
    EvalCommand.Create(),
    QueriesCommand.Create(),
    HttpCommand.Create(),
    CostCommand.Create(),
};
BenchmarkCommand.Configure(root, args);

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine(error.Message);
    }

    Console.Error.WriteLine("Run with --help for usage.");
    return 2;
}

return await parsed.InvokeAsync();
