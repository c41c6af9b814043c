using System.Text.RegularExpressions;

namespace ImrSearch.Tests.Synthetic;

/// <summary>The format variants of the seed letters all occur in a generated sample.</summary>
[Collection(nameof(GeneratedSample))]
public sealed partial class LetterFormatTests(GeneratedSample sample)
{
    [Fact]
    public void Both_spacing_styles_occur()
    {
        // Double-spaced: every text line is followed by an empty line. Single-spaced: text lines follow each other.
        var doubleSpaced = sample.Letters.Count(l => DoubleSpacedOpening().IsMatch(l.Text));
        var singleSpaced = sample.Letters.Count(l => SingleSpacedOpening().IsMatch(l.Text));

        Assert.Equal(sample.Letters.Count, doubleSpaced + singleSpaced);
        Assert.InRange(doubleSpaced, sample.Letters.Count / 5, sample.Letters.Count * 4 / 5);
    }

    [Fact]
    public void Both_credential_styles_occur()
    {
        var sentence = sample.Letters.Count(l => GeneratedSample.Flatten(l.Text).Contains("and is licensed to practice in California.", StringComparison.Ordinal));
        var block = sample.Letters.Count(l => l.Text.Contains("State(s) of Licensure: ", StringComparison.Ordinal) &&
            l.Text.Contains("Certification(s)/Specialty: ", StringComparison.Ordinal));

        Assert.Equal(sample.Letters.Count, sentence + block);
        Assert.True(block > sample.Letters.Count / 5 && sentence > sample.Letters.Count / 5);
        Assert.Contains(sample.Letters, l => GeneratedSample.Flatten(l.Text).Contains(", has a subspecialty in ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_header_block_comes_in_each_layout()
    {
        Assert.Contains(sample.Letters, l => l.Text.StartsWith(" HOW THE IMR FINAL DETERMINATION WAS MADE", StringComparison.Ordinal));
        Assert.Contains(sample.Letters, l => l.Text.StartsWith("Case Number: CM", StringComparison.Ordinal) && l.Text.Contains("Date Assigned:", StringComparison.Ordinal));
        Assert.Contains(sample.Letters, l => TwoColumnHeader().IsMatch(l.Text));
        Assert.Contains(sample.Letters, l => l.Text.StartsWith("Case Number: \n", StringComparison.Ordinal));
        Assert.All(
            sample.Letters.Where(l => l.Truth.CaseNumber is not null),
            l => Assert.Contains("UR Denial Date:", l.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Items_carry_quantity_suffixes_and_some_headers_wrap()
    {
        var items = sample.Letters.SelectMany(l => l.Truth.Decisions).ToList();
        Assert.InRange(items.Count(i => i.Quantity is not null), items.Count / 10, items.Count * 7 / 10);
        Assert.Contains(sample.Letters, l => QuantitySuffix().IsMatch(l.Text));

        // A header wrapped onto a second line: the decision word starts a line that is not the item's first.
        var wrapped = sample.Letters.Count(l => l.Truth.Decisions.Any(d => !SingleLine(l.Text, d)));
        Assert.True(wrapped > 20, $"only {wrapped} letters have a wrapped item header");
    }

    [Fact]
    public void Page_break_debris_and_pdf_spacing_occur()
    {
        // Empty lines in mid-sentence: a line ending in a lower-case word, empty lines, a line going on in lower case.
        Assert.True(sample.Letters.Count(l => MidSentenceBreak().IsMatch(l.Text)) > sample.Letters.Count / 3);
        Assert.Contains(sample.Letters, l => l.Text.Contains('\f', StringComparison.Ordinal));
        Assert.True(sample.Letters.Count(l => HyphenAtLineEnd().IsMatch(l.Text)) > sample.Letters.Count / 20);
        Assert.True(sample.Letters.Count(l => l.Text.Contains(".  ", StringComparison.Ordinal)) > sample.Letters.Count / 3);
        Assert.Contains(sample.Letters, l => l.Text.Contains("represented  employee", StringComparison.Ordinal) || l.Text.Contains("per  are:", StringComparison.Ordinal));
        Assert.All(sample.Letters, l => Assert.Matches(@"^[^\n]* \n", l.Text));
    }

    [Fact]
    public void Curly_and_straight_quotes_both_occur()
    {
        Assert.Contains(sample.Letters, l => l.Text.Contains('\u201C', StringComparison.Ordinal) && l.Text.Contains('\u201D', StringComparison.Ordinal));
        Assert.Contains(sample.Letters, l => l.Text.Contains('"', StringComparison.Ordinal));
        Assert.DoesNotContain(sample.Letters, l => l.Text.Contains('\u201C', StringComparison.Ordinal) && l.Text.Contains('"', StringComparison.Ordinal));
    }

    [Fact]
    public void Dates_are_written_the_three_ways_letters_write_them()
    {
        var texts = sample.Letters.Select(l => l.Truth.Summary).ToList();
        Assert.Contains(texts, t => Regex.IsMatch(t, @"\b\d{2}/\d{2}/\d{4}\b"));
        Assert.Contains(texts, t => Regex.IsMatch(t, @"\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b"));
        Assert.Contains(texts, t => Regex.IsMatch(t, @"\b\d{2}/\d{2}/\d{2}\b(?!/)"));
    }

    /// <summary>True when the item's whole header line (item, QTY suffix, decision) sits on one line of the letter.</summary>
    private static bool SingleLine(string text, ImrSearch.Domain.DecidedItem item)
    {
        var quantity = item.Quantity is decimal q ? $" QTY: {q:0.00}" : "";
        var header = $"{item.Item}{quantity}: {item.Decision}";
        return text.Split('\n').Any(line => ImrSearch.Synthetic.WhitespaceText.Collapse(line) == header);
    }

    [GeneratedRegex(@"HOW THE IMR FINAL DETERMINATION WAS MADE \n\n[^\n]+ \n\n[^\n]+ \n\n")]
    private static partial Regex DoubleSpacedOpening();

    [GeneratedRegex(@"HOW THE IMR FINAL DETERMINATION WAS MADE \n\n[^\n]+ \n[^\n]+ \n")]
    private static partial Regex SingleSpacedOpening();

    [GeneratedRegex(@"^Case Number: CM\d{2}-\d{7}  Date Assigned: ")]
    private static partial Regex TwoColumnHeader();

    [GeneratedRegex(@"  QTY: \d+\.00: ")]
    private static partial Regex QuantitySuffix();

    [GeneratedRegex(@"[a-z,] \n\n\n+(?:\f\n)?\n*[a-z]")]
    private static partial Regex MidSentenceBreak();

    [GeneratedRegex(@"\d-\s*\n\n?\d")]
    private static partial Regex HyphenAtLineEnd();
}
