using System.Globalization;
using System.Text.RegularExpressions;

namespace ImrSearch.Parsing;

/// <summary>Dates as letters write them: "07/21/1999", "05/24/14", "7-21-1999", "May 21, 2013", "Sept. 3 2014".</summary>
public static partial class LetterDate
{
    /// <summary>The date grammar, for composing into other patterns (it has no named groups).</summary>
    internal const string Pattern =
        @"(?:[0-9]{1,2}[/-][0-9]{1,2}[/-](?:[0-9]{4}|[0-9]{2})\b|(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?,?\s+[0-9]{4}\b)";

    /// <summary>Reads the date at the start of the text (after spaces); null when there is none or it is not a real date.</summary>
    public static DateOnly? ParseStart(string text)
    {
        var match = DateAtStart().Match(text);
        return match.Success ? Read(match) : null;
    }

    /// <summary>Every date in the text, in order.</summary>
    public static IEnumerable<(DateOnly Date, int Index, int Length)> FindAll(string text)
    {
        var match = AnyDate().Match(text);
        while (match.Success)
        {
            // "1/05/24/14" holds no date: one may not start right after a slash.
            if (match.Index > 0 && text[match.Index - 1] == '/')
            {
                match = AnyDate().Match(text, match.Index + 1);
                continue;
            }

            if (Read(match) is { } date)
            {
                yield return (date, match.Index, match.Length);
            }

            match = match.NextMatch();
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

    /// <summary>A month's number from its name or abbreviation (the pattern that matched has checked the name).</summary>
    internal static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
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
        @"(?:(?<m>[0-9]{1,2})[/-](?<d>[0-9]{1,2})[/-](?<y>[0-9]{4}|[0-9]{2})\b|(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<day>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<year>[0-9]{4})\b)";

    [GeneratedRegex(@"^\s*" + Named, RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex DateAtStart();

    [GeneratedRegex(@"\b" + Named, RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex AnyDate();
}
