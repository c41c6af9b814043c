using ImrSearch.Domain;
using ImrSearch.Synthetic;

namespace ImrSearch.Tests.Synthetic;

public sealed class FieldAccuracyTests
{
    [Fact]
    public void The_truth_compared_with_itself_is_right_on_every_field()
    {
        var accuracy = new FieldAccuracy();
        foreach (var letter in new SyntheticCorpus(5, 200).Stream())
        {
            accuracy.Add(letter.Truth, LetterParseResult.Parsed(letter.RelativePath, letter.Truth));
        }

        Assert.All(accuracy.Rates(), rate => Assert.Equal(1.0, rate.Value));
        Assert.Equal(200, accuracy.Compared("caseId"));
        Assert.Empty(accuracy.Examples());
    }

    [Fact]
    public void Wrong_fields_count_against_their_own_field_only_and_are_shown()
    {
        var truth = LetterComposer.Compose(5, 0).Truth;
        var first = truth.Decisions[0];
        var misread = truth with
        {
            Patient = truth.Patient with { Age = (truth.Patient.Age ?? 40) + 1 },
            Decisions = [first with { Treatment = "Other", Rationale = first.Rationale + " extra" }, .. truth.Decisions.Skip(1)],
        };
        var accuracy = new FieldAccuracy();

        accuracy.Add(truth, LetterParseResult.Parsed(truth.Source, misread));

        var rates = accuracy.Rates();
        Assert.Equal(0.0, rates["age"]);
        Assert.Equal((truth.Decisions.Count - 1) / (double)truth.Decisions.Count, rates["treatment"]);
        Assert.Equal(1.0, rates["decision"]);
        Assert.Equal(1.0, rates["specialties"]);
        Assert.Equal("Other", accuracy.Examples()["treatment"][0].Actual);
    }

    [Fact]
    public void A_rejected_letter_counts_as_not_parsed_and_a_missing_item_as_wrong()
    {
        var truth = LetterComposer.Compose(5, 1).Truth;
        var accuracy = new FieldAccuracy();

        accuracy.Add(truth, LetterParseResult.Rejected(truth.Source, "no decided items"));
        accuracy.Add(truth, LetterParseResult.Parsed(truth.Source, truth with { Decisions = [] }));

        Assert.Equal(0.5, accuracy.Rates()["parsed"]);
        Assert.Equal(0.0, accuracy.Rates()["item"]);
        Assert.Equal("no decided items", accuracy.Examples()["parsed"][0].Actual);
    }
}
