namespace ImrSearch.Web.Workspaces;

/// <summary>Input a workspace refuses (too long, empty, over a limit), with a message for the person who sent it (a 400).</summary>
public sealed class WorkspaceInputException(string message) : Exception(message);
