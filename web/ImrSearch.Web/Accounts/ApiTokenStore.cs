using System.Security.Cryptography;
using System.Text;
using ImrSearch.Web.Workspaces;
using Microsoft.EntityFrameworkCore;

namespace ImrSearch.Web.Accounts;

/// <summary>A user's API tokens: made (the token is returned once), listed, revoked, and looked up by their hash.</summary>
public sealed class ApiTokenStore(WorkspaceDb db, TimeProvider clock)
{
    public const string TokenPrefix = "imr_";
    public const int MaxTokensPerUser = 20;

    public Task<List<ApiToken>> ListAsync(string ownerId, CancellationToken cancellationToken) =>
        db.ApiTokens.AsNoTracking().Where(t => t.OwnerId == ownerId).OrderBy(t => t.Id).ToListAsync(cancellationToken);

    /// <summary>A new token and its plain text, which is never stored; null when the user already has the maximum.</summary>
    public async Task<(ApiToken Token, string Secret)?> CreateAsync(string ownerId, string name, CancellationToken cancellationToken)
    {
        if (await db.ApiTokens.CountAsync(t => t.OwnerId == ownerId, cancellationToken) >= MaxTokensPerUser)
        {
            return null;
        }
        var secret = TokenPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken
        {
            OwnerId = ownerId,
            Name = name,
            Prefix = secret[..(TokenPrefix.Length + 6)],
            Hash = Hash(secret),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return (token, secret);
    }

    public async Task<bool> RevokeAsync(string ownerId, int id, CancellationToken cancellationToken) =>
        await db.ApiTokens.Where(t => t.Id == id && t.OwnerId == ownerId).ExecuteDeleteAsync(cancellationToken) > 0;

    /// <summary>The token's owner id, or null for an unknown or revoked token; notes the use at most once a minute.</summary>
    public async Task<string?> FindOwnerAsync(string secret, CancellationToken cancellationToken)
    {
        if (!secret.StartsWith(TokenPrefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return null;
        }
        var hash = Hash(secret);
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Hash == hash, cancellationToken);
        if (token is null)
        {
            return null;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (token.LastUsedAt is not DateTime used || now - used > TimeSpan.FromMinutes(1))
        {
            token.LastUsedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }
        return token.OwnerId;
    }

    private static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
