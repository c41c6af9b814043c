namespace ImrSearch.Domain;

/// <summary>The outcome of reading one letter: a determination, or the reason it was rejected.</summary>
public sealed record LetterParseResult(string Source, Determination? Determination, string? Error)
{
    public bool IsParsed => Determination is not null;

    public static LetterParseResult Parsed(string source, Determination determination) => new(source, determination, null);

    public static LetterParseResult Rejected(string source, string reason) => new(source, null, reason);
}
