using ImrSearch.Domain;
using ImrSearch.Index;
using ImrSearch.Search;
using ImrSearch.Web.Searching;
using ImrSearch.Web.Workspaces;

namespace ImrSearch.Web.Training;

/// <summary>How a set's items are drawn from a search.</summary>
public enum DrawMode
{
    /// <summary>At random, half Upheld and half Overturned (as near as the search allows): about 9 in 10 real items
    /// are Upheld, so a draw as decided would teach that "upheld" is the safe answer.</summary>
    Even,

    /// <summary>At random, outcomes in the proportion the search has them.</summary>
    AsDecided,

    /// <summary>The search's first items, in its order (a trainer's hand-picked query).</summary>
    InOrder,
}

/// <summary>A decided item drawn for a set.</summary>
public sealed record DrawnItem(string CaseId, int ItemIndex, string Item, string Treatment, Decision Decision);

/// <summary>
/// Draws decided items from a search, leaving out those a trainee has already seen. A random draw reads at most
/// <see cref="MaxPagesRead"/> pages of 100 items at random places of the search (in case order), so its cost is
/// bounded whatever the search's size; below 800 matches that is every match.
/// </summary>
public sealed class ExerciseDraw(ISearchCore search)
{
    public const int MaxPagesRead = 8;
    private const int PageSize = SearchRequest.MaxPageSize;

    /// <summary>The drawn items and, when the draw could not be as even as asked, a sentence saying why.</summary>
    /// <exception cref="WorkspaceInputException">The search is refused, or matches nothing new.</exception>
    public (IReadOnlyList<DrawnItem> Items, string? Note) Draw(
        SearchParameters parameters, int count, DrawMode mode, IReadOnlySet<(string CaseId, int ItemIndex)> seen, Random random)
    {
        if (mode == DrawMode.InOrder)
        {
            var inOrder = Page(parameters with { Size = PageSize }, 1, parameters.Sort).Hits
                .Where(h => !seen.Contains((h.CaseId, h.ItemIndex))).Take(count).Select(ToDrawn).ToList();
            return NotEmpty(inOrder, null);
        }

        if (mode == DrawMode.AsDecided)
        {
            return NotEmpty(Candidates(parameters, count, seen, random).Take(count).ToList(), null);
        }

        var withoutDecision = parameters with { Selections = [.. parameters.Selections.Where(s => s.Dimension != IndexSchema.Decision)] };
        var upheld = Candidates(WithDecision(withoutDecision, Decision.Upheld), count, seen, random);
        var overturned = Candidates(WithDecision(withoutDecision, Decision.Overturned), count, seen, random);
        // Half each; an odd count's extra item goes to either outcome at random, so its parity tells nothing.
        var upheldWanted = count / 2 + (count % 2 == 1 && random.Next(2) == 0 ? 1 : 0);
        var overturnedWanted = count - upheldWanted;
        string? note = null;
        if (overturned.Count < overturnedWanted || upheld.Count < upheldWanted)
        {
            note = $"Only {Math.Min(upheld.Count, upheldWanted) + Math.Min(overturned.Count, overturnedWanted)} could be drawn evenly " +
                $"({upheld.Count} upheld and {overturned.Count} overturned items not seen yet were found); the rest came from the other outcome.";
            if (overturned.Count < overturnedWanted)
            {
                (upheldWanted, overturnedWanted) = (count - overturned.Count, overturned.Count);
            }
            else
            {
                (upheldWanted, overturnedWanted) = (upheld.Count, count - upheld.Count);
            }
        }

        var drawn = upheld.Take(upheldWanted).Concat(overturned.Take(overturnedWanted)).ToList();
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(drawn));
        return NotEmpty(drawn, note);
    }

    /// <summary>Up to <paramref name="count"/> unseen items of a search, at random.</summary>
    private List<DrawnItem> Candidates(SearchParameters parameters, int count, IReadOnlySet<(string, int)> seen, Random random)
    {
        var total = Page(parameters with { Size = SearchRequest.MinPageSize }, 1, SearchSort.Case).Total;
        var pages = (int)Math.Min((total + PageSize - 1) / PageSize, SearchParameters.MaxPage);
        var order = Enumerable.Range(1, pages).ToArray();
        random.Shuffle(order);
        var found = new List<DrawnItem>();
        foreach (var page in order.Take(MaxPagesRead))
        {
            found.AddRange(Page(parameters with { Size = PageSize }, page, SearchSort.Case).Hits
                .Where(h => !seen.Contains((h.CaseId, h.ItemIndex)))
                .Select(ToDrawn));
            // Enough to choose from at random without reading the whole search.
            if (found.Count >= count * 4)
            {
                break;
            }
        }

        var candidates = found.DistinctBy(d => (d.CaseId, d.ItemIndex)).ToArray();
        random.Shuffle(candidates);
        return [.. candidates.Take(count)];
    }

    private SearchResponse Page(SearchParameters parameters, int page, SearchSort sort)
    {
        SearchResponse response;
        try
        {
            response = search.Search((parameters with { Page = page, Sort = sort }).ToRequest());
        }
        catch (SearchRefusedException refused)
        {
            throw new WorkspaceInputException(refused.Message);
        }

        return response.Stopped
            ? throw new WorkspaceInputException("The search took too long to draw from; narrow it (a treatment, a body region) and try again.")
            : response;
    }

    private static SearchParameters WithDecision(SearchParameters parameters, Decision decision) =>
        parameters with { Selections = [.. parameters.Selections, new FilterValue(IndexSchema.Decision, decision.ToString())] };

    private static DrawnItem ToDrawn(SearchHit hit) => new(hit.CaseId, hit.ItemIndex, hit.Item, hit.Treatment, hit.Decision);

    private static (IReadOnlyList<DrawnItem>, string?) NotEmpty(List<DrawnItem> items, string? note) =>
        items.Count > 0
            ? (items, note)
            : throw new WorkspaceInputException("The search matches no decided item you have not seen already. Try a wider search.");
}
