namespace ImrSearch.Web.Accounts;

/// <summary>The account pages' URLs, spelled once.</summary>
public static class AccountPaths
{
    public const string SignIn = "/account/sign-in";
    public const string SignOut = "/account/sign-out";

    /// <summary>A local return URL, or "/" for anything that could leave the site (open-redirect guard).</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 and <= 2048 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            ? url
            : "/";
}
