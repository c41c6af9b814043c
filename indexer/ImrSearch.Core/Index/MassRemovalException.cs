namespace ImrSearch.Index;

/// <summary>
/// A build would remove more than half of the letters in the index, which is far likelier an empty, wrong or
/// unmounted corpus folder than a real deletion; nothing was changed.
/// </summary>
public sealed class MassRemovalException(string corpusDirectory, int removing, int indexed, int found)
    : InvalidOperationException(
        $"This build would remove {removing:N0} of the {indexed:N0} letters in the index, because the corpus folder {corpusDirectory} "
        + $"now holds {found:N0} letters. Is it the right folder, and mounted? Nothing was changed. "
        + "To remove them anyway, run the build with --allow-mass-removal.")
{
    public int Removing { get; } = removing;

    public int Indexed { get; } = indexed;
}
