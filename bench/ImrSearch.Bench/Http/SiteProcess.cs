using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ImrSearch.Bench.Http;

/// <summary>
/// The site (web/ImrSearch.Web, built in the bench's own configuration) started on the benchmark's index on a
/// loopback port, and stopped (with everything it started) on dispose.
/// </summary>
internal sealed class SiteProcess : IDisposable
{
    private readonly Process process;

    private SiteProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int ProcessId => process.Id;

    /// <summary>The built site assembly beside this bench build, or null when it is not there.</summary>
    public static string? FindSiteAssembly()
    {
        // bench/ImrSearch.Bench/bin/<Configuration>/<tfm>/ → web/ImrSearch.Web/bin/<Configuration>/<tfm>/ImrSearch.Web.dll
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var tfm = here.Name;
        var configuration = here.Parent?.Name;
        var repository = here.Parent?.Parent?.Parent?.Parent?.Parent;
        if (configuration is null || repository is null)
        {
            return null;
        }

        var site = Path.Combine(repository.FullName, "web", "ImrSearch.Web", "bin", configuration, tfm, "ImrSearch.Web.dll");
        return File.Exists(site) ? site : null;
    }

    /// <summary>Starts the site and waits until it answers; throws with the site's own output when it does not.</summary>
    public static async Task<SiteProcess> StartAsync(string siteAssembly, string indexDirectory, TimeSpan startTimeout)
    {
        var port = FreeLoopbackPort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var contentRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(siteAssembly)!, "..", "..", ".."));
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = contentRoot,
        };
        foreach (var argument in new[]
                 {
                     "exec", siteAssembly,
                     "--urls", address.ToString().TrimEnd('/'),
                     "--contentRoot", contentRoot,
                     // Absolute: the site resolves relative paths against its own content root.
                     $"--ImrSearch:IndexPath={Path.GetFullPath(indexDirectory)}",
                     // All load comes from one loopback client; the per-client budgets (requests per minute and
                     // requests running at once) would turn it into 429s.
                     "--ImrSearch:RequestsPerMinute=1000000000",
                     "--ImrSearch:ConcurrentRequestsPerClient=1000000",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";

        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var process = Process.Start(start) ?? throw new InvalidOperationException("The site process did not start.");
        process.OutputDataReceived += (_, e) => Keep(output, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var site = new SiteProcess(process, address);

        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < startTimeout)
        {
            if (process.HasExited)
            {
                break;
            }

            try
            {
                // Any answer means it is listening (the searcher is opened before the server starts listening).
                using var response = await client.GetAsync("/");
                return site;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        site.Dispose();
        throw new InvalidOperationException(
            $"The site did not answer at {address} within {startTimeout.TotalSeconds:N0} s. Its output:{Environment.NewLine}{string.Join(Environment.NewLine, output.TakeLast(30))}");
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process.Dispose();
    }

    private static void Keep(System.Collections.Concurrent.ConcurrentQueue<string> output, string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 200 && output.TryDequeue(out _))
        {
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
