using ImrSearch.Search;
using ImrSearch.Web.Searching;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace ImrSearch.Web.Workspaces;

/// <summary>A saved search with how many of its decisions are new since its owner last opened it.</summary>
public sealed record SavedSearchStatus(SavedSearch Search, int NewCount)
{
    /// <summary>"1,000+" when the count reached the bound.</summary>
    public string NewCountText => NewCount >= IndexedItems.MaxNewCounted ? $"{IndexedItems.MaxNewCounted:N0}+" : NewCount.ToString("N0");
}

/// <summary>
/// Saved searches, always through their owner (another user's saved search answers as one that does not exist).
/// </summary>
public sealed class SavedSearchStore(WorkspaceDb db, IndexedItems index, TimeProvider clock)
{
    public const int MaxPerUser = 200;

    public async Task<List<SavedSearchStatus>> ListAsync(string ownerId, CancellationToken cancellationToken)
    {
        var saved = await db.SavedSearches.AsNoTracking().Where(s => s.OwnerId == ownerId)
            .OrderBy(s => s.Name).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        return [.. saved.Select(Status)];
    }

    public async Task<SavedSearchStatus?> GetAsync(string ownerId, int id, CancellationToken cancellationToken) =>
        await db.SavedSearches.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.OwnerId == ownerId, cancellationToken) is { } saved
            ? Status(saved)
            : null;

    /// <summary>Saves a search (its page and page size left out); nothing in it counts as new yet.</summary>
    public async Task<SavedSearch> CreateAsync(string ownerId, string? name, SearchParameters parameters, CancellationToken cancellationToken)
    {
        if (!parameters.IsValid)
        {
            throw new WorkspaceInputException(string.Join(" ", parameters.Errors));
        }
        if (await db.SavedSearches.CountAsync(s => s.OwnerId == ownerId, cancellationToken) >= MaxPerUser)
        {
            throw new WorkspaceInputException($"You already have {MaxPerUser} saved searches, the most one account can keep. Delete one first.");
        }
        var kept = Kept(parameters);
        var now = clock.GetUtcNow().UtcDateTime;
        var saved = new SavedSearch
        {
            OwnerId = ownerId,
            Name = Name(name, kept),
            QueryString = kept.ToQueryString(),
            CreatedAt = now,
            LastOpenedAt = now,
            SeenThrough = NewestDate(kept),
        };
        if (saved.QueryString.Length > SavedSearch.MaxQueryStringLength)
        {
            throw new WorkspaceInputException($"This search is too long to save (its URL is over {SavedSearch.MaxQueryStringLength:N0} characters).");
        }
        db.SavedSearches.Add(saved);
        await db.SaveChangesAsync(cancellationToken);
        return saved;
    }

    public async Task<bool> RenameAsync(string ownerId, int id, string? name, CancellationToken cancellationToken)
    {
        var saved = await db.SavedSearches.FirstOrDefaultAsync(s => s.Id == id && s.OwnerId == ownerId, cancellationToken);
        if (saved is null)
        {
            return false;
        }
        saved.Name = Name(name, Parameters(saved));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> DeleteAsync(string ownerId, int id, CancellationToken cancellationToken) =>
        await db.SavedSearches.Where(s => s.Id == id && s.OwnerId == ownerId).ExecuteDeleteAsync(cancellationToken) > 0;

    /// <summary>Marks the search opened now: what matches today stops counting as new. Null when not the owner's.</summary>
    public async Task<SavedSearch?> OpenAsync(string ownerId, int id, CancellationToken cancellationToken)
    {
        var saved = await db.SavedSearches.FirstOrDefaultAsync(s => s.Id == id && s.OwnerId == ownerId, cancellationToken);
        if (saved is null)
        {
            return null;
        }
        saved.LastOpenedAt = clock.GetUtcNow().UtcDateTime;
        saved.SeenThrough = NewestDate(Parameters(saved));
        await db.SaveChangesAsync(cancellationToken);
        return saved;
    }

    public static SearchParameters Parameters(SavedSearch saved) =>
        SearchParameters.From(new QueryCollection(QueryHelpers.ParseQuery(saved.QueryString)));

    // A saved search the search core now refuses (its rules may tighten) counts nothing new rather than failing the list.
    private SavedSearchStatus Status(SavedSearch saved)
    {
        var parameters = Parameters(saved);
        try
        {
            return new SavedSearchStatus(saved, parameters.IsValid ? index.CountNewerThan(parameters, saved.SeenThrough) : 0);
        }
        catch (SearchRefusedException)
        {
            return new SavedSearchStatus(saved, 0);
        }
    }

    private DateOnly? NewestDate(SearchParameters parameters)
    {
        try
        {
            return index.NewestDate(parameters);
        }
        catch (SearchRefusedException refused)
        {
            throw new WorkspaceInputException(refused.Message);
        }
    }

    private static SearchParameters Kept(SearchParameters parameters) =>
        parameters with { Page = 1, Size = SearchRequest.DefaultPageSize };

    private static string Name(string? name, SearchParameters parameters)
    {
        var trimmed = (name ?? "").Trim();
        if (trimmed.Length == 0)
        {
            trimmed = parameters.Query.Length > 0 ? parameters.Query : parameters.HasFilters
                ? string.Join(", ", parameters.Selections.Select(s => s.Value))
                : "All decisions";
            if (trimmed.Length > SavedSearch.MaxNameLength)
            {
                trimmed = trimmed[..(SavedSearch.MaxNameLength - 1)] + "…";
            }
        }
        return trimmed.Length <= SavedSearch.MaxNameLength
            ? trimmed
            : throw new WorkspaceInputException($"A name is at most {SavedSearch.MaxNameLength} characters; this one has {trimmed.Length:N0}.");
    }
}
