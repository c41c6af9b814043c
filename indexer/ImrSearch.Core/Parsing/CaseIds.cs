namespace ImrSearch.Parsing;

/// <summary>Case ids for letters that state no case number: the file's base name, stable across runs and machines.</summary>
public static class CaseIds
{
    public static string FromSource(string source)
    {
        var name = Path.GetFileNameWithoutExtension(source.Replace('\\', '/').TrimEnd('/'));
        return string.IsNullOrWhiteSpace(name) ? "letter" : name.Trim();
    }
}
