using ImrSearch.Domain;

namespace ImrSearch.Web.Training;

/// <summary>
/// A trainee's answer as sent by the form or the API, unchecked. The decision is spelled as the trainee's act
/// ("uphold" / "overturn"), never as the outcome words, so the exercise page holds no decision word before answering.
/// </summary>
public sealed record AnswerInput(string? Decision, string? GuidelineDocument, string? GuidelineSection, string? Rationale)
{
    public const string Uphold = "uphold";
    public const string Overturn = "overturn";

    /// <summary>The checked answer, or the reasons it is refused (each a sentence for the trainee).</summary>
    public (CheckedAnswer? Answer, IReadOnlyList<string> Errors) Check()
    {
        var errors = new List<string>();
        Decision? decision = (Decision ?? "").Trim().ToLowerInvariant() switch
        {
            Uphold => Domain.Decision.Upheld,
            Overturn => Domain.Decision.Overturned,
            _ => null,
        };
        if (decision is null)
        {
            errors.Add("Choose whether to uphold or overturn the denial.");
        }

        var document = GuidelineChoices.Find(GuidelineDocument);
        if (document is null)
        {
            errors.Add("Choose the guideline document you would rely on from the list.");
        }

        var section = (GuidelineSection ?? "").Trim();
        if (section.Length > ExerciseAnswer.MaxSectionLength)
        {
            errors.Add($"The section or page is at most {ExerciseAnswer.MaxSectionLength} characters; this one has {section.Length:N0}.");
        }

        var rationale = (Rationale ?? "").Trim();
        if (rationale.Length == 0)
        {
            errors.Add("Write a short rationale: why you decide as you do.");
        }
        else if (rationale.Length > ExerciseAnswer.MaxRationaleLength)
        {
            errors.Add($"The rationale is at most {ExerciseAnswer.MaxRationaleLength:N0} characters; this one has {rationale.Length:N0}.");
        }

        return errors.Count > 0 ? (null, errors) : (new CheckedAnswer(decision!.Value, document!.Name, section, rationale), errors);
    }
}

/// <summary>An answer whose every part is within bounds and from the vocabularies.</summary>
public sealed record CheckedAnswer(Decision Decision, string GuidelineDocument, string GuidelineSection, string Rationale);
