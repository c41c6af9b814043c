using ImrSearch.Analysis;
using ImrSearch.Domain;
using ImrSearch.Precedents;
using ImrSearch.Vocabularies;

namespace ImrSearch.Tests.Precedents;

/// <summary>The representative sentences of a side, with its distinguishing terms marked.</summary>
public sealed class ComparisonPassagesTests
{
    private static readonly RationaleTerms Reader = new(ImrAnalyzer.ForQueries(), CommonWordVocabulary.Default);

    private static (ComparedItem, AnalysedRationale) Item(int n, string rationale) =>
        (new ComparedItem($"CM15-000000{n}", 0, "Item " + n, null, "Other", null, Decision.Upheld), Reader.Read(rationale));

    private static DistinguishingTerm Term(string term, double g2) => new(term, term, 2, 2, 0, 0, g2);

    [Fact]
    public void The_sentence_with_the_weightiest_terms_is_chosen_and_the_terms_are_marked()
    {
        var group = new[]
        {
            Item(1, "The claimant was seen in clinic. There is no documentation of functional improvement after prior sessions. Follow up in a month."),
        };

        var passage = Assert.Single(ComparisonPassages.Choose(group, [Term("function", 8), Term("session", 4)]));

        Assert.Equal("There is no documentation of functional improvement after prior sessions.", passage.Text.Text);
        Assert.Equal(["functional", "sessions"], passage.Text.MarkedWords());
        Assert.Equal(("CM15-0000001", 0, "Item 1"), (passage.CaseId, passage.ItemIndex, passage.Item));
    }

    [Fact]
    public void One_passage_per_item_best_first_at_most_three()
    {
        var group = new[]
        {
            Item(1, "Functional gains are absent. Functional gains and sessions are absent."),
            Item(2, "Prior sessions were many."),
            Item(3, "Functional status and sessions and improvement were reviewed."),
            Item(4, "Sessions continued."),
            Item(5, "Nothing relevant here."),
        };

        var passages = ComparisonPassages.Choose(group, [Term("function", 8), Term("session", 4), Term("improv", 2)]);

        Assert.Equal(["CM15-0000003", "CM15-0000001", "CM15-0000002"], passages.Select(p => p.CaseId));
        Assert.Equal("Functional gains and sessions are absent.", passages[1].Text.Text);
    }

    [Fact]
    public void A_long_sentence_is_cut_around_its_first_mark_with_ellipses()
    {
        var filler = string.Join(' ', Enumerable.Repeat("lorem ipsum dolor", 60));
        var group = new[] { Item(1, $"{filler} functional improvement is lacking {filler}.") };

        var passage = Assert.Single(ComparisonPassages.Choose(group, [Term("function", 8)]));

        Assert.True(passage.Text.Text.Length <= ComparisonPassages.MaxLength + 2, passage.Text.Text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.StartsWith(ImrSearch.Highlighting.MarkedText.Ellipsis, passage.Text.Text, StringComparison.Ordinal);
        Assert.EndsWith(ImrSearch.Highlighting.MarkedText.Ellipsis, passage.Text.Text, StringComparison.Ordinal);
        Assert.Equal(["functional"], passage.Text.MarkedWords());
    }

    [Fact]
    public void No_terms_no_passages()
    {
        Assert.Empty(ComparisonPassages.Choose([Item(1, "Functional improvement is lacking.")], []));
    }
}
