using ImrSearch.Web.Workspaces;
using Microsoft.AspNetCore.Identity;

namespace ImrSearch.Web.Accounts;

/// <summary>
/// <c>dotnet run --project web/ImrSearch.Web -- create-admin --email a@example.org</c> (or <c>create-account</c>):
/// makes an account from the command line, without starting the site, so a closed deployment (sign-up off) has a
/// first administrator. The password is read from IMRSEARCH_PASSWORD, else from the first line of standard input,
/// never from the command line (which other users of the machine can see).
/// </summary>
public static class AccountCommand
{
    public const string CreateAdmin = "create-admin";
    public const string CreateAccount = "create-account";
    public const string PasswordVariable = "IMRSEARCH_PASSWORD";

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is CreateAdmin or CreateAccount;

    /// <summary>Runs the command; returns the process exit code (0 made, 1 refused, 2 usage).</summary>
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var email = Option(args, "--email");
        if (email is null)
        {
            await Console.Error.WriteLineAsync($"Usage: {args[0]} --email someone@example.org   (password from {PasswordVariable} or standard input)");
            return 2;
        }
        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            await Console.Error.WriteLineAsync($"Password for {email} (one line; or set {PasswordVariable}):");
            password = await Console.In.ReadLineAsync();
        }
        if (string.IsNullOrEmpty(password))
        {
            await Console.Error.WriteLineAsync("No password given.");
            return 2;
        }

        app.MigrateWorkspaces();
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WorkspaceUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var user = new WorkspaceUser { UserName = email, Email = email, CreatedAt = DateTime.UtcNow };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            await Console.Error.WriteLineAsync("Account not created: " + string.Join(" ", created.Errors.Select(e => e.Description)));
            return 1;
        }
        if (args[0] == CreateAdmin)
        {
            if (!await roles.RoleExistsAsync(Roles.Administrator))
            {
                await roles.CreateAsync(new IdentityRole(Roles.Administrator));
            }
            await users.AddToRoleAsync(user, Roles.Administrator);
        }
        await Console.Out.WriteLineAsync($"Created {(args[0] == CreateAdmin ? "administrator" : "account")} {email}.");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == name && i + 1 < args.Length)
            {
                return args[i + 1];
            }
            if (args[i].StartsWith(name + "=", StringComparison.Ordinal))
            {
                return args[i][(name.Length + 1)..];
            }
        }
        return null;
    }
}
