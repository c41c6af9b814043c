namespace ImrSearch.Indexer.Commands;

/// <summary>Exit codes shared by every command.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Some letters were rejected; the rest were processed.</summary>
    public const int SomeRejected = 1;

    /// <summary>Usage error or I/O error.</summary>
    public const int Usage = 2;
}
