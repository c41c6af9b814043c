using Microsoft.AspNetCore.Identity;

namespace ImrSearch.Web.Workspaces;

/// <summary>An account; its user name is its e-mail address.</summary>
public sealed class WorkspaceUser : IdentityUser
{
    public DateTime CreatedAt { get; set; }
}
