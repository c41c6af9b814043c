namespace ImrSearch.Index;

/// <summary>
/// The index could not be written (a full disk, a failing device): the build stopped and the previous commit is the
/// index, or, when the commit landed without every letter it should hold, says which.
/// </summary>
public sealed class IndexWriteException(string message, Exception? cause) : IOException(message, cause);
