using Microsoft.EntityFrameworkCore;

namespace ImrSearch.Web.Workspaces;

/// <summary>A collection as listed: no items, their count.</summary>
public sealed record CollectionSummary(int Id, string Title, int ItemCount, bool Shared, DateTime UpdatedAt);

public enum AddItemOutcome
{
    Added,
    AlreadyThere,
    NoSuchCollection,
    NoSuchItem,
}

/// <summary>
/// Collections, always through their owner: every method takes the owner's id and treats another user's collection
/// exactly as one that does not exist (null/false), so ids cannot be probed. Only the share token reads without it.
/// </summary>
public sealed class CollectionStore(WorkspaceDb db, IndexedItems index, TimeProvider clock)
{
    public const int MaxCollectionsPerUser = 500;

    public Task<List<CollectionSummary>> ListAsync(string ownerId, CancellationToken cancellationToken) =>
        db.Collections.AsNoTracking()
            .Where(c => c.OwnerId == ownerId)
            .OrderByDescending(c => c.UpdatedAt).ThenByDescending(c => c.Id)
            .Select(c => new CollectionSummary(c.Id, c.Title, c.Items.Count, c.ShareToken != null, c.UpdatedAt))
            .ToListAsync(cancellationToken);

    /// <summary>The owner's collection with its items in order, or null.</summary>
    public Task<Collection?> GetAsync(string ownerId, int id, CancellationToken cancellationToken) =>
        WithItems().FirstOrDefaultAsync(c => c.Id == id && c.OwnerId == ownerId, cancellationToken);

    /// <summary>The collection shared under this token, or null (never shared, revoked, or a wrong token).</summary>
    public async Task<Collection?> GetSharedAsync(string token, CancellationToken cancellationToken) =>
        ShareTokens.IsPlausible(token)
            ? await WithItems().AsNoTracking().FirstOrDefaultAsync(c => c.ShareToken == token, cancellationToken)
            : null;

