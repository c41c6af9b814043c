namespace ImrSearch.Synthetic.Composition;

/// <summary>The optional header block (case number and dates) in the three layouts PDF extraction produces.</summary>
public static class HeaderComposer
{
    public static string CaseNumber(CaseFacts facts, long letterNumber, int corpusSeed)
    {
        // CM + two-digit application year + seven digits, unique per letter: an odd multiplier coprime to 10 is a
        // bijection on 0..9,999,999, so letters never share a number within ten million.
        var digits = (letterNumber * 7_919 + (uint)corpusSeed * 104_729L) % 10_000_000;
        return $"CM{facts.ApplicationReceived.Year % 100:D2}-{digits:D7}";
    }

    public static IReadOnlyList<string> Lines(CaseFacts facts, string caseNumber, HeaderLayout layout, LetterRandom random)
    {
        var pairs = new List<(string Label, string Value)>
        {
            ("Case Number:", caseNumber),
            ("Date Assigned:", DateText.Header(facts.DateAssigned)),
            ("Date of Injury:", DateText.Header(facts.DateOfInjury)),
            ("Decision Date:", DateText.Header(facts.DecisionDate)),
            ("UR Denial Date:", DateText.Header(facts.UrDenialDate)),
            ("Priority:", random.Chance(0.9) ? "Standard" : "Expedited"),
            ("Application Received:", DateText.Header(facts.ApplicationReceived)),
        };
        return layout switch
        {
            HeaderLayout.OnePerLine => pairs.Select(p => $"{p.Label} {p.Value}").ToList(),
            HeaderLayout.TwoColumns => Enumerable.Range(0, (pairs.Count + 1) / 2)
                .Select(i => i * 2 + 1 < pairs.Count
                    ? $"{pairs[i * 2].Label} {pairs[i * 2].Value}  {pairs[i * 2 + 1].Label} {pairs[i * 2 + 1].Value}"
                    : $"{pairs[i * 2].Label} {pairs[i * 2].Value}")
                .ToList(),
            HeaderLayout.LabelAbove => pairs.SelectMany(p => new[] { p.Label, p.Value }).ToList(),
            _ => [],
        };
    }
}
