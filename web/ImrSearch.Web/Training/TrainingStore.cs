using ImrSearch.Web.Searching;
using ImrSearch.Web.Workspaces;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ImrSearch.Web.Training;

/// <summary>A set as listed: its size, its trainees, and how far the listing user has got.</summary>
public sealed record ExerciseSetSummary(int Id, string Title, ExerciseSetKind Kind, string Origin, int Items, int Trainees, int AnsweredByMe, DateTime CreatedAt);

/// <summary>One exercise of a set as a trainee opens it: the item and their answer, if any.</summary>
public sealed record TraineeExercise(ExerciseSet Set, ExerciseItem Item, ExerciseAnswer? Answer);

public enum JoinOutcome
{
    Joined,
    AlreadyJoined,
    OwnSet,
    NoSuchSet,
    Full,
}

public enum AddTraineeOutcome
{
    Added,
    AlreadyThere,
    NoSuchAccount,
    OwnSet,
    NoSuchSet,
}

public enum AnswerOutcome
{
    Saved,

    /// <summary>The trainee had answered already: answers are final once the feedback was shown.</summary>
    AlreadyAnswered,
    NoSuchExercise,

    /// <summary>The item has left the index, so there is nothing to judge the answer against.</summary>
    NotInIndex,
}

/// <summary>
/// Exercise sets, their trainees and answers. A set's owner is its trainer; a trainee is a member. Every method takes
/// the acting user's id and treats a set they have no part in as one that does not exist, so ids cannot be probed.
/// </summary>
public sealed class TrainingStore(WorkspaceDb db, CollectionStore collections, IndexedItems index, ExerciseDraw draw, UserManager<WorkspaceUser> users, TimeProvider clock)
{
    public const int MaxSetsPerUser = 500;
    public const int MaxCount = ExerciseSet.MaxItems;

