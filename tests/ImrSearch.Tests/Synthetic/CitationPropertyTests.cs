using System.Text.RegularExpressions;
using ImrSearch.Domain;
using ImrSearch.Parsing;
using ImrSearch.Synthetic.Composition;

namespace ImrSearch.Tests.Synthetic;

/// <summary>
/// Citations of the whole generated sample, parsed: no topic holds what has a field of its own, and the two forms of
/// issue 19 (the regulation, edition and page total written into a line; two topics on one line) are written and read
/// exactly as the generator stated them.
/// </summary>
[Collection(nameof(GeneratedSample))]
public sealed partial class CitationPropertyTests(GeneratedSample sample)
{
    [GeneratedRegex(@"Page\(s\)|Effective|C\.C\.R\.|\bof\s+[0-9]+", RegexOptions.IgnoreCase)]
    private static partial Regex NotATopic();

    private IEnumerable<(string Source, DecidedItem Truth, DecidedItem Parsed)> Items() =>
        sample.Letters.SelectMany(letter =>
        {
            var parsed = DeterminationParser.Parse(letter.Text, letter.RelativePath).Determination
                ?? throw new Xunit.Sdk.XunitException($"{letter.RelativePath} was rejected.");
            return letter.Truth.Decisions.Zip(parsed.Decisions, (truth, item) => (letter.RelativePath, truth, item));
        });

    [Fact]
    public void No_topic_holds_pages_an_edition_a_regulation_or_a_page_total()
    {
        var topics = Items().SelectMany(i => i.Parsed.Citations).Select(c => c.Topic).OfType<string>().ToList();

        Assert.NotEmpty(topics);
        Assert.All(topics, topic => Assert.DoesNotMatch(NotATopic(), topic));
    }

    [Fact]
    public void Both_new_forms_are_written_and_parse_into_the_citations_the_generator_stated()
    {
        var regulated = 0;
        var twoTopics = 0;
        foreach (var (source, truth, parsed) in Items())
        {
            var stated = truth.Citations.Where(c => c.Regulation is not null || IsOneOfTwo(truth, c)).ToList();
            regulated += truth.Citations.Count(c => c.Regulation is not null);
            twoTopics += truth.Citations.Count(c => IsOneOfTwo(truth, c));
            foreach (var citation in stated)
            {
                // A topic hyphenated at a line break ("Anti-" / "epilepsy") is rejoined without its hyphen by the letter's
                // text cleaning, before citations are read: compare topics without hyphens.
                Assert.True(parsed.Citations.Any(c => c with { Topic = c.Topic?.Replace("-", "") } == citation with { Topic = citation.Topic?.Replace("-", "") }),
                    $"{source}: {citation} not among {string.Join(" | ", parsed.Citations)}");
            }
        }

        // Both forms are common enough in 3,000 letters for the benchmark's accuracy to cover them.
        Assert.True(regulated > 200, $"{regulated} citations with the regulation written in");
        Assert.True(twoTopics > 200, $"{twoTopics} citations sharing a line with another topic");
    }

    /// <summary>A chronic pain citation sharing its paragraph with another chronic pain topic of the same reviewer.</summary>
    private static bool IsOneOfTwo(DecidedItem item, GuidelineCitation citation) =>
        citation.Document == CitationWriter.ChronicPainDocument && citation.Pages is not null
        && item.Citations.Count(c => c.CitedBy == citation.CitedBy && c.Document == CitationWriter.ChronicPainDocument && c.Pages is not null) == 2;
}
