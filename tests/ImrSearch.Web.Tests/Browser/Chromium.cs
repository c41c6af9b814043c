namespace ImrSearch.Web.Tests.Browser;

/// <summary>Where the browser tests find Chromium: IMRSEARCH_CHROMIUM, else Debian's /usr/bin/chromium.</summary>
public static class Chromium
{
    public const string HowToEnable =
        "Browser tests skipped: Chromium not found at /usr/bin/chromium. Install it with `apt-get install chromium` " +
        "(.ci/run does), or set IMRSEARCH_CHROMIUM to a Chromium executable, then run the tests again.";

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("IMRSEARCH_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    public static bool IsAvailable => File.Exists(ExecutablePath);

    /// <summary>Headless, sandbox-free (containers), and silent on the network: no updates, sync or background fetches.</summary>
    public static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];
}

/// <summary>A test that drives a real browser; skipped, with how to enable it, when Chromium is not installed.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.IsAvailable)
        {
            Skip = Chromium.HowToEnable;
        }
    }
}
