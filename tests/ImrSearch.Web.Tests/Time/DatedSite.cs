using ImrSearch.Web.Tests.Infrastructure;
using ImrSearch.Web.Tests.Workspaces;

namespace ImrSearch.Web.Tests.Time;

/// <summary>
/// The site over the seed letters given case numbers and decision dates (<see cref="DatedCorpus"/>: 2013-06-20 to
/// 2015-09-01, each assigned 30 days before its decision; all state a date of injury, 000's is 1999-07-21), plus
/// letter 000 once more as it is, stating no header dates: 11 items, one of them undated.
/// </summary>
public sealed class DatedSite : IDisposable
{
    private readonly DatedCorpus corpus = new();

    public const string UndatedFile = "undated-000.txt";

    public DatedSite()
    {
        File.Copy(Path.Combine(RepositoryLayout.Corpus, DatedCorpus.Letters[0].File), Path.Combine(corpus.Folder, UndatedFile));
        Factory = SiteFactory.Create(1_000_000, corpus.Folder);
        Client = Factory.CreateClient();
    }

    public SiteFactory Factory { get; }

    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        corpus.Dispose();
    }
}
