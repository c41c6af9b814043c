namespace ImrSearch.Index;

/// <summary>A date as the index holds it for sorting and ranges: the number yyyymmdd, which orders as dates do.</summary>
public static class DateKey
{
    public static int Of(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    /// <summary>The date a key stands for, or null for 0 (unknown) and anything not a date.</summary>
    public static DateOnly? ToDate(long key)
    {
        var year = (int)(key / 10000);
        var month = (int)(key / 100 % 100);
        var day = (int)(key % 100);
        return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }
}
