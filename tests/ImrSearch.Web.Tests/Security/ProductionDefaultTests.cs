using System.Text.Json;
using ImrSearch.Web.Tests.Infrastructure;

namespace ImrSearch.Web.Tests.Security;

/// <summary>`dotnet run` serves the public site as deployed: Production, no developer exception page, unless asked.</summary>
public sealed class ProductionDefaultTests
{
    [Fact]
    public void The_default_launch_profile_does_not_ask_for_development()
    {
        var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryLayout.Root, "web", "ImrSearch.Web", "Properties", "launchSettings.json")));
        var first = settings.RootElement.GetProperty("profiles").EnumerateObject().First();

        var environment = first.Value.TryGetProperty("environmentVariables", out var variables) && variables.TryGetProperty("ASPNETCORE_ENVIRONMENT", out var value)
            ? value.GetString()
            : null;

        Assert.True(environment is null or "Production", $"the default profile '{first.Name}' sets ASPNETCORE_ENVIRONMENT={environment}");
    }

    [Fact]
    public void Forwarded_headers_are_off_by_default()
    {
        var options = new Web.Configuration.ImrSearchOptions();

        Assert.False(options.ForwardedHeaders.Enabled);
        Assert.False(options.AllowRegularExpressions);
    }
}
