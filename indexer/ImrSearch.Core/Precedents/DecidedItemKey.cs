using System.Globalization;

namespace ImrSearch.Precedents;

/// <summary>
/// One decided item by its letter's case id and its index in the letter (from 0, as <c>itemIndex</c> in search hits),
/// written <c>CM13-0012345/0</c>.
/// </summary>
public readonly record struct DecidedItemKey(string CaseId, int ItemIndex)
{
    /// <summary>Longer than any case id or letter file name; a longer key is refused before it is looked up.</summary>
    public const int MaxLength = 200;

    public override string ToString() => CaseId + "/" + ItemIndex.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads "CASE/ITEM"; false for anything else (no slash, an item that is not a whole number from 0...).</summary>
    public static bool TryParse(string? text, out DecidedItemKey key)
    {
        key = default;
        var trimmed = text?.Trim() ?? "";
        var slash = trimmed.LastIndexOf('/');
        if (trimmed.Length > MaxLength || slash <= 0
            || !int.TryParse(trimmed.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return false;
        }

        key = new DecidedItemKey(trimmed[..slash].Trim(), index);
        return key.CaseId.Length > 0;
    }
}

/// <summary>No decided item has the key: the letter is not in the index, or has fewer items.</summary>
public sealed class DecidedItemNotFoundException(DecidedItemKey key)
    : Exception($"No decided item {key}: no letter in the index has case id '{key.CaseId}' with an item {key.ItemIndex} (items count from 0).")
{
    public DecidedItemKey Key { get; } = key;
}
