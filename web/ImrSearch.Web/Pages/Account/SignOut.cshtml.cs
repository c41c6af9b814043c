using ImrSearch.Web.Workspaces;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImrSearch.Web.Pages.Account;

/// <summary>Signs out by POST only (a link could sign someone out from another site); GET offers the button.</summary>
public sealed class SignOutModel(SignInManager<WorkspaceUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Index");
    }
}
