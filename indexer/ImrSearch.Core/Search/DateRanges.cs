using System.Globalization;
using System.Text;

namespace ImrSearch.Search;

/// <summary>The dates a search can be limited by, each as the letter states it.</summary>
public enum DateKind
{
    /// <summary>The decision date, else the date assigned.</summary>
    Decided,

    /// <summary>The patient's date of injury.</summary>
    Injured,

    /// <summary>The date the IMR application was received, else the date assigned.</summary>
    Received,
}

/// <summary>A range of dates, both ends included; either end may be open.</summary>
public sealed record DateRange(DateOnly? From = null, DateOnly? To = null)
{
    public static DateRange Open { get; } = new();

    public bool IsOpen => From is null && To is null;
}

/// <summary>
/// The date ranges of a search: decided, injured and received. An item without the date a range is on is left out
/// by the range (and counted, see <see cref="SearchResponse.MissingDates"/>).
/// </summary>
public sealed record DateRanges(DateRange Decided, DateRange Injured, DateRange Received)
{
    /// <summary>Dates outside these years are refused: no letter of the program is dated before or after them.</summary>
    public static readonly DateOnly Earliest = new(1900, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);

    public static DateRanges None { get; } = new(DateRange.Open, DateRange.Open, DateRange.Open);

    public static IReadOnlyList<DateKind> Kinds { get; } = [DateKind.Decided, DateKind.Injured, DateKind.Received];

    public bool IsEmpty => Decided.IsOpen && Injured.IsOpen && Received.IsOpen;

    public DateRange this[DateKind kind] => kind switch
    {
        DateKind.Decided => Decided,
        DateKind.Injured => Injured,
        _ => Received,
    };

    /// <summary>The ranges with a limit, in <see cref="Kinds"/> order.</summary>
    public IEnumerable<(DateKind Kind, DateRange Range)> Active =>
        Kinds.Where(k => !this[k].IsOpen).Select(k => (k, this[k]));

    public DateRanges With(DateKind kind, DateRange range) => kind switch
    {
        DateKind.Decided => this with { Decided = range },
        DateKind.Injured => this with { Injured = range },
        _ => this with { Received = range },
    };

    /// <summary>The URL and JSON parameter of one end: decidedFrom, injuredTo...</summary>
    public static string Parameter(DateKind kind, bool from) =>
        kind.ToString().ToLowerInvariant() + (from ? "From" : "To");

    /// <summary>What a reader calls the date: "decision date", "date of injury", "date received".</summary>
    public static string Describe(DateKind kind) => kind switch
    {
        DateKind.Decided => "decision date",
        DateKind.Injured => "date of injury",
        _ => "date received",
    };

    /// <summary>Reads one end as given in a URL or on the command line: an ISO date (yyyy-MM-dd), or blank for open.</summary>
    /// <exception cref="SearchRequestException">Not an ISO date, or outside <see cref="Earliest"/>..<see cref="Latest"/>.</exception>
    public static DateOnly? ParseDate(string parameter, string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return null;
        }

        if (trimmed.Length != 10
            || !DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var shown = trimmed.Length > 20 ? trimmed[..20] + "..." : trimmed;
            throw new SearchRequestException($"{parameter} must be a date written yyyy-MM-dd, such as 2016-07-28 (got '{shown}').");
        }

        if (date < Earliest || date > Latest)
        {
            throw new SearchRequestException($"{parameter} must be between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd} (got {trimmed}).");
        }

        return date;
    }

    /// <summary>Checks every range's ends: within the years allowed, and the start not after the end.</summary>
    /// <exception cref="SearchRequestException">The first range out of order, said for the person who sent it.</exception>
    public void Validate()
    {
        foreach (var (kind, range) in Active)
        {
            foreach (var (end, from) in new[] { (range.From, true), (range.To, false) })
            {
                if (end is { } date && (date < Earliest || date > Latest))
                {
                    throw new SearchRequestException($"{Parameter(kind, from)} must be between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd} (got {date:yyyy-MM-dd}).");
                }
            }

            if (range is { From: { } start, To: { } stop } && start > stop)
            {
                throw new SearchRequestException(
                    $"{Parameter(kind, true)} ({start:yyyy-MM-dd}) is after {Parameter(kind, false)} ({stop:yyyy-MM-dd}); the {Describe(kind)} range is empty.");
            }
        }
    }

    /// <summary>A stable text of the ranges, for cache keys ("" for none).</summary>
    public string Key()
    {
        var key = new StringBuilder();
        foreach (var (kind, range) in Active)
        {
            key.Append(Parameter(kind, true)).Append('=').Append(range.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Append(';').Append(range.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(';');
        }

        return key.ToString();
    }
}
