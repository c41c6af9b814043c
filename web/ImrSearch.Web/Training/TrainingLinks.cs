using System.Globalization;

namespace ImrSearch.Web.Training;

/// <summary>URLs of the training pages, spelled once.</summary>
public static class TrainingLinks
{
    public const string Home = "/training";
    public const string NewSet = "/training/new";
    public const string Practice = "/training/practice";
    public const string Progress = "/training/progress";

    public static string Set(int id) => "/training/sets/" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Exercise <paramref name="number"/> (from 1) of a set.</summary>
    public static string Exercise(int setId, int number) => Set(setId) + "/" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Exercise <paramref name="number"/> (from 1) as a trainee sees it before answering, for the set's trainer.</summary>
    public static string Preview(int setId, int number) => Exercise(setId, number) + "/preview";

    /// <summary>Every answer to a set, one row each, for its trainer (the training API's CSV).</summary>
    public static string AnswersCsv(int setId) => "/api/training/sets/" + setId.ToString(CultureInfo.InvariantCulture) + "/csv";

    public static string JoinPath(string token) => "/training/join/" + token;

    public static string JoinUrl(HttpRequest request, string token) => Workspaces.WorkspaceLinks.SiteRoot(request) + JoinPath(token);
}
