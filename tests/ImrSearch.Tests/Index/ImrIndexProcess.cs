using System.Diagnostics;

namespace ImrSearch.Tests.Index;

/// <summary>Runs the real imr-index CLI (built beside the tests) as a child process.</summary>
internal static class ImrIndexProcess
{
    public static string Assembly => Path.Combine(AppContext.BaseDirectory, "imr-index.dll");

    public static ProcessStartInfo StartInfo(params string[] arguments)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Assembly);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    public static (int ExitCode, string Output, string Error) Run(params string[] arguments)
    {
        using var process = Process.Start(StartInfo(arguments))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"imr-index {string.Join(' ', arguments)} did not finish in 2 minutes.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
