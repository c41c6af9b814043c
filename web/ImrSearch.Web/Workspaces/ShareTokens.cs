using System.Security.Cryptography;

namespace ImrSearch.Web.Workspaces;

/// <summary>Unguessable link tokens: 256 random bits, URL-safe base64 (43 characters).</summary>
public static class ShareTokens
{
    public static string Create() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool IsPlausible(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
