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
            else
            {
                // Most of the section is boilerplate; only sentences naming the reviewer's credentials are searched.
                var sentence = paragraph.Contains("reviewer is", StringComparison.OrdinalIgnoreCase) ? CredentialSentence().Match(paragraph) : Match.Empty;
                if (sentence.Success)
                {
                    foreach (var piece in SpecialtySeparator().Split(sentence.Groups["credentials"].Value))
                    {
                        AddSpecialties(LeadingCredentialWords().Replace(piece, ""), vocabulary, specialties);
                    }
                }

                var licence = paragraph.Contains("licensed", StringComparison.OrdinalIgnoreCase) ? LicenceSentence().Match(paragraph) : Match.Empty;
                if (licence.Success)
                {
                    AddStates(licence.Groups["states"].Value, vocabulary, licensure);
                }

                var statementStart = sentence.Success ? sentence.Index : licence.Success ? SentenceStart(paragraph, licence.Index) : -1;
                if (statementStart >= 0)
                {
                    // Each pattern reads past its sentence (to the licence clause or the full stop): the statement ends with what it captured.
                    var statementEnd = Math.Max(sentence.Success ? End(sentence.Groups["credentials"]) : 0, licence.Success ? SpacesBeforeStop(paragraph, End(licence.Groups["states"])) : 0);
                    if (statementEnd < paragraph.Length && paragraph[statementEnd] == '.')
                    {
                        statementEnd++;
                    }

                    statement.Add(paragraph[statementStart..statementEnd].Trim());
                }
            }
        }

        return new ReviewerCredentials(specialties, licensure, string.Join("\n", statement));
    }

    private static int End(Group group) => group.Index + group.Length;

    /// <summary>Past the spaces after <paramref name="index"/> when a full stop follows them.</summary>
    private static int SpacesBeforeStop(string text, int index)
    {
        var end = index;
        while (end < text.Length && char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return end < text.Length && text[end] == '.' ? end : index;
    }

    private static int SentenceStart(string text, int index)
    {
        var stop = text.LastIndexOf(". ", index, StringComparison.Ordinal);
        return stop < 0 ? 0 : stop + 2;
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

    [GeneratedRegex(@"^Certifications?(?:\(s\))?\s*/\s*Specialt(?:y|ies)(?:\(ies\))?\s*:\s*(?<value>.*)$", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex SpecialtyBlock();

    [GeneratedRegex(@"^States?(?:\(s\))?\s+of\s+Licensure\s*:\s*(?<value>.*)$", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex LicensureBlock();

    /// <summary>"reviewer is &lt;credentials&gt;", up to the licence clause or the sentence end (matched, not looked ahead at: the engine is linear).</summary>
    [GeneratedRegex(@"(?:The\s+)?(?:expert|physician|professional|medical)\s+reviewer\s+is\s+(?<credentials>(?:Board[- ]Certified|certified|a|an|licensed\s+as)\b[^.]*?)(?:,?\s+(?:and\s+)?(?:is\s+)?(?:currently\s+)?licensed\s+(?:to\s+practice\s+)?(?:medicine\s+)?in\b|\s*\.(?:\s|$)|\s*$)", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex CredentialSentence();

    /// <summary>"licensed to practice in California", "licensed in Texas and California", "licensed in the states of ...".</summary>
    [GeneratedRegex(@"\blicensed\s+(?:to\s+practice\s+)?(?:medicine\s+)?in\s+(?:the\s+states?\s+of\s+)?(?<states>[A-Z][^.]*?)\s*(?:\.(?:\s|$)|$|,?\s+and\s+(?:has|is|was)\b)", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex LicenceSentence();

    [GeneratedRegex(@",?\s*(?:and\s+)?(?:(?:has|with|holds)\s+(?:an?\s+)?)?sub-?specialt(?:y|ies)\s+(?:certification\s+|training\s+)?in\s+|,\s*(?:and\s+)?(?:is\s+)?(?:also\s+)?(?:Board[- ]Certified|certified)\s+in\s+|;\s*", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex SpecialtySeparator();

    [GeneratedRegex(@"^\s*(?:(?:Board[- ]Certified|certified|licensed\s+as)\s+(?:in\s+)?|an?\s+(?:licensed\s+|certified\s+|practicing\s+)?)", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex LeadingCredentialWords();

    [GeneratedRegex(@"\s*,\s*(?:and\s+)?|\s+and\s+|\s*;\s*|\s*/\s*", RegexOptions.IgnoreCase | LetterPatterns.Linear, LetterPatterns.TimeoutMilliseconds)]
    private static partial Regex StateSeparator();
}
