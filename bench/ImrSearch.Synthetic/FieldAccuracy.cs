using ImrSearch.Domain;

namespace ImrSearch.Synthetic;

/// <summary>
/// How often a parser reads each field exactly as the generator wrote it. Letter fields are compared once per
/// letter, item fields once per true item (aligned by position; a missing item counts wrong on every item field).
/// Text is compared after collapsing whitespace, so only words, not PDF spacing, matter. Thread-safe.
/// </summary>
public sealed class FieldAccuracy
{
    /// <summary>Field names, in the order reports list them.</summary>
    public static readonly IReadOnlyList<string> Fields =
    [
        "parsed", "caseId", "decisionDate", "specialties", "licensure", "age", "sex", "dateOfInjury", "summary",
        "itemCount", "item", "quantity", "treatment", "bodyRegion", "decision", "pages", "guidelineSources", "rationale",
    ];

    private const int ExamplesPerField = 3;
    private readonly object gate = new();
    private readonly Dictionary<string, FieldTally> tallies = Fields.ToDictionary(f => f, _ => new FieldTally());

    /// <summary>Compares one parse with the truth and counts every field.</summary>
    public void Add(Determination truth, LetterParseResult result)
    {
        var outcomes = new List<(string Field, bool Correct, string Expected, string Actual)>(32);
        var parsed = result.Determination;
        outcomes.Add(("parsed", parsed is not null, "parsed", result.Error ?? "parsed"));
        if (parsed is null)
        {
            Record(truth.Source, outcomes);
            return;
        }

        void Compare(string field, string? expected, string? actual) =>
            outcomes.Add((field, string.Equals(expected, actual, StringComparison.Ordinal), expected ?? "null", actual ?? "null"));

        Compare("caseId", truth.CaseId, parsed.CaseId);
        if (truth.Dates.DecisionDate is not null)
        {
            Compare("decisionDate", truth.Dates.DecisionDate?.ToString("O"), parsed.Dates.DecisionDate?.ToString("O"));
        }

        Compare("specialties", string.Join("; ", truth.Reviewer.Specialties), string.Join("; ", parsed.Reviewer.Specialties));
        Compare("licensure", string.Join("; ", truth.Reviewer.Licensure), string.Join("; ", parsed.Reviewer.Licensure));
        Compare("age", truth.Patient.Age?.ToString(), parsed.Patient.Age?.ToString());
        Compare("sex", truth.Patient.Sex, parsed.Patient.Sex);
        Compare("dateOfInjury", truth.Patient.DateOfInjury?.ToString("O"), parsed.Patient.DateOfInjury?.ToString("O"));
        Compare("summary", WhitespaceText.Collapse(truth.Summary), WhitespaceText.Collapse(parsed.Summary));
        Compare("itemCount", truth.Decisions.Count.ToString(), parsed.Decisions.Count.ToString());
        for (var i = 0; i < truth.Decisions.Count; i++)
        {
            var expected = truth.Decisions[i];
            var actual = i < parsed.Decisions.Count ? parsed.Decisions[i] : null;
            Compare("item", WhitespaceText.Collapse(expected.Item), actual is null ? null : WhitespaceText.Collapse(actual.Item));
            Compare("quantity", expected.Quantity?.ToString("0.##"), actual?.Quantity?.ToString("0.##"));
            Compare("treatment", expected.Treatment, actual?.Treatment);
            Compare("bodyRegion", expected.BodyRegion, actual?.BodyRegion);
            Compare("decision", expected.Decision.ToString(), actual?.Decision.ToString());
            Compare("pages", Pages(expected), actual is null ? null : Pages(actual));
            Compare("guidelineSources", Sources(expected), actual is null ? null : Sources(actual));
            Compare("rationale", WhitespaceText.Collapse(expected.Rationale), actual is null ? null : WhitespaceText.Collapse(actual.Rationale));
        }

        Record(truth.Source, outcomes);
    }

    /// <summary>Share of comparisons that matched, per field that was compared at least once.</summary>
    public IReadOnlyDictionary<string, double> Rates()
    {
        lock (gate)
        {
            return Fields.Where(f => tallies[f].Compared > 0)
                .ToDictionary(f => f, f => (double)tallies[f].Correct / tallies[f].Compared);
        }
    }

    public long Compared(string field)
    {
        lock (gate)
        {
            return tallies[field].Compared;
        }
    }

    /// <summary>A few mismatches per field (source, expected, actual), to show a parser's owner what went wrong.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FieldMismatch>> Examples()
    {
        lock (gate)
        {
            return Fields.Where(f => tallies[f].Examples.Count > 0)
                .ToDictionary(f => f, f => (IReadOnlyList<FieldMismatch>)tallies[f].Examples.ToList());
        }
    }

    /// <summary>The citation pages of an item, in order, as one comparable string.</summary>
    private static string Pages(DecidedItem item) =>
        string.Join(" | ", item.Citations.Where(c => c.Pages is not null).Select(c => WhitespaceText.Collapse(c.Pages!)));

    /// <summary>The distinct guideline sources an item cites (MTUS, ACOEM, ODG, Other), sorted.</summary>
    private static string Sources(DecidedItem item) =>
        string.Join(", ", item.Citations.Select(c => c.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    private void Record(string source, List<(string Field, bool Correct, string Expected, string Actual)> outcomes)
    {
        lock (gate)
        {
            foreach (var (field, correct, expected, actual) in outcomes)
            {
                var tally = tallies[field];
                tally.Compared++;
                if (correct)
                {
                    tally.Correct++;
                }
                else if (tally.Examples.Count < ExamplesPerField)
                {
                    tally.Examples.Add(new FieldMismatch(source, Shorten(expected), Shorten(actual)));
                }
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 240 ? text : text[..240] + "…";

    private sealed class FieldTally
    {
        public long Compared;
        public long Correct;
        public List<FieldMismatch> Examples { get; } = [];
    }
}

/// <summary>One field a parser read differently from the truth.</summary>
public sealed record FieldMismatch(string Source, string Expected, string Actual);
