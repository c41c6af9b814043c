using System.CommandLine;
using ImrSearch.Bench.Commands;

var root = new RootCommand("ImrSearch bench: a synthetic IMR corpus generator and the benchmark.")
{
    GenerateCommand.Create(),
    SampleCommand.Create(),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine(error.Message);
    }

    return 2;
}

return await parsed.InvokeAsync();
