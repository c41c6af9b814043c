using ImrSearch.Json;
using ImrSearch.Web.Api;
using ImrSearch.Web.Configuration;
using ImrSearch.Web.Exports;
using ImrSearch.Web.Searching;
using ImrSearch.Web.Security;
using ImrSearch.Web.Training;
using ImrSearch.Web.Workspaces;

var builder = WebApplication.CreateBuilder(args);

var options = builder.Configuration.GetSection(ImrSearchOptions.Section).Get<ImrSearchOptions>() ?? new ImrSearchOptions();
builder.Services.AddSingleton(options);
builder.Services.AddSearchCore();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddRazorPages();
builder.Services.AddProblemDetails();
builder.Services.AddClientRateLimiting(options);
builder.Services.AddRequestConcurrency();
builder.Services.AddForwardedHeadersFromSettings(options.ForwardedHeaders);
builder.Services.ConfigureHttpJsonOptions(json => ImrJson.Configure(json.SerializerOptions));
// --- Workspaces (issue 14): users' database, accounts, collections, saved searches, feeds. See Workspaces/WorkspaceServices.cs.
builder.AddWorkspaces();
// --- end Workspaces
builder.Services.AddTraining(); // --- Training (issue 15): exercise sets on the workspace database. See Training/.
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.Limits.MaxRequestBodySize = RequestLimits.MaxRequestBodyBytes;
    kestrel.Limits.MaxRequestLineSize = RequestLimits.MaxQueryStringLength + 1024;
});

var app = builder.Build();

// --- Workspaces: `create-admin`/`create-account` run instead of the site; otherwise the database is migrated first.
if (ImrSearch.Web.Accounts.AccountCommand.IsCommand(args))
{
    return await ImrSearch.Web.Accounts.AccountCommand.RunAsync(app, args);
}
app.MigrateWorkspaces();
// --- end Workspaces

// The index must exist before the first request: build it from the corpus when the folder has none.
app.Services.GetRequiredService<IndexBootstrap>().EnsureIndex();
// Searches of every kind, so the runtime has the search's code compiled fully before the first person searches.
app.WarmUpSearch();

app.UseForwardedHeadersFromSettings(options.ForwardedHeaders);
app.UseSecurityHeaders();
app.UseWhen(ApiRoutes.IsApi, api =>
{
    api.UseExceptionHandler();
    api.UseStatusCodePages();
});
app.UseWhen(context => !ApiRoutes.IsApi(context), site =>
{
    if (!app.Environment.IsDevelopment())
    {
        site.UseExceptionHandler("/error");
    }
    site.UseStatusCodePagesWithReExecute("/status/{0}");
});
app.UseQueryStringLimit();
// Files from wwwroot under the content root, in every environment (MapStaticAssets needs published output outside
// Development); before routing, so they are never rate limited.
app.UseStaticFiles();
app.UseRequestConcurrency();
app.UseSearchTimeouts();
app.UseRouting();
app.UseRateLimiter();
app.UseWorkspaces(); // --- Workspaces: authentication and authorization

app.MapRazorPages().RequireRateLimiting(ClientRateLimiting.PolicyName);
app.MapGroup("/api").MapSearchApi().RequireRateLimiting(ClientRateLimiting.PolicyName);
app.MapGroup("/api").MapPrecedentExplorerApi().RequireRateLimiting(ClientRateLimiting.PolicyName);
app.MapGroup("/export").MapExports().RequireRateLimiting(ClientRateLimiting.PolicyName);
app.MapWorkspaces().RequireRateLimiting(ClientRateLimiting.PolicyName); // --- Workspaces: feeds and API
app.MapTraining().RequireRateLimiting(ClientRateLimiting.PolicyName); // --- Training: exercise JSON API

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
