using ImrSearch.Web.Accounts;
using ImrSearch.Web.Workspaces;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ImrSearch.Web.Pages.Account;

/// <summary>Administrators list the accounts and create new ones (how people join when sign-up is closed).</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class AdminModel(UserManager<WorkspaceUser> users, TimeProvider clock) : PageModel
{
    public const int Listed = 500;

    public List<WorkspaceUser> Accounts { get; private set; } = [];

    public int Total { get; private set; }

    public List<string> Errors { get; } = [];

    public string? Notice { get; private set; }

    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    public async Task OnGetAsync() => await Load();

    public async Task<IActionResult> OnPostAsync()
    {
        var email = Email.Trim();
        if (email.Length is 0 or > 256 || !email.Contains('@', StringComparison.Ordinal))
        {
            Errors.Add("Enter the new account's e-mail address.");
        }
        else if (Password.Length > PasswordRules.MaxLength)
        {
            Errors.Add($"A password is at most {PasswordRules.MaxLength} characters.");
        }
        else
        {
            var created = await users.CreateAsync(new WorkspaceUser { UserName = email, Email = email, CreatedAt = clock.GetUtcNow().UtcDateTime }, Password);
            if (created.Succeeded)
            {
                Notice = $"Account {email} created. Give its owner the password by a safe channel; they can change it under Account.";
                Email = "";
            }
            else
            {
                Errors.AddRange(created.Errors.Select(e => e.Description));
            }
        }
        await Load();
        return Page();
    }

    private async Task Load()
    {
        Total = await users.Users.CountAsync();
        Accounts = await users.Users.OrderBy(u => u.Email).Take(Listed).ToListAsync();
    }
}
