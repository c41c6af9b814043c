using System.Text.RegularExpressions;

namespace ImrSearch.Parsing;

/// <summary>
/// How the parser's regular expressions run. Letters come from outside, so no pattern may take more than linear time
/// on any text: every one runs on the non-backtracking engine (time linear in the text, whatever the pattern), which
/// is why none uses lookarounds or backreferences. The timeout is a last guard only; a letter that reaches it is
/// rejected, never the build.
/// </summary>
internal static class LetterPatterns
{
    public const RegexOptions Linear = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    public const int TimeoutMilliseconds = 1000;
}
