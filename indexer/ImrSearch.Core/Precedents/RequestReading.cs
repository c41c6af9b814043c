namespace ImrSearch.Precedents;

/// <summary>
/// What a request asks for, read with the parser's vocabularies: from a pasted draft (what the check shows as
/// "recognised" and the user may correct) or from a decided item (for similar decisions).
/// </summary>
/// <param name="Treatment">The treatment category ("Topical analgesics"), or null when none is named.</param>
/// <param name="Named">The words naming the drug or procedure itself ("ketoprofen"), lower case.</param>
/// <param name="BodyRegion">The body region ("Wrist and hand"), or null.</param>
/// <param name="Guidelines">Guideline documents the text cites ("Chronic Pain Medical Treatment Guidelines").</param>
/// <param name="Quantity">The quantity asked for (QTY, #, number of visits), or null.</param>
public sealed record RequestReading(
    string? Treatment,
    IReadOnlyList<string> Named,
    string? BodyRegion,
    IReadOnlyList<string> Guidelines,
    decimal? Quantity)
{
    /// <summary>At most this many named words are kept, and this many guideline documents: a request names a few.</summary>
    public const int MaxNamed = 12;

    public const int MaxGuidelines = 8;

    /// <summary>Nothing recognised: the ranking is text similarity alone.</summary>
    public static RequestReading Empty { get; } = new(null, [], null, [], null);

    public bool IsEmpty => Treatment is null && Named.Count == 0 && BodyRegion is null && Guidelines.Count == 0 && Quantity is null;

    /// <summary>"Topical analgesics, ketoprofen, Wrist and hand, QTY 120; Chronic Pain Medical Treatment Guidelines", or "nothing".</summary>
    public string Describe()
    {
        var request = new List<string>();
        if (Treatment is not null)
        {
            request.Add(Treatment);
        }

        request.AddRange(Named);
        if (BodyRegion is not null)
        {
            request.Add(BodyRegion);
        }

        if (Quantity is decimal quantity)
        {
            request.Add("QTY " + quantity.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture));
        }

        var text = string.Join(", ", request);
        if (Guidelines.Count > 0)
        {
            text += (text.Length > 0 ? "; " : "") + string.Join(", ", Guidelines);
        }

        return text.Length > 0 ? text : "nothing";
    }
}
