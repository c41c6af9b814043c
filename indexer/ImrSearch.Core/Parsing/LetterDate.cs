using System.Globalization;
using System.Text.RegularExpressions;

namespace ImrSearch.Parsing;

/// <summary>Dates as letters write them: "07/21/1999", "05/24/14", "7-21-1999", "May 21, 2013", "Sept. 3 2014".</summary>
public static partial class LetterDate
{
    /// <summary>The date grammar, for composing into other patterns (it has no named groups).</summary>
    internal const string Pattern =
        @"(?:\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2})(?!\d)|(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?!\d))";

    /// <summary>Reads the date at the start of the text (after spaces); null when there is none or it is not a real date.</summary>
    public static DateOnly? ParseStart(string text)
    {
        var match = DateAtStart().Match(text);
        return match.Success ? Read(match) : null;
    }

    /// <summary>Every date in the text, in order.</summary>
    public static IEnumerable<(DateOnly Date, int Index, int Length)> FindAll(string text)
    {
        foreach (Match match in AnyDate().Matches(text))
        {
            if (Read(match) is { } date)
            {
                yield return (date, match.Index, match.Length);
            }
        }
    }

    private static DateOnly? Read(Match match)
    {
        int year, month, day;
        if (match.Groups["m"].Success)
        {
            month = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
            day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
            year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
            if (match.Groups["y"].Length == 2)
            {
                // Two-digit years: IMR began in 2013, so "14" is 2014 and "99" is 1999.
                year += year < 50 ? 2000 : 1900;
            }
        }
        else
        {
            month = MonthNumber(match.Groups["month"].Value);
            day = int.Parse(match.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
            year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        }

        if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    private static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        _ => 12,
    };

    private const string Named =
        @"(?:(?<m>\d{1,2})[/-](?<d>\d{1,2})[/-](?<y>\d{4}|\d{2})(?!\d)|(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})(?!\d))";

    [GeneratedRegex(@"^\s*" + Named, RegexOptions.IgnoreCase)]
    private static partial Regex DateAtStart();

    [GeneratedRegex(@"(?<![\w/])" + Named, RegexOptions.IgnoreCase)]
    private static partial Regex AnyDate();
}
