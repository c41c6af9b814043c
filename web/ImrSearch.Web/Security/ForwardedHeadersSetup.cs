using System.Net;
using ImrSearch.Web.Configuration;
using Microsoft.AspNetCore.HttpOverrides;

namespace ImrSearch.Web.Security;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address, so the per-client limits would treat all
/// readers as one. With <c>ImrSearch:ForwardedHeaders:Enabled</c> the client address (and scheme) is read from
/// X-Forwarded-For / X-Forwarded-Proto, trusted only from the proxies and networks listed. Off by default: without a
/// proxy those headers are whatever a client chose to send.
/// </summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddForwardedHeadersFromSettings(this IServiceCollection services, ForwardedHeadersSettings settings)
    {
        if (!settings.Enabled)
        {
            return services;
        }

        return services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = Math.Max(1, settings.ForwardLimit);
            foreach (var proxy in settings.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in settings.KnownNetworks)
            {
                var parts = network.Split('/', 2);
                forwarded.KnownIPNetworks.Add(new System.Net.IPNetwork(IPAddress.Parse(parts[0]), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)));
            }
        });
    }

    public static IApplicationBuilder UseForwardedHeadersFromSettings(this IApplicationBuilder app, ForwardedHeadersSettings settings) =>
        settings.Enabled ? app.UseForwardedHeaders() : app;
}
