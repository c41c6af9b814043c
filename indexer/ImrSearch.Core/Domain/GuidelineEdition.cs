using System.Globalization;
using System.Text.Json.Serialization;

namespace ImrSearch.Domain;

/// <summary>
/// The edition of a guideline a citation names: the year it gives ("Chronic Pain Medical Treatment 2009", "2007 ACOEM
/// Guidelines") and, when the letter states one, the date the edition took effect ("MTUS (Effective July 18, 2009)").
/// </summary>
/// <remarks>What the letter says, not which edition was in force on the decision date: a letter naming no edition
/// has none here.</remarks>
/// <param name="Year">The edition's year (the effective date's year when a date is given).</param>
/// <param name="Effective">The effective date the letter states, or null when it names a year only.</param>
[JsonConverter(typeof(GuidelineEditionJsonConverter))]
public sealed record GuidelineEdition(int Year, DateOnly? Effective)
{
    /// <summary>ISO 8601 at the precision the letter gives: "2009-07-18" or "2009".</summary>
    public override string ToString() =>
        Effective is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads <see cref="ToString"/>'s form back; null for null, empty or anything else.</summary>
    public static GuidelineEdition? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return new GuidelineEdition(year, null);
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new GuidelineEdition(date.Year, date)
            : null;
    }

    /// <summary>As a reader would say it: "effective July 18, 2009" or "2009 edition".</summary>
    public string Describe() =>
        Effective is { } date
            ? "effective " + date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)
            : Year.ToString(CultureInfo.InvariantCulture) + " edition";
}