    public Task<List<ExerciseSetSummary>> OwnedAsync(string userId, CancellationToken cancellationToken) =>
        db.ExerciseSets.AsNoTracking()
            .Where(s => s.OwnerId == userId && s.Kind == ExerciseSetKind.Trainer)
            .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id)
            .Select(s => new ExerciseSetSummary(s.Id, s.Title, s.Kind, s.Origin, s.Items.Count, s.Members.Count,
                db.ExerciseAnswers.Count(a => a.UserId == userId && a.ExerciseItem!.SetId == s.Id), s.CreatedAt))
            .ToListAsync(cancellationToken);

    public Task<List<ExerciseSetSummary>> JoinedAsync(string userId, CancellationToken cancellationToken) =>
        db.ExerciseSets.AsNoTracking()
            .Where(s => s.Members.Any(m => m.UserId == userId))
            .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id)
            .Select(s => new ExerciseSetSummary(s.Id, s.Title, s.Kind, s.Origin, s.Items.Count, s.Members.Count,
                db.ExerciseAnswers.Count(a => a.UserId == userId && a.ExerciseItem!.SetId == s.Id), s.CreatedAt))
            .ToListAsync(cancellationToken);

    /// <summary>A trainer's set of the owner's collection: its items in order, each with the collection's note.</summary>
    public async Task<ExerciseSet?> CreateFromCollectionAsync(string ownerId, int collectionId, string? title, CancellationToken cancellationToken)
    {
        var collection = await collections.GetAsync(ownerId, collectionId, cancellationToken);
        if (collection is null)
        {
            return null;
        }
        var entries = CollectionEntry.Resolve(collection, index).Where(e => e.InIndex).ToList();
        if (entries.Count == 0)
        {
            throw new WorkspaceInputException("The collection has no item in the index to make exercises of.");
        }
        if (entries.Count > ExerciseSet.MaxItems)
        {
            throw new WorkspaceInputException($"A set holds at most {ExerciseSet.MaxItems} exercises; this collection has {entries.Count:N0} items. Make a smaller collection for it.");
        }
        var set = await NewSet(ownerId, ExerciseSetKind.Trainer, string.IsNullOrWhiteSpace(title) ? collection.Title : title, "Collection: " + collection.Title, cancellationToken);
        set.Items.AddRange(entries.Select((e, position) => new ExerciseItem
        {
            Position = position,
            CaseId = e.Current!.Case.CaseId,
            ItemIndex = e.Current.Item.Index,
            ItemText = e.Saved.ItemText,
            Treatment = e.Current.Item.Treatment,
            TrainerNote = e.Saved.Note,
        }));
        await db.SaveChangesAsync(cancellationToken);
        return set;
    }

    /// <summary>A trainer's set drawn from a search (the search page's URL or query string).</summary>
    public async Task<(ExerciseSet Set, string? Note)> CreateFromSearchAsync(
        string ownerId, string? title, string? search, int count, DrawMode mode, CancellationToken cancellationToken)
    {
        var parameters = ExerciseSearch.Parse(search);
        var (drawn, note) = draw.Draw(parameters, Count(count), mode, new HashSet<(string, int)>(), Random.Shared);
        // Trainees see the title: a default one never names a decision filter, which would give the answers away.
        var untold = ExerciseSearch.Describe(parameters with { Selections = [.. parameters.Selections.Where(f => f.Dimension != ImrSearch.Index.IndexSchema.Decision)] });
        var set = await NewSet(ownerId, ExerciseSetKind.Trainer, string.IsNullOrWhiteSpace(title) ? "Exercises: " + untold : title,
            "Search: " + ExerciseSearch.Describe(parameters) + $" ({mode})", cancellationToken);
        AddDrawn(set, drawn);
        await db.SaveChangesAsync(cancellationToken);
        return (set, note);
    }

    /// <summary>A trainee's own practice: items of one treatment they have not seen in any set, drawn as asked.</summary>
    public async Task<(ExerciseSet Set, string? Note)> CreatePracticeAsync(
        string userId, string? treatment, int count, DrawMode mode, CancellationToken cancellationToken)
    {
        var chosen = (treatment ?? "").Trim();
        if (chosen.Length is 0 or > SearchParameters.MaxValueLength)
        {
            throw new WorkspaceInputException("Choose a treatment to practise on.");
        }
        if (mode == DrawMode.InOrder)
        {
            throw new WorkspaceInputException("Practice is drawn at random: evenly between outcomes, or as decided.");
        }
        var parameters = SearchParameters.Empty with { Selections = [new FilterValue(ImrSearch.Index.IndexSchema.Treatment, chosen)] };
        var seen = await SeenAsync(userId, cancellationToken);
        var (drawn, note) = draw.Draw(parameters, Count(count), mode, seen, Random.Shared);
        var how = mode == DrawMode.Even ? "evenly between outcomes" : "as decided";
        var set = await NewSet(userId, ExerciseSetKind.Practice, $"Practice: {drawn.Count} × {chosen}", $"Practice: {chosen}, {how}", cancellationToken);
        AddDrawn(set, drawn);
        set.Members.Add(new ExerciseMember { UserId = userId, JoinedAt = Now });
        await db.SaveChangesAsync(cancellationToken);
        return (set, note);
    }

    /// <summary>The trainer's set with its items and trainees, or null.</summary>
    public Task<ExerciseSet?> GetOwnedAsync(string ownerId, int id, CancellationToken cancellationToken) =>
        WithParts().FirstOrDefaultAsync(s => s.Id == id && s.OwnerId == ownerId && s.Kind == ExerciseSetKind.Trainer, cancellationToken);

    /// <summary>The set as one of its trainees sees it, or null when they are not one.</summary>
    public Task<ExerciseSet?> GetJoinedAsync(string userId, int id, CancellationToken cancellationToken) =>
        WithParts().FirstOrDefaultAsync(s => s.Id == id && s.Members.Any(m => m.UserId == userId), cancellationToken);

    /// <summary>The set a join link opens, or null (no such link, or it was turned off).</summary>
    public async Task<ExerciseSet?> FindByJoinTokenAsync(string token, CancellationToken cancellationToken) =>
        ShareTokens.IsPlausible(token)
            ? await db.ExerciseSets.AsNoTracking().Include(s => s.Items).FirstOrDefaultAsync(s => s.JoinToken == token, cancellationToken)
            : null;

    public async Task<(JoinOutcome Outcome, int SetId)> JoinAsync(string userId, string token, CancellationToken cancellationToken)
    {
        var set = ShareTokens.IsPlausible(token)
            ? await db.ExerciseSets.FirstOrDefaultAsync(s => s.JoinToken == token, cancellationToken)
            : null;
        if (set is null)
        {
            return (JoinOutcome.NoSuchSet, 0);
        }
        return (await AddMember(set, userId, cancellationToken), set.Id);
    }

    public async Task<AddTraineeOutcome> AddTraineeAsync(string ownerId, int id, string? email, CancellationToken cancellationToken)
    {
        var set = await OwnedSet(ownerId, id, cancellationToken);
        if (set is null)
        {
            return AddTraineeOutcome.NoSuchSet;
        }
        var address = (email ?? "").Trim();
        var user = address.Length is > 0 and <= 256 ? await users.FindByEmailAsync(address) : null;
        if (user is null)
        {
            return AddTraineeOutcome.NoSuchAccount;
        }
        return await AddMember(set, user.Id, cancellationToken) switch
        {
            JoinOutcome.Joined => AddTraineeOutcome.Added,
            JoinOutcome.AlreadyJoined => AddTraineeOutcome.AlreadyThere,
            JoinOutcome.OwnSet => AddTraineeOutcome.OwnSet,
            JoinOutcome.Full => throw new WorkspaceInputException($"A set has at most {ExerciseSet.MaxMembers} trainees."),
            _ => AddTraineeOutcome.NoSuchSet,
        };
    }

    /// <summary>Takes a trainee off the set, with their answers to it.</summary>
    public async Task<bool> RemoveTraineeAsync(string ownerId, int id, string traineeId, CancellationToken cancellationToken)
    {
        if (await OwnedSet(ownerId, id, cancellationToken) is null)
        {
            return false;
        }
        await db.ExerciseAnswers.Where(a => a.UserId == traineeId && a.ExerciseItem!.SetId == id).ExecuteDeleteAsync(cancellationToken);
        return await db.ExerciseMembers.Where(m => m.SetId == id && m.UserId == traineeId).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>A new join link (the old one stops working); null when the set is not the owner's.</summary>
    public async Task<string?> NewJoinLinkAsync(string ownerId, int id, CancellationToken cancellationToken)
    {
        var set = await OwnedSet(ownerId, id, cancellationToken);
        if (set is null)
        {
            return null;
        }
        set.JoinToken = ShareTokens.Create();
        await db.SaveChangesAsync(cancellationToken);
        return set.JoinToken;
    }

    public async Task<bool> StopJoinLinkAsync(string ownerId, int id, CancellationToken cancellationToken)
    {
        var set = await OwnedSet(ownerId, id, cancellationToken);
        if (set is null)
        {
            return false;
        }
        set.JoinToken = null;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Deletes a trainer's set, or a trainee's own practice set, with every answer to it.</summary>
    public async Task<bool> DeleteAsync(string ownerId, int id, CancellationToken cancellationToken) =>
        await db.ExerciseSets.Where(s => s.Id == id && s.OwnerId == ownerId).ExecuteDeleteAsync(cancellationToken) > 0;

    /// <summary>Exercise <paramref name="number"/> (from 1) of a set the user is a trainee of, with their answer; or null.</summary>
    public async Task<TraineeExercise?> ExerciseAsync(string userId, int setId, int number, CancellationToken cancellationToken)
    {
        var set = await GetJoinedAsync(userId, setId, cancellationToken);
        var item = set?.Items.FirstOrDefault(i => i.Position == number - 1);
        if (set is null || item is null)
        {
            return null;
        }
        var answer = await db.ExerciseAnswers.AsNoTracking().FirstOrDefaultAsync(a => a.ExerciseItemId == item.Id && a.UserId == userId, cancellationToken);
        return new TraineeExercise(set, item, answer);
    }

    /// <summary>
    /// Exercise <paramref name="number"/> (from 1) of the trainer's own set, as a trainee opens it before answering;
    /// null for anyone else, as for a set that does not exist.
    /// </summary>
    public async Task<TraineeExercise?> PreviewAsync(string ownerId, int setId, int number, CancellationToken cancellationToken)
    {
        var set = await GetOwnedAsync(ownerId, setId, cancellationToken);
        var item = set?.Items.FirstOrDefault(i => i.Position == number - 1);
        return set is null || item is null ? null : new TraineeExercise(set, item, null);
    }

    /// <summary>Records a trainee's answer, judged against the item as the index holds it now. Answers are final.</summary>
    public async Task<(AnswerOutcome Outcome, ExerciseAnswer? Answer)> AnswerAsync(
        string userId, int setId, int number, CheckedAnswer answer, CancellationToken cancellationToken)
    {
        var exercise = await ExerciseAsync(userId, setId, number, cancellationToken);
        if (exercise is null)
        {
            return (AnswerOutcome.NoSuchExercise, null);
        }
        if (exercise.Answer is not null)
        {
            return (AnswerOutcome.AlreadyAnswered, exercise.Answer);
        }
        var indexed = index.Find(exercise.Item.CaseId, exercise.Item.ItemIndex);
        if (indexed is null)
        {
            return (AnswerOutcome.NotInIndex, null);
        }
        var document = GuidelineChoices.Find(answer.GuidelineDocument)!;
        var saved = new ExerciseAnswer
        {
            ExerciseItemId = exercise.Item.Id,
            UserId = userId,
            Decision = answer.Decision.ToString(),
            GuidelineDocument = document.Name,
            GuidelineSection = answer.GuidelineSection,
            Rationale = answer.Rationale,
            ActualDecision = indexed.Item.Decision.ToString(),
            AgreesWithDecision = answer.Decision == indexed.Item.Decision,
            GuidelineMatches = GuidelineChoices.DocumentMatches(document, indexed.Item),
            GuidelineSourceMatches = GuidelineChoices.SourceMatches(document, indexed.Item),
            Treatment = indexed.Item.Treatment,
            AnsweredAt = Now,
        };
        db.ExerciseAnswers.Add(saved);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two posts of the same answer raced; the unique index kept the first.
            db.ChangeTracker.Clear();
            var first = await db.ExerciseAnswers.AsNoTracking().FirstOrDefaultAsync(a => a.ExerciseItemId == exercise.Item.Id && a.UserId == userId, cancellationToken);
            return first is null ? throw new InvalidOperationException("The answer could not be saved.") : (AnswerOutcome.AlreadyAnswered, first);
        }
        return (AnswerOutcome.Saved, saved);
    }

    /// <summary>Every answer to a trainer's set, with the trainee's e-mail; null when the set is not the owner's.</summary>
    public async Task<List<(ExerciseAnswer Answer, string Email)>?> SetAnswersAsync(string ownerId, int id, CancellationToken cancellationToken)
    {
        if (await OwnedSet(ownerId, id, cancellationToken) is null)
        {
            return null;
        }
        var rows = await (from a in db.ExerciseAnswers.AsNoTracking()
                          join u in db.Users on a.UserId equals u.Id
                          where a.ExerciseItem!.SetId == id
                          select new { Answer = a, u.Email }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Answer, r.Email ?? ""))];
    }

    /// <summary>The e-mail address of each trainee of a set, by account id.</summary>
    public async Task<Dictionary<string, string>> TraineeEmailsAsync(int setId, CancellationToken cancellationToken) =>
        await (from m in db.ExerciseMembers.AsNoTracking()
               join u in db.Users on m.UserId equals u.Id
               where m.SetId == setId
               select new { m.UserId, u.Email }).ToDictionaryAsync(r => r.UserId, r => r.Email ?? "", cancellationToken);

    /// <summary>Every answer the user has given, in every set.</summary>
    public Task<List<ExerciseAnswer>> AnswersOfAsync(string userId, CancellationToken cancellationToken) =>
        db.ExerciseAnswers.AsNoTracking().Where(a => a.UserId == userId).ToListAsync(cancellationToken);

    /// <summary>Items of every set the user is a trainee of: what "not seen" practice leaves out.</summary>
    public async Task<HashSet<(string CaseId, int ItemIndex)>> SeenAsync(string userId, CancellationToken cancellationToken)
    {
        var items = await db.ExerciseItems.AsNoTracking()
            .Where(i => i.Set!.Members.Any(m => m.UserId == userId))
            .Select(i => new { i.CaseId, i.ItemIndex })
            .ToListAsync(cancellationToken);
        return [.. items.Select(i => (i.CaseId, i.ItemIndex))];
    }

    private IQueryable<ExerciseSet> WithParts() =>
        db.ExerciseSets
            .Include(s => s.Items.OrderBy(i => i.Position))
            .Include(s => s.Members)
            .AsSplitQuery();

    private Task<ExerciseSet?> OwnedSet(string ownerId, int id, CancellationToken cancellationToken) =>
        db.ExerciseSets.FirstOrDefaultAsync(s => s.Id == id && s.OwnerId == ownerId && s.Kind == ExerciseSetKind.Trainer, cancellationToken);

    private async Task<JoinOutcome> AddMember(ExerciseSet set, string userId, CancellationToken cancellationToken)
    {
        if (set.Kind != ExerciseSetKind.Trainer)
        {
            return JoinOutcome.NoSuchSet;
        }
        // The trainer sees the decisions while making the set; answering it would teach nothing and skew its results.
        if (set.OwnerId == userId)
        {
            return JoinOutcome.OwnSet;
        }
        if (await db.ExerciseMembers.AnyAsync(m => m.SetId == set.Id && m.UserId == userId, cancellationToken))
        {
            return JoinOutcome.AlreadyJoined;
        }
        if (await db.ExerciseMembers.CountAsync(m => m.SetId == set.Id, cancellationToken) >= ExerciseSet.MaxMembers)
        {
            return JoinOutcome.Full;
        }
        db.ExerciseMembers.Add(new ExerciseMember { SetId = set.Id, UserId = userId, JoinedAt = Now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return JoinOutcome.AlreadyJoined;
        }
        return JoinOutcome.Joined;
    }

    private async Task<ExerciseSet> NewSet(string ownerId, ExerciseSetKind kind, string title, string origin, CancellationToken cancellationToken)
    {
        if (await db.ExerciseSets.CountAsync(s => s.OwnerId == ownerId, cancellationToken) >= MaxSetsPerUser)
        {
            throw new WorkspaceInputException($"You already have {MaxSetsPerUser} exercise sets, the most one account can keep. Delete one first.");
        }
        var trimmed = title.Trim();
        if (trimmed.Length == 0)
        {
            throw new WorkspaceInputException("Give the set a title.");
        }
        if (trimmed.Length > ExerciseSet.MaxTitleLength)
        {
            throw new WorkspaceInputException($"A title is at most {ExerciseSet.MaxTitleLength} characters; this one has {trimmed.Length:N0}.");
        }
        var set = new ExerciseSet
        {
            OwnerId = ownerId,
            Kind = kind,
            Title = trimmed,
            Origin = origin.Length <= ExerciseSet.MaxOriginLength ? origin : origin[..(ExerciseSet.MaxOriginLength - 1)] + "…",
            JoinToken = kind == ExerciseSetKind.Trainer ? ShareTokens.Create() : null,
            CreatedAt = Now,
        };
        db.ExerciseSets.Add(set);
        return set;
    }

    private static void AddDrawn(ExerciseSet set, IReadOnlyList<DrawnItem> drawn) =>
        set.Items.AddRange(drawn.Select((d, position) => new ExerciseItem
        {
            Position = position,
            CaseId = d.CaseId,
            ItemIndex = d.ItemIndex,
            ItemText = d.Item.Length <= CollectionItem.MaxItemTextLength ? d.Item : d.Item[..(CollectionItem.MaxItemTextLength - 1)] + "…",
            Treatment = d.Treatment,
        }));

    private static int Count(int count) =>
        count is >= 1 and <= MaxCount ? count : throw new WorkspaceInputException($"A set has 1 to {MaxCount} exercises (asked: {count}).");

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
