using ImrSearch.Precedents;
using ImrSearch.Search;

namespace ImrSearch.Web.Searching;

public static class SearchCoreServices
{
    /// <summary>One <see cref="DecisionSearcher"/> for the process, opened after the index exists, disposed at shutdown.</summary>
    public static IServiceCollection AddSearchCore(this IServiceCollection services)
    {
        services.AddSingleton<IndexBootstrap>();
        services.AddSingleton(provider => new DecisionSearcher(
            provider.GetRequiredService<IndexBootstrap>().IndexPath,
            provider.GetRequiredService<Configuration.ImrSearchOptions>().SearcherOptions()));
        services.AddSingleton<ISearchCore, LuceneSearchCore>();
        services.AddSingleton(provider => new PrecedentExplorer(provider.GetRequiredService<DecisionSearcher>()));
        return services;
    }
}
