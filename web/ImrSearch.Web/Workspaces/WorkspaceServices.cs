using ImrSearch.Web.Accounts;
using ImrSearch.Web.Api;
using ImrSearch.Web.Configuration;
using ImrSearch.Web.Feeds;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ImrSearch.Web.Workspaces;

/// <summary>
/// Everything users make (accounts, collections, saved searches, API tokens) and the Atom feeds, wired into the site in
/// three calls from Program.cs: <see cref="AddWorkspaces"/>, <see cref="UseWorkspaces"/> and <see cref="MapWorkspaces"/>.
/// </summary>
public static class WorkspaceServices
{
    /// <summary>Requires a signed-in user, by the site's cookie or an API token.</summary>
    public const string SignedInPolicy = "SignedIn";

    public static WebApplicationBuilder AddWorkspaces(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var options = configuration.GetSection(ImrSearchOptions.Section).Get<WorkspaceOptions>() ?? new WorkspaceOptions();
        options.PostgresConnectionString = configuration.GetConnectionString(WorkspaceOptions.ConnectionStringName);
        var services = builder.Services;
        services.AddSingleton(options);
        // Every SQL statement at Information would drown the site's own log.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);

        if (options.UsesPostgres)
        {
            services.AddDbContext<PostgresWorkspaceDb>(db => db.UseNpgsql(options.PostgresConnectionString));
            services.AddScoped<WorkspaceDb>(provider => provider.GetRequiredService<PostgresWorkspaceDb>());
        }
        else
        {
            services.AddDbContext<SqliteWorkspaceDb>((provider, db) =>
            {
                var index = provider.GetRequiredService<ImrSearchOptions>();
                var root = builder.Environment.ContentRootPath;
                var path = options.ResolveDatabasePath(root, index.ResolveIndexPath(root));
                db.UseSqlite($"Data Source={path}");
            });
            services.AddScoped<WorkspaceDb>(provider => provider.GetRequiredService<SqliteWorkspaceDb>());
        }

        services.AddDataProtection().SetApplicationName("ImrSearch").PersistKeysToDbContext<WorkspaceDb>();

        services.AddIdentity<WorkspaceUser, IdentityRole>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                PasswordRules.Apply(identity.Password);
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<WorkspaceDb>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "imrsearch.session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromDays(14);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = AccountPaths.SignIn;
            cookie.LogoutPath = AccountPaths.SignOut;
            cookie.AccessDeniedPath = AccountPaths.SignIn;
            // The JSON API answers 401/403 problem details; only pages are sent to the sign-in form.
            cookie.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });
        services.AddAntiforgery(antiforgery => antiforgery.Cookie.Name = "imrsearch.antiforgery");

        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(SignedInPolicy, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, ApiTokenAuthentication.SchemeName)
                .RequireAuthenticatedUser());

        services.AddScoped<CollectionStore>();
        services.AddScoped<SavedSearchStore>();
        services.AddScoped<ApiTokenStore>();
        services.AddSingleton<IndexedItems>();
        services.AddSingleton<DecisionFeed>();
        return builder;
    }

    /// <summary>Creates or upgrades the database to the latest migration; run once at start-up, before any request.</summary>
    public static void MigrateWorkspaces(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkspaceDb>();
        if (db is SqliteWorkspaceDb && db.Database.GetDbConnection().DataSource is { Length: > 0 } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        }
        db.Database.Migrate();
        app.Logger.LogInformation("Workspaces database ready ({Provider})", db is PostgresWorkspaceDb ? "PostgreSQL" : "SQLite " + db.Database.GetDbConnection().DataSource);
    }

    /// <summary>Authentication and authorization; after routing, before the endpoints.</summary>
    public static WebApplication UseWorkspaces(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>The feeds and the workspace JSON API; the pages are Razor Pages found by convention.</summary>
    public static IEndpointConventionBuilder MapWorkspaces(this WebApplication app)
    {
        var group = app.MapGroup("");
        group.MapDecisionFeed();
        group.MapGroup("/api").MapWorkspaceApi();
        return group;
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (ApiRoutes.IsApi(context.HttpContext))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
