namespace ImrSearch.Index;

/// <summary>Another build holds the index's write lock; this one stopped before changing anything.</summary>
public sealed class IndexLockedException : IOException
{
    public IndexLockedException(string indexDirectory, Exception? inner = null)
        : base($"The index at {indexDirectory} is locked: another build is writing to it. Wait for that build to finish, then run again.", inner)
    {
        IndexDirectory = indexDirectory;
    }

    public string IndexDirectory { get; }
}
