namespace ImrSearch.Web.Accounts;

/// <summary>Account roles. An administrator can see every account and create accounts when sign-up is closed.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
}
