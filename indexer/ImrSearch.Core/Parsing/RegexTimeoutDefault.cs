using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace ImrSearch.Parsing;

/// <summary>
/// The last guard for patterns that do not set their own time limit: when the host has not chosen a default match
/// timeout, this library sets one before any of its patterns is built. A letter whose pattern runs past it is
/// rejected with the reason (<see cref="DeterminationParser"/>), so no single letter can hold a build or the site's
/// start-up for long, whatever pattern it trips.
/// </summary>
internal static class RegexTimeoutDefault
{
    private const string Key = "REGEX_DEFAULT_MATCH_TIMEOUT";

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "Must run before the first pattern of this library is built, whoever the host is.")]
    internal static void Set()
    {
        if (AppContext.GetData(Key) is null)
        {
            AppContext.SetData(Key, TimeSpan.FromMilliseconds(LetterPatterns.TimeoutMilliseconds));
        }
    }
}
