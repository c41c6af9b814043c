namespace ImrSearch.Search.Execution;

/// <summary>
/// What a search would wait for if it ran now, told before it runs so that a caller able to wait without a thread
/// awaits it (see <see cref="DecisionSearcher.SearchAsync"/>): nothing (served from what is kept), the pass now
/// recording its query's hits, or a turn for a pass of its own over the index, on up to <see cref="Cores"/> cores.
/// </summary>
internal sealed record SearchWait(Task? RecordingPass, bool NeedsTurn, int Cores)
{
    public static readonly SearchWait Nothing = new(null, false, 0);
}
