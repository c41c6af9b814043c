using System.Globalization;

namespace ImrSearch.Synthetic.Composition;

/// <summary>Writes dates the three ways letters do: 07/21/1999, May 21, 2013, 05/24/14.</summary>
public static class DateText
{
    public static string Write(DateOnly date, DateWriting writing) => writing switch
    {
        DateWriting.Numeric => date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture),
        DateWriting.Long => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
        _ => date.ToString("MM/dd/yy", CultureInfo.InvariantCulture),
    };

    /// <summary>The header block always writes dates as MM/dd/yyyy.</summary>
    public static string Header(DateOnly date) => date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);
}
