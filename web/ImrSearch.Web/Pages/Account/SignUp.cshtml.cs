using ImrSearch.Web.Accounts;
using ImrSearch.Web.Workspaces;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImrSearch.Web.Pages.Account;

/// <summary>Creates an account (when the site allows sign-up) and signs it in.</summary>
public sealed class SignUpModel(UserManager<WorkspaceUser> users, SignInManager<WorkspaceUser> signIn, WorkspaceOptions options, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty]
    public string ConfirmPassword { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Open => options.AllowSignUp;

    public List<string> Errors { get; } = [];

    public IActionResult OnGet()
    {
        if (!Open)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Open)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }
        Email = Email.Trim();
        if (Email.Length is 0 or > 256 || !Email.Contains('@', StringComparison.Ordinal))
        {
            Errors.Add("Enter your e-mail address, e.g. name@example.org.");
        }
        if (Password.Length > PasswordRules.MaxLength)
        {
            Errors.Add($"A password is at most {PasswordRules.MaxLength} characters.");
        }
        else if (Password != ConfirmPassword)
        {
            Errors.Add("The two passwords differ. Type the same password in both boxes.");
        }
        if (Errors.Count == 0)
        {
            var user = new WorkspaceUser { UserName = Email, Email = Email, CreatedAt = clock.GetUtcNow().UtcDateTime };
            var created = await users.CreateAsync(user, Password);
            if (created.Succeeded)
            {
                await signIn.SignInAsync(user, isPersistent: false);
                return LocalRedirect(AccountPaths.SafeReturnUrl(ReturnUrl ?? Url.Page("/Collections/Index")));
            }
            Errors.AddRange(created.Errors.Where(e => e.Code != "DuplicateUserName").Select(e => e.Description));
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
