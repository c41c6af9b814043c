using System.Text.RegularExpressions;
using ImrSearch.Domain;
using ImrSearch.Vocabularies;

namespace ImrSearch.Parsing;

/// <summary>
/// Reads the expert reviewer's specialties and licensure from the credentials section, written either as a sentence
/// ("The expert reviewer is Board Certified in X, has a subspecialty in Y and is licensed to practice in California")
/// or as a block ("State(s) of Licensure: ..." / "Certification(s)/Specialty: ...").
/// </summary>
public static partial class ReviewerCredentialsParser
{
    public static ReviewerCredentials Parse(IReadOnlyList<string> paragraphs, ImrVocabulary vocabulary)
    {
        var specialties = new List<string>();
        var licensure = new List<string>();
        var statement = new List<string>();

        foreach (var paragraph in paragraphs)
        {
            if (SpecialtyBlock().Match(paragraph) is { Success: true } block)
            {
                statement.Add(paragraph);
                foreach (var piece in block.Groups["value"].Value.Split([',', ';']))
                {
                    AddSpecialties(piece, vocabulary, specialties);
                }
            }
            else if (LicensureBlock().Match(paragraph) is { Success: true } states)
            {
                statement.Add(paragraph);
                AddStates(states.Groups["value"].Value, vocabulary, licensure);
            }
            else if (CredentialSentence().Match(paragraph) is { Success: true } sentence)
            {
                statement.Add(sentence.Value.Trim());
                var credentials = sentence.Groups["credentials"].Value;
                foreach (var piece in SpecialtySeparator().Split(credentials))
                {
                    AddSpecialties(LeadingCredentialWords().Replace(piece, ""), vocabulary, specialties);
                }

                if (sentence.Groups["states"].Success)
                {
                    AddStates(sentence.Groups["states"].Value, vocabulary, licensure);
                }
            }
        }

        return new ReviewerCredentials(specialties, licensure, string.Join("\n", statement));
    }

    private static void AddSpecialties(string piece, ImrVocabulary vocabulary, List<string> specialties)
    {
        var text = piece.Trim().Trim('.', ',', ';', ':').Trim();
        if (text.Length == 0)
        {
            return;
        }

        var found = vocabulary.Specialties.FindIn(text);
        if (found.Count == 0 && text.Length <= 80 && !text.Any(char.IsDigit))
        {
            // A specialty the vocabulary does not know yet is kept as written rather than lost.
            found = [text];
        }

        foreach (var specialty in found)
        {
            if (!specialties.Contains(specialty, StringComparer.OrdinalIgnoreCase))
            {
                specialties.Add(specialty);
            }
        }
    }

    private static void AddStates(string text, ImrVocabulary vocabulary, List<string> licensure)
    {
        foreach (var piece in StateSeparator().Split(text.Trim().TrimEnd('.')))
        {
            if (vocabulary.States.Normalize(piece) is { } state && !licensure.Contains(state))
            {
                licensure.Add(state);
            }
        }
    }

    [GeneratedRegex(@"^Certifications?(?:\(s\))?\s*/\s*Specialt(?:y|ies)(?:\(ies\))?\s*:\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex SpecialtyBlock();

    [GeneratedRegex(@"^States?(?:\(s\))?\s+of\s+Licensure\s*:\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex LicensureBlock();

    /// <summary>"reviewer is &lt;credentials&gt; and is licensed to practice in &lt;states&gt;." (the licence clause optional).</summary>
    [GeneratedRegex(@"(?:The\s+)?(?:expert|physician|professional|medical)\s+reviewer\s+is\s+(?<credentials>(?:Board[- ]Certified|certified|a|an|licensed\s+as)\b[^.]*?)(?:,?\s+(?:and\s+)?(?:is\s+)?(?:currently\s+)?licensed\s+(?:to\s+practice\s+)?in\s+(?:the\s+states?\s+of\s+)?(?<states>[^.]+?))?\s*(?:\.(?=\s|$)|$)", RegexOptions.IgnoreCase)]
    private static partial Regex CredentialSentence();

    [GeneratedRegex(@",?\s*(?:and\s+)?(?:(?:has|with|holds)\s+(?:an?\s+)?)?sub-?specialt(?:y|ies)\s+(?:certification\s+|training\s+)?in\s+|,\s*(?:and\s+)?(?:is\s+)?(?:also\s+)?(?:Board[- ]Certified|certified)\s+in\s+|;\s*", RegexOptions.IgnoreCase)]
    private static partial Regex SpecialtySeparator();

    [GeneratedRegex(@"^\s*(?:(?:Board[- ]Certified|certified|licensed\s+as)\s+(?:in\s+)?|an?\s+(?:licensed\s+|certified\s+|practicing\s+)?)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingCredentialWords();

    [GeneratedRegex(@"\s*,\s*(?:and\s+)?|\s+and\s+|\s*;\s*|\s*/\s*", RegexOptions.IgnoreCase)]
    private static partial Regex StateSeparator();
}
