using System.Diagnostics;
using System.Text.Json;

namespace ImrSearch.Peers;

/// <summary>
/// The Java Lucene peer: bench/peers/java/LucenePeer.java run as a single-file source program (which needs a JDK's
/// jdk.compiler module: Debian's default-jdk-headless) against Debian's liblucene8-java jars.
/// </summary>
public static class LucenePeer
{
    public const string Name = "lucene";

    /// <summary>The Lucene modules the program uses, found as Debian installs them (/usr/share/java/lucene-core-8.7.0.jar...).</summary>
    private static readonly string[] Modules = ["core", "analyzers-common", "facet", "highlighter", "queryparser", "queries", "sandbox", "memory"];

    public const string JarFolder = "/usr/share/java";

    /// <summary>Why the peer cannot run here (what to install), or null when java, the compiler module and the jars are there.</summary>
    public static string? Missing(string source, string jarFolder = JarFolder)
    {
        if (!File.Exists(source))
        {
            return $"the peer's source {source} is missing";
        }

        var (exit, output) = Run("java", ["--list-modules"], TimeSpan.FromSeconds(30));
        if (exit is null)
        {
            return "no java on the PATH (apt-get install default-jdk-headless liblucene8-java)";
        }

        if (!output.Contains("jdk.compiler", StringComparison.Ordinal))
        {
            return "java has no jdk.compiler module to run a source file: install a JDK, not only a JRE (apt-get install default-jdk-headless)";
        }

        return ClassPath(jarFolder) is null ? $"no Lucene 8 jars in {jarFolder} (apt-get install liblucene8-java)" : null;
    }

    public static string? ClassPath(string jarFolder = JarFolder)
    {
        if (!Directory.Exists(jarFolder))
        {
            return null;
        }

        var jars = new List<string>();
        foreach (var module in Modules)
        {
            var jar = Directory.EnumerateFiles(jarFolder, $"lucene-{module}-8.*.jar").Order(StringComparer.Ordinal).LastOrDefault();
            if (jar is null)
            {
                return null;
            }

            jars.Add(jar);
        }

        return string.Join(':', jars);
    }

    /// <summary>Builds the peer's index from the items file and runs the queries file; the peer's own time is its figures.</summary>
    public static PeerRun Run(string source, string itemsFile, string queriesFile, string workFolder, int rounds, int threads, TextWriter log)
    {
        var indexFolder = Path.Combine(workFolder, "lucene-index");
        var output = Path.Combine(workFolder, "lucene-results.json");
        File.Delete(output);
        var arguments = new[]
        {
            "-cp", ClassPath() ?? throw new InvalidOperationException("No Lucene jars."),
            source, itemsFile, indexFolder, queriesFile, rounds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            threads.ToString(System.Globalization.CultureInfo.InvariantCulture), output,
        };
        var (exit, text) = Run("java", arguments, TimeSpan.FromHours(3), log);
        if (exit != 0 || !File.Exists(output))
        {
            return PeerRun.NotRun(Name, $"java exited with {exit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "a timeout"}: {Last(text, 600)}", failed: true);
        }

        return Parse(File.ReadAllText(output));
    }

    /// <summary>Reads the JSON LucenePeer.java writes.</summary>
    public static PeerRun Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var build = root.GetProperty("build");
        var results = new List<PeerQueryResult>();
        foreach (var q in root.GetProperty("queries").EnumerateArray())
        {
            var ms = q.GetProperty("ms").EnumerateArray().Select(m => m.GetDouble()).ToList();
            var index = q.GetProperty("index").GetInt32();
            if (q.TryGetProperty("error", out var error))
            {
                results.Add(new PeerQueryResult(index, ms, null, null, 0, error.GetString()));
                continue;
            }

            var facets = q.GetProperty("facets").EnumerateObject().ToDictionary(
                d => d.Name,
                d => (IReadOnlyDictionary<string, long>)d.Value.EnumerateObject().ToDictionary(v => v.Name, v => v.Value.GetInt64()));
            var exact = q.GetProperty("totalExact").GetBoolean();
            results.Add(new PeerQueryResult(
                index, ms, q.GetProperty("total").GetInt64(), facets, q.GetProperty("highlights").GetInt32(),
                exact ? null : "the total is a lower bound"));
        }

        var description = $"Java Lucene {root.GetProperty("version").GetString()} (Java {root.GetProperty("java").GetString()}; " +
            $"{build.GetProperty("threads").GetInt32()} indexing threads, 1 thread per query; DrillSideways, UnifiedHighlighter)";
        return new PeerRun(Name, description, build.GetProperty("items").GetInt64(), build.GetProperty("seconds").GetDouble(), build.GetProperty("indexBytes").GetInt64(), results);
    }

    private static (int? Exit, string Output) Run(string program, IEnumerable<string> arguments, TimeSpan limit, TextWriter? log = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (null, "");
        }

        using (process)
        {
            var output = new System.Text.StringBuilder();
            var gate = new object();
            void Append(string? line)
            {
                if (line is null)
                {
                    return;
                }

                lock (gate)
                {
                    output.AppendLine(line);
                    log?.WriteLine(line);
                }
            }

            process.OutputDataReceived += (_, e) => Append(e.Data);
            process.ErrorDataReceived += (_, e) => Append(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(limit))
            {
                process.Kill(entireProcessTree: true);
                return (null, output.ToString());
            }

            process.WaitForExit();
            return (process.ExitCode, output.ToString());
        }
    }

    private static string Last(string text, int characters) => text.Length <= characters ? text.Trim() : "…" + text[^characters..].Trim();
}
