namespace ImrSearch.Index;

/// <summary>How far a build has got: letters looked at out of those found, and the time spent so far.</summary>
public sealed record BuildProgress(int Processed, int Total, TimeSpan Elapsed)
{
    /// <summary>Letters per second so far, 0 at the start.</summary>
    public double Rate => Elapsed.TotalSeconds > 0 ? Processed / Elapsed.TotalSeconds : 0;

    /// <summary>Estimated time left at the rate so far, null until there is a rate.</summary>
    public TimeSpan? Remaining => Rate > 0 ? TimeSpan.FromSeconds((Total - Processed) / Rate) : null;
}
