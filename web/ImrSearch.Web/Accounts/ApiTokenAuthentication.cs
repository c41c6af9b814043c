using System.Text.Encodings.Web;
using ImrSearch.Web.Workspaces;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ImrSearch.Web.Accounts;

/// <summary>
/// <c>Authorization: Bearer imr_...</c> on the JSON API: the token's owner, with the same claims as a signed-in
/// session. No header: no result (the cookie may still sign the request in); a wrong token: failure.
/// </summary>
public sealed class ApiTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenStore tokens,
    UserManager<WorkspaceUser> users,
    IUserClaimsPrincipalFactory<WorkspaceUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        var ownerId = await tokens.FindOwnerAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        var user = ownerId is null ? null : await users.FindByIdAsync(ownerId);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return AuthenticateResult.Fail("Unknown or revoked API token.");
        }
        var principal = await principals.CreateAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
