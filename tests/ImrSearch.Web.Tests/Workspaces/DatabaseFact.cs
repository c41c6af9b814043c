using Xunit.Abstractions;
using Xunit.Sdk;

namespace ImrSearch.Web.Tests.Workspaces;

/// <summary>Marks a test class whose tests run against PostgreSQL.</summary>
public interface IPostgresTests;

/// <summary>
/// A database test: run on SQLite always; in an <see cref="IPostgresTests"/> class, skipped with the reason when no
/// PostgreSQL server is reachable (see <see cref="TestPostgres"/>).
/// </summary>
[XunitTestCaseDiscoverer("ImrSearch.Web.Tests.Workspaces.DatabaseFactDiscoverer", "ImrSearch.Web.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseFactAttribute : FactAttribute;

public sealed class DatabaseFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var onPostgres = typeof(IPostgresTests).IsAssignableFrom(testMethod.TestClass.Class.ToRuntimeType());
        if (onPostgres && TestPostgres.Unavailable is string reason)
        {
            return [new XunitSkippedDataRowTestCase(diagnostics, display, displayOptions, testMethod, reason)];
        }
        return [new XunitTestCase(diagnostics, display, displayOptions, testMethod)];
    }
}
