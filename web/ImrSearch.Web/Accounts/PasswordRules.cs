using Microsoft.AspNetCore.Identity;

namespace ImrSearch.Web.Accounts;

/// <summary>
/// Length over composition (as NIST SP 800-63B advises): at least 10 characters with some variety, no forced symbol
/// classes. Stated once, so the sign-up form says exactly what Identity enforces.
/// </summary>
public static class PasswordRules
{
    public const int MinLength = 10;
    public const int MaxLength = 200;
    public const int MinDistinctCharacters = 5;

    public const string Description =
        "At least 10 characters, with at least 5 different characters. A few unrelated words make a good password.";

    public static void Apply(PasswordOptions password)
    {
        password.RequiredLength = MinLength;
        password.RequiredUniqueChars = MinDistinctCharacters;
        password.RequireDigit = false;
        password.RequireLowercase = false;
        password.RequireUppercase = false;
        password.RequireNonAlphanumeric = false;
    }
}
