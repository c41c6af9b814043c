using System.Globalization;
using ImrSearch.Web.Tests.Infrastructure;

namespace ImrSearch.Web.Tests.Workspaces;

/// <summary>
/// A temporary corpus of the seed letters with header blocks giving each a case number and a decision date (the seeds
/// state none), so "newest first" has an order to check. Letters can be added and removed to rebuild the index.
/// </summary>
public sealed class DatedCorpus : IDisposable
{
    /// <summary>Seed letter file → (case number, decision date); the dates deliberately out of file order.</summary>
    public static readonly IReadOnlyList<(string File, string CaseId, DateOnly Date)> Letters =
    [
        ("000_f245a003faefca76.txt", "CM14-0000001", new DateOnly(2014, 3, 10)),
        ("001_a2d9d1ce07a723b3.txt", "CM15-0000002", new DateOnly(2015, 9, 1)),
        ("002_4a2d757b333d288b.txt", "CM13-0000003", new DateOnly(2013, 6, 20)),
        ("003_4e69937d73cbfe0f.txt", "CM15-0000004", new DateOnly(2015, 1, 15)),
        ("004_0ee5ec402ea739f4.txt", "CM14-0000005", new DateOnly(2014, 11, 5)),
    ];

    public DatedCorpus(int letters = 5)
    {
        Folder = Path.Combine(Path.GetTempPath(), "imrsearch-web-tests", "dated-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        foreach (var letter in Letters.Take(letters))
        {
            Add(letter.File, letter.CaseId, letter.Date);
        }
    }

    public string Folder { get; }

    /// <summary>Writes a seed letter under a case number and decision date (a new file name each case number).</summary>
    public void Add(string seedFile, string caseId, DateOnly decisionDate)
    {
        var header = $"Case Number: {caseId}  Date Assigned: {decisionDate.AddDays(-30).ToString("MM/dd/yyyy", CultureInfo.InvariantCulture)}\n\n" +
            $"Decision Date: {decisionDate.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture)}\n\n \n\n";
        File.WriteAllText(Path.Combine(Folder, caseId + ".txt"), header + File.ReadAllText(Path.Combine(RepositoryLayout.Corpus, seedFile)));
    }

    public void Remove(string caseId) => File.Delete(Path.Combine(Folder, caseId + ".txt"));

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
