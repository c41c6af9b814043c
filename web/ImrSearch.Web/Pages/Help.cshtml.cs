using ImrSearch.Web.Markdown;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImrSearch.Web.Pages;

public sealed class HelpModel : PageModel
{
    public string BodyHtml => HelpDocument.ToHtml();
}
