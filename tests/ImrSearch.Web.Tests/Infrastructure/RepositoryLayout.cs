namespace ImrSearch.Web.Tests.Infrastructure;

/// <summary>Finds the repository from the test's output folder, for the bundled seed corpus.</summary>
public static class RepositoryLayout
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ImrSearch.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("ImrSearch.sln not found above " + AppContext.BaseDirectory);
    }
}
