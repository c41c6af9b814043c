namespace ImrSearch.Web.Configuration;

/// <summary>The <c>ImrSearch:ForwardedHeaders</c> section: which reverse proxies are trusted to name the client.</summary>
public sealed class ForwardedHeadersSettings
{
    /// <summary>Read X-Forwarded-For and X-Forwarded-Proto (only from the proxies and networks below).</summary>
    public bool Enabled { get; set; }

    /// <summary>Proxy addresses trusted to send the headers (loopback is always trusted).</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies, in CIDR form (<c>10.0.0.0/8</c>).</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in front of the site to read through.</summary>
    public int ForwardLimit { get; set; } = 1;
}
