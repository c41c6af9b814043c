using System.Text.RegularExpressions;
using ImrSearch.Domain;

namespace ImrSearch.Parsing;

/// <summary>
/// Reads age, sex and date of injury from the clinical case summary, only where it states them.
/// Sex comes from a word next to the age or the worker ("49-year-old female", "the applicant is a man"), or from a
/// possessive in the sentence that says how the worker was hurt ("The claimant injured his low back"): there the
/// pronoun can only be the worker's. Other pronouns are not read, since they may refer to a provider.
/// </summary>
public static partial class PatientFactsParser
{
    public static PatientFacts Parse(string summary, DateOnly? headerDateOfInjury = null) =>
        new(Age(summary), Sex(summary), headerDateOfInjury ?? DateOfInjury(summary));

    private static int? Age(string summary)
    {
        var match = AgePhrase().Match(summary);
        if (!match.Success)
        {
            return null;
        }

        var age = int.Parse(match.Groups["age"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        return age is >= 14 and <= 110 ? age : null;
    }

    private static string? Sex(string summary)
    {
        foreach (var pattern in new[] { SexAfterAge(), SexOfWorker(), SexBeforeWorker() })
        {
            var match = pattern.Match(summary);
            if (match.Success)
            {
                return FromWord(match.Groups["sex"].Value);
            }
        }

        var injury = PossessiveOfInjury().Match(summary);
        return injury.Success ? FromWord(injury.Groups["pronoun"].Value) : null;
    }

    private static string FromWord(string word) => word.ToLowerInvariant() switch
    {
        "female" or "woman" or "lady" or "her" => "female",
        _ => "male",
    };

    private static DateOnly? DateOfInjury(string summary)
    {
        Match? first = null;
        foreach (var pattern in new[] { DateOfInjuryPhrase(), InjuryOfDate(), InjuredOnDate(), InjuryToOnDate(), DoiDate() })
        {
            var match = pattern.Match(summary);
            while (match.Success && (LetterDate.ParseStart(match.Groups["date"].Value) is null || AboutInjuredWorkers(match)))
            {
                // An "injured worker(s)" match is no date of injury, but a later verb inside it may start one.
                match = AboutInjuredWorkers(match) ? pattern.Match(summary, match.Index + 1) : match.NextMatch();
            }

            if (match.Success && (first is null || match.Index < first.Index))
            {
                first = match;
            }
        }

        return first is null ? null : LetterDate.ParseStart(first.Groups["date"].Value);
    }

    /// <summary>"injured workers on 01/02/2014" names workers, not when this one was hurt.</summary>
    private static bool AboutInjuredWorkers(Match match) =>
        match.Groups["words"] is { Success: true } words && InjuredWorkers().IsMatch(words.ValueSpan);

    [GeneratedRegex(@"^workers?\b", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex InjuredWorkers();

    [GeneratedRegex(@"\b(?<age>[0-9]{1,3})[- ]?(?:year|yr)s?[- ]old\b", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex AgePhrase();

    [GeneratedRegex(@"\b[0-9]{1,3}[- ]?(?:year|yr)s?[- ]old\b[^.]{0,30}?\b(?<sex>female|male|woman|man|gentleman|lady)\b", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex SexAfterAge();

    [GeneratedRegex(@"\b(?:patient|claimant|applicant|employee|injured worker|worker)\s+is\s+an?\s+(?:[\w-]+\s+){0,4}?(?<sex>female|male|woman|man|gentleman|lady)\b", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex SexOfWorker();

    [GeneratedRegex(@"\b(?<sex>female|male)\s+(?:patient|claimant|applicant|employee|injured worker|worker)\b", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex SexBeforeWorker();

    [GeneratedRegex(@"\b(?:patient|claimant|applicant|employee|injured worker|worker)\s+(?:injured|hurt|strained|sprained|twisted|fractured|bruised|cut|lacerated)\s+(?<pronoun>his|her)\b", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex PossessiveOfInjury();

    [GeneratedRegex(@"\bdate\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?injury\s*(?:\(DOI\)\s*)?(?:of|on|is|was|:|,)?\s*(?<date>" + LetterDate.Pattern + ")", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex DateOfInjuryPhrase();

    [GeneratedRegex(@"\binjury\s+(?:of|on|dated|date)\s+(?<date>" + LetterDate.Pattern + ")", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex InjuryOfDate();

    [GeneratedRegex(@"\b(?:injured|hurt|sprained|strained|twisted|fractured)\s+(?<words>(?:[\w'’/-]+\s+){0,6}?)(?:on|in)\s+(?<date>" + LetterDate.Pattern + ")", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex InjuredOnDate();

    [GeneratedRegex(@"\binjur(?:y|ies)\s+to\s+(?:[\w'’/-]+\s+){0,6}?on\s+(?<date>" + LetterDate.Pattern + ")", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex InjuryToOnDate();

    [GeneratedRegex(@"\bDOI\b\s*(?:of|on|:|-)?\s*(?<date>" + LetterDate.Pattern + ")", LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex DoiDate();
}
