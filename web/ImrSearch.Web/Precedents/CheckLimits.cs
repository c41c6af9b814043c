namespace ImrSearch.Web.Precedents;

/// <summary>Limits of the consistency check, shared by the <c>/check</c> page and <c>POST /api/check</c>.</summary>
public static class CheckLimits
{
    /// <summary>Room for the longest accepted draft, form- or JSON-encoded (multi-byte characters escaped).</summary>
    public const int MaxBodyBytes = 512 * 1024;

    /// <summary>Neighbours shown for a draft.</summary>
    public const int Neighbours = 10;
}
