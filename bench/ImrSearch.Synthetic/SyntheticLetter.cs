using ImrSearch.Domain;

namespace ImrSearch.Synthetic;

/// <summary>One generated letter: where it goes, its text as PDF extraction would give it, and its true fields.</summary>
/// <param name="Number">The letter's number in its corpus (0-based).</param>
/// <param name="RelativePath">Path under the corpus folder, with '/' separators ("0000/0000042_3f9c0d1e2a4b5c6d.txt").</param>
/// <param name="Truth">What a perfect parser would read from <paramref name="Text"/>.</param>
public sealed record SyntheticLetter(long Number, string RelativePath, string Text, Determination Truth)
{
    public int ItemCount => Truth.Decisions.Count;
}
