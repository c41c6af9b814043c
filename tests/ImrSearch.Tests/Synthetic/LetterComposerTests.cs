using System.Text.RegularExpressions;
using ImrSearch.Domain;
using ImrSearch.Synthetic;

namespace ImrSearch.Tests.Synthetic;

[Collection(nameof(GeneratedSample))]
public sealed partial class LetterComposerTests(GeneratedSample sample)
{
    [Fact]
    public void The_same_seed_and_number_give_the_same_letter_and_truth()
    {
        var first = LetterComposer.Compose(7, 12_345);
        var again = LetterComposer.Compose(7, 12_345);

        Assert.Equal(first.Text, again.Text);
        Assert.Equal(first.RelativePath, again.RelativePath);
        Assert.Equal(Describe(first.Truth), Describe(again.Truth));
    }

    [Fact]
    public void A_letter_does_not_depend_on_the_letters_generated_before_it()
    {
        var streamed = new SyntheticCorpus(GeneratedSample.Seed, 50).Stream().Last();
        var direct = LetterComposer.Compose(GeneratedSample.Seed, 49);

        Assert.Equal(direct.Text, streamed.Text);
    }

    [Fact]
    public void Counting_items_without_writing_agrees_with_the_written_letters()
    {
        Assert.All(sample.Letters.Take(300), l => Assert.Equal(l.ItemCount, LetterComposer.CountItems(GeneratedSample.Seed, l.Number)));

        var letters = SyntheticCorpus.LettersForItems(GeneratedSample.Seed, 1000);
        var items = sample.Letters.Take(letters).Sum(l => l.ItemCount);
        Assert.InRange(items, 1000, 1005);
        Assert.True(items - sample.Letters[letters - 1].ItemCount < 1000);
    }

    [Fact]
    public void Different_seeds_give_different_letters()
    {
        Assert.NotEqual(LetterComposer.Compose(1, 0).Text, LetterComposer.Compose(2, 0).Text);
        Assert.NotEqual(LetterComposer.Compose(1, 0).Text, LetterComposer.Compose(1, 1).Text);
    }

    [Fact]
    public void Every_letter_has_the_three_sections_in_order_and_one_to_six_items()
    {
        foreach (var letter in sample.Letters)
        {
            var how = letter.Text.IndexOf(LetterComposer.HowMadeHeading, StringComparison.Ordinal);
            var summary = letter.Text.IndexOf(LetterComposer.SummaryHeading, StringComparison.Ordinal);
            var issues = letter.Text.IndexOf(LetterComposer.IssuesHeading, StringComparison.Ordinal);
            Assert.True(how >= 0 && how < summary && summary < issues, letter.RelativePath);
            Assert.InRange(letter.ItemCount, 1, 6);
        }

        Assert.Equal(Enumerable.Range(1, 6), sample.Letters.Select(l => l.ItemCount).Distinct().Order());
    }

    [Fact]
    public void The_truth_texts_appear_word_for_word_in_the_letter()
    {
        foreach (var letter in sample.Letters.Take(500))
        {
            var flat = GeneratedSample.Flatten(letter.Text);
            Assert.Contains(letter.Truth.Summary, flat, StringComparison.Ordinal);
            foreach (var item in letter.Truth.Decisions)
            {
                var quantity = item.Quantity is decimal q ? $" QTY: {q:0.00}" : "";
                Assert.Contains($"{item.Item}{quantity}: {item.Decision}", flat, StringComparison.Ordinal);
                Assert.Contains("Claims Administrator guideline: " + item.ClaimsAdministratorGuideline, flat, StringComparison.Ordinal);
                Assert.Contains("MAXIMUS guideline: " + item.ImrGuideline, flat, StringComparison.Ordinal);
                Assert.Contains("Decision rationale: " + item.Rationale, flat, StringComparison.Ordinal);
                foreach (var citation in item.Citations.Where(c => c.Pages is not null))
                {
                    Assert.Contains("Page(s): " + citation.Pages, flat, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void Stated_patient_facts_and_credentials_are_in_the_letter()
    {
        foreach (var letter in sample.Letters.Take(500))
        {
            var flat = GeneratedSample.Flatten(letter.Text);
            var truth = letter.Truth;
            if (truth.Patient.Age is int age)
            {
                Assert.Matches($@"\b{age}[- ]year[- ]old\b", flat);
            }
            else
            {
                Assert.DoesNotMatch(@"\d[- ]year[- ]old", flat);
            }

            if (truth.Patient.Sex is null)
            {
                Assert.DoesNotMatch(@"\b(?:female|male|woman|man|he|she|his|her)\b", truth.Summary);
            }

            foreach (var state in truth.Reviewer.Licensure)
            {
                Assert.Contains(state, flat, StringComparison.Ordinal);
            }

            Assert.NotEmpty(truth.Reviewer.Specialties);
        }
    }

    [Fact]
    public void Case_numbers_come_only_with_a_header_block_and_are_unique()
    {
        var withHeader = sample.Letters.Where(l => l.Truth.CaseNumber is not null).ToList();

        foreach (var letter in withHeader)
        {
            Assert.Matches(CaseNumberPattern(), letter.Truth.CaseNumber!);
            Assert.Equal(letter.Truth.CaseNumber, letter.Truth.CaseId);
            Assert.Contains(letter.Truth.CaseNumber!, letter.Text, StringComparison.Ordinal);
            Assert.True(letter.Truth.Dates.DecisionDate >= letter.Truth.Dates.DateAssigned);
            Assert.True(letter.Truth.Dates.DateAssigned >= letter.Truth.Dates.ApplicationReceived);
        }

        foreach (var letter in sample.Letters.Where(l => l.Truth.CaseNumber is null))
        {
            Assert.DoesNotContain("Case Number:", letter.Text, StringComparison.Ordinal);
            Assert.Equal(Path.GetFileNameWithoutExtension(letter.RelativePath), letter.Truth.CaseId);
            Assert.Null(letter.Truth.DecisionYear);
        }

        Assert.InRange(withHeader.Count, sample.Letters.Count * 3 / 10, sample.Letters.Count * 7 / 10);
        Assert.Equal(withHeader.Count, withHeader.Select(l => l.Truth.CaseNumber).Distinct().Count());
        Assert.Equal(sample.Letters.Count, sample.Letters.Select(l => l.RelativePath).Distinct().Count());
    }

    [Fact]
    public void Rationales_run_to_a_few_hundred_words()
    {
        var words = sample.Letters.SelectMany(l => l.Truth.Decisions).Select(d => d.Rationale.Split(' ').Length).ToList();

        Assert.InRange(words.Average(), 180, 400);
        Assert.True(words.Min() >= 60, $"shortest rationale has {words.Min()} words");
    }

    [Fact]
    public void Upheld_and_overturned_rationales_conclude_accordingly()
    {
        foreach (var item in sample.Letters.SelectMany(l => l.Truth.Decisions))
        {
            var conclusion = item.Rationale[item.Rationale.LastIndexOf(". ", item.Rationale.Length - 2, StringComparison.Ordinal)..];
            if (item.Decision == Decision.Upheld)
            {
                Assert.Matches(@"not medically necessary|denial|not been clearly demonstrated", conclusion);
            }
            else
            {
                Assert.DoesNotMatch(@"not medically necessary|denial|not been", conclusion);
            }
        }
    }

    private static string Describe(Determination determination) =>
        System.Text.Json.JsonSerializer.Serialize(determination);

    [GeneratedRegex(@"^CM\d{2}-\d{7}$")]
    private static partial Regex CaseNumberPattern();
}
