using ImrSearch.Web.Accounts;
using ImrSearch.Web.Workspaces;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImrSearch.Web.Pages.Account;

/// <summary>The signed-in user's account: password change and API tokens (made, shown once, revoked).</summary>
[Authorize]
public sealed class IndexModel(UserManager<WorkspaceUser> users, SignInManager<WorkspaceUser> signIn, ApiTokenStore tokens) : PageModel
{
    public string Email { get; private set; } = "";

    public bool IsAdministrator { get; private set; }

    public List<ApiToken> Tokens { get; private set; } = [];

    /// <summary>A token just made, shown this once.</summary>
    public string? NewToken { get; private set; }

    public string? Notice { get; private set; }

    public List<string> Errors { get; } = [];

    [BindProperty]
    public string TokenName { get; set; } = "";

    [BindProperty]
    public int TokenId { get; set; }

    [BindProperty]
    public string CurrentPassword { get; set; } = "";

    [BindProperty]
    public string NewPassword { get; set; } = "";

    public async Task OnGetAsync() => await Load();

    public async Task<IActionResult> OnPostCreateTokenAsync()
    {
        var name = TokenName.Trim();
        if (name.Length is 0 or > ApiToken.MaxNameLength)
        {
            Errors.Add($"Name the token (1 to {ApiToken.MaxNameLength} characters), e.g. after the script that will use it.");
        }
        else if (await tokens.CreateAsync(Id, name, HttpContext.RequestAborted) is var (_, secret))
        {
            NewToken = secret;
            TokenName = "";
        }
        else
        {
            Errors.Add($"An account keeps at most {ApiTokenStore.MaxTokensPerUser} tokens. Revoke one first.");
        }
        await Load();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeTokenAsync()
    {
        Notice = await tokens.RevokeAsync(Id, TokenId, HttpContext.RequestAborted) ? "Token revoked: it no longer works." : null;
        await Load();
        return Page();
    }

    public async Task<IActionResult> OnPostChangePasswordAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var changed = NewPassword.Length <= PasswordRules.MaxLength
            ? await users.ChangePasswordAsync(user, CurrentPassword, NewPassword)
            : IdentityResult.Failed(new IdentityError { Description = $"A password is at most {PasswordRules.MaxLength} characters." });
        if (changed.Succeeded)
        {
            await signIn.RefreshSignInAsync(user);
            Notice = "Password changed.";
        }
        else
        {
            Errors.AddRange(changed.Errors.Select(e => e.Description));
        }
        await Load();
        return Page();
    }

    private string Id => WorkspaceLinks.UserId(User)!;

    private async Task Load()
    {
        Email = User.Identity?.Name ?? "";
        IsAdministrator = User.IsInRole(Roles.Administrator);
        Tokens = await tokens.ListAsync(Id, HttpContext.RequestAborted);
    }
}
