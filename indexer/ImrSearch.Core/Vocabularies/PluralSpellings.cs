namespace ImrSearch.Vocabularies;

/// <summary>
/// The plural spellings of a vocabulary term, so data files list "knee" once rather than "knee|knees".
/// Only the last word is inflected ("x-ray" gives "x-rays", "therapy" gives "therapies").
/// </summary>
internal static class PluralSpellings
{
    public static IEnumerable<string> Of(string term)
    {
        yield return term;
        var lastSpace = term.LastIndexOfAny([' ', '-', '/']);
        var last = term[(lastSpace + 1)..];
        if (last.Length < 3 || !last.All(char.IsLetter) || last.EndsWith('s'))
        {
            yield break;
        }

        if (last.EndsWith('y') && !"aeiou".Contains(last[^2]))
        {
            yield return term[..^1] + "ies";
        }
        else if (last.EndsWith("ch") || last.EndsWith("sh") || last.EndsWith('x'))
        {
            yield return term + "es";
        }
        else
        {
            yield return term + "s";
        }
    }
}
