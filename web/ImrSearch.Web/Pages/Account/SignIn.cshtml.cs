using ImrSearch.Web.Accounts;
using ImrSearch.Web.Workspaces;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImrSearch.Web.Pages.Account;

/// <summary>Signs in by e-mail and password; five wrong passwords lock the account for 15 minutes.</summary>
public sealed class SignInModel(SignInManager<WorkspaceUser> signIn, WorkspaceOptions options) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty]
    public bool Remember { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool SignUpOpen => options.AllowSignUp;

    public List<string> Errors { get; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = Email.Length is > 0 and <= 256 && Password.Length is > 0 and <= PasswordRules.MaxLength
            ? await signIn.PasswordSignInAsync(Email.Trim(), Password, Remember, lockoutOnFailure: true)
            : Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (result.Succeeded)
        {
            return LocalRedirect(AccountPaths.SafeReturnUrl(ReturnUrl));
        }
        Errors.Add(result.IsLockedOut
            ? "Too many wrong passwords: this account is locked for 15 minutes. Try again later."
            : "That e-mail address and password do not match an account.");
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