    public async Task<Collection> CreateAsync(string ownerId, string? title, string? description, CancellationToken cancellationToken)
    {
        if (await db.Collections.CountAsync(c => c.OwnerId == ownerId, cancellationToken) >= MaxCollectionsPerUser)
        {
            throw new WorkspaceInputException($"You already have {MaxCollectionsPerUser} collections, the most one account can keep. Delete one first.");
        }
        var now = Now;
        var collection = new Collection
        {
            OwnerId = ownerId,
            Title = Title(title),
            Description = Description(description),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Collections.Add(collection);
        await db.SaveChangesAsync(cancellationToken);
        return collection;
    }

    public async Task<bool> UpdateAsync(string ownerId, int id, string? title, string? description, CancellationToken cancellationToken)
    {
        var collection = await Owned(ownerId, id, cancellationToken);
        if (collection is null)
        {
            return false;
        }
        collection.Title = Title(title);
        collection.Description = Description(description);
        return await Touch(collection, cancellationToken);
    }

    public async Task<bool> DeleteAsync(string ownerId, int id, CancellationToken cancellationToken) =>
        await db.Collections.Where(c => c.Id == id && c.OwnerId == ownerId).ExecuteDeleteAsync(cancellationToken) > 0;

    /// <summary>Adds an item of the current index at the end, with an optional note; the item's text is kept with it.</summary>
    public async Task<(AddItemOutcome Outcome, CollectionItem? Item)> AddItemAsync(
        string ownerId, int id, string caseId, int itemIndex, string? note, CancellationToken cancellationToken)
    {
        var collection = await Owned(ownerId, id, cancellationToken);
        if (collection is null)
        {
            return (AddItemOutcome.NoSuchCollection, null);
        }
        var indexed = index.Find(caseId, itemIndex);
        if (indexed is null)
        {
            return (AddItemOutcome.NoSuchItem, null);
        }
        var existing = await db.CollectionItems.FirstOrDefaultAsync(
            i => i.CollectionId == id && i.CaseId == indexed.Case.CaseId && i.ItemIndex == itemIndex, cancellationToken);
        if (existing is not null)
        {
            return (AddItemOutcome.AlreadyThere, existing);
        }
        var count = await db.CollectionItems.CountAsync(i => i.CollectionId == id, cancellationToken);
        if (count >= Collection.MaxItems)
        {
            throw new WorkspaceInputException($"A collection holds at most {Collection.MaxItems:N0} items. Start another collection.");
        }
        var last = await db.CollectionItems.Where(i => i.CollectionId == id).MaxAsync(i => (int?)i.Position, cancellationToken);
        var item = new CollectionItem
        {
            CollectionId = id,
            CaseId = indexed.Case.CaseId,
            ItemIndex = itemIndex,
            Position = (last ?? -1) + 1,
            Note = Note(note),
            ItemText = Truncate(indexed.Item.Item, CollectionItem.MaxItemTextLength),
            Decision = indexed.Item.Decision.ToString(),
            AddedAt = Now,
        };
        db.CollectionItems.Add(item);
        await Touch(collection, cancellationToken);
        return (AddItemOutcome.Added, item);
    }

    public async Task<bool> UpdateNoteAsync(string ownerId, int id, int itemId, string? note, CancellationToken cancellationToken)
    {
        var item = await OwnedItem(ownerId, id, itemId, cancellationToken);
        if (item is null)
        {
            return false;
        }
        item.Note = Note(note);
        return await Touch(item.Collection!, cancellationToken);
    }

    public async Task<bool> RemoveItemAsync(string ownerId, int id, int itemId, CancellationToken cancellationToken)
    {
        var item = await OwnedItem(ownerId, id, itemId, cancellationToken);
        if (item is null)
        {
            return false;
        }
        db.CollectionItems.Remove(item);
        return await Touch(item.Collection!, cancellationToken);
    }

    /// <summary>Moves an item one place up (-1) or down (+1); false when it is not the owner's.</summary>
    public async Task<bool> MoveAsync(string ownerId, int id, int itemId, int offset, CancellationToken cancellationToken)
    {
        var collection = await GetAsync(ownerId, id, cancellationToken);
        var items = collection?.Items;
        var from = items?.FindIndex(i => i.Id == itemId) ?? -1;
        if (collection is null || items is null || from < 0)
        {
            return false;
        }
        var to = Math.Clamp(from + Math.Sign(offset), 0, items.Count - 1);
        (items[from], items[to]) = (items[to], items[from]);
        Renumber(items);
        return await Touch(collection, cancellationToken);
    }

    /// <summary>Puts the items in the given order, which must name every item of the collection once.</summary>
    public async Task<bool> ReorderAsync(string ownerId, int id, IReadOnlyList<int> itemIds, CancellationToken cancellationToken)
    {
        var collection = await GetAsync(ownerId, id, cancellationToken);
        if (collection is null)
        {
            return false;
        }
        var byId = collection.Items.ToDictionary(i => i.Id);
        if (itemIds.Count != byId.Count || itemIds.Distinct().Count() != itemIds.Count || !itemIds.All(byId.ContainsKey))
        {
            throw new WorkspaceInputException($"The new order must list each of the collection's {byId.Count} item ids exactly once.");
        }
        Renumber(itemIds.Select(itemId => byId[itemId]).ToList());
        return await Touch(collection, cancellationToken);
    }

    /// <summary>The share token, made when the collection has none; null when it is not the owner's.</summary>
    public async Task<string?> ShareAsync(string ownerId, int id, CancellationToken cancellationToken)
    {
        var collection = await Owned(ownerId, id, cancellationToken);
        if (collection is null)
        {
            return null;
        }
        collection.ShareToken ??= ShareTokens.Create();
        await Touch(collection, cancellationToken);
        return collection.ShareToken;
    }

    /// <summary>Stops the share link working at once; sharing again makes a new, different link.</summary>
    public async Task<bool> RevokeShareAsync(string ownerId, int id, CancellationToken cancellationToken)
    {
        var collection = await Owned(ownerId, id, cancellationToken);
        if (collection is null)
        {
            return false;
        }
        collection.ShareToken = null;
        return await Touch(collection, cancellationToken);
    }

    private IQueryable<Collection> WithItems() =>
        db.Collections.Include(c => c.Items.OrderBy(i => i.Position).ThenBy(i => i.Id)).AsSplitQuery();

    private Task<Collection?> Owned(string ownerId, int id, CancellationToken cancellationToken) =>
        db.Collections.FirstOrDefaultAsync(c => c.Id == id && c.OwnerId == ownerId, cancellationToken);

    private Task<CollectionItem?> OwnedItem(string ownerId, int id, int itemId, CancellationToken cancellationToken) =>
        db.CollectionItems.Include(i => i.Collection)
            .FirstOrDefaultAsync(i => i.Id == itemId && i.CollectionId == id && i.Collection!.OwnerId == ownerId, cancellationToken);

    private async Task<bool> Touch(Collection collection, CancellationToken cancellationToken)
    {
        collection.UpdatedAt = Now;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static void Renumber(List<CollectionItem> items)
    {
        for (var position = 0; position < items.Count; position++)
        {
            items[position].Position = position;
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static string Title(string? title)
    {
        var trimmed = (title ?? "").Trim();
        if (trimmed.Length == 0)
        {
            throw new WorkspaceInputException("Give the collection a title.");
        }
        return trimmed.Length <= Collection.MaxTitleLength
            ? trimmed
            : throw new WorkspaceInputException($"A title is at most {Collection.MaxTitleLength} characters; this one has {trimmed.Length:N0}.");
    }

    private static string Description(string? description) =>
        Limited(description, Collection.MaxDescriptionLength, "A description");

    private static string Note(string? note) => Limited(note, CollectionItem.MaxNoteLength, "A note");

    private static string Limited(string? text, int max, string what)
    {
        var trimmed = (text ?? "").Trim();
        return trimmed.Length <= max
            ? trimmed
            : throw new WorkspaceInputException($"{what} is at most {max:N0} characters; this one has {trimmed.Length:N0}.");
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
