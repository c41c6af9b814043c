using System.Diagnostics;
using System.Text;

namespace ImrSearch.Parsing;

/// <summary>
/// Runs a command-line tool with a time limit and a cap on what it may print: a tool that hangs on a hostile input
/// is killed with its children, and one that floods its output is cut off, so neither holds the build.
/// </summary>
internal static class ExternalCommand
{
    public sealed record Outcome(int ExitCode, string Output, string Errors, bool TimedOut);

    public static string? Find(string name)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static Outcome Run(string executable, IEnumerable<string> arguments, TimeSpan limit, int maximumOutputChars = 4_000_000)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // One thread per tool: the build parses letters in parallel already, and OCR's own threads would fight them.
        start.Environment["OMP_THREAD_LIMIT"] = "1";

        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        var errors = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data, maximumOutputChars);
        process.ErrorDataReceived += (_, e) => Append(errors, e.Data, 16_000);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(limit))
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It ended between the wait and the kill.
            }

            process.WaitForExit();
            return new Outcome(-1, "", "", TimedOut: true);
        }

        // The parameterless wait also drains the redirected streams.
        process.WaitForExit();
        lock (output)
        {
            lock (errors)
            {
                return new Outcome(process.ExitCode, output.ToString(), errors.ToString().Trim(), TimedOut: false);
            }
        }
    }

    private static void Append(StringBuilder builder, string? line, int maximum)
    {
        if (line is null)
        {
            return;
        }

        lock (builder)
        {
            if (builder.Length + line.Length < maximum)
            {
                builder.Append(line).Append('\n');
            }
        }
    }
}
