namespace ImrSearch.Highlighting;

/// <summary>A passage chosen from a text: its character range and whether it cuts into a sentence at either end.</summary>
public readonly record struct PassageRange(int Start, int End, bool CutBefore, bool CutAfter, double Score)
{
    public int Length => End - Start;

    public bool Overlaps(PassageRange other) => Start < other.End && other.Start < End;
}
