using System.Text;
using ImrSearch.Domain;
using ImrSearch.Parsing;
using ImrSearch.Vocabularies;

namespace ImrSearch.Tests.Parsing;

/// <summary>
/// Hang guards: a guideline paragraph of 200 KB built to make a backtracking parser quadratic parses within a second of
/// the thread's CPU time (generous: tens of milliseconds; the old regexes took seconds on such text). CPU time, not wall
/// time, so a busy machine does not fail it. Speed itself is measured in bench/.
/// </summary>
public class CitationLinearTimeTests
{
    private const int Size = 200_000;

    public static TheoryData<string> Shapes => new()
    {
        "Decision based on MTUS ",
        "Decision based on MTUS Chronic Pain Medical Treatment Guidelines 8 C.C.R. 9792.20 - 9792.26 MTUS (Effective July 18, 2009) Page(s): 16-19, 49 of 127. ",
        "Tramadol Page(s): 93-94, 113; ",
        "Page(s): ",
        "1, 2, ",
        "Page(s)",
        "8 C.C.R. 9792.20 - ",
        "(Effective July 18, ",
        "Effective ",
        "9792.20.",
        "a",
        "1",
        " ",
        "x.",
        ".htm",
        "http://",
        "www.x",
        "(",
        "Non-MTUS Citation ",
        "which is part of the MTUS ",
        "Guidelines ",
        "Table 12-",
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_paragraph_repeating_one_piece_parses_within_a_second(string piece)
    {
        foreach (var paragraph in new[] { Repeat("Decision based on MTUS Chronic Pain Medical Treatment Guidelines ", piece), Repeat("", piece) })
        {
            IReadOnlyList<GuidelineCitation> citations = [];
            var cpu = ThreadCpuClock.Measure(() => citations = GuidelineCitationParser.Parse(paragraph, CitedBy.ImrOrganization, ImrVocabulary.Default.GuidelineDocuments));

            Assert.True(cpu < TimeSpan.FromSeconds(1), $"'{piece}' x {Size / piece.Length}: {cpu.TotalMilliseconds:0} ms");
            Assert.True(citations.Count <= GuidelineCitationParser.MaxClauses * GuidelineCitationParser.MaxTopicsPerClause);
        }
    }

    [Fact]
    public void A_very_long_page_list_parses_within_a_second_and_keeps_its_pages()
    {
        var pages = new StringBuilder("Decision based on MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 1");
        for (var page = 2; pages.Length < Size; page++)
        {
            pages.Append(", ").Append(page);
        }

        IReadOnlyList<GuidelineCitation> citations = [];
        var cpu = ThreadCpuClock.Measure(() => citations = GuidelineCitationParser.Parse(pages.Append(" of 127.").ToString(), CitedBy.ImrOrganization, ImrVocabulary.Default.GuidelineDocuments));

        Assert.True(cpu < TimeSpan.FromSeconds(1), $"{cpu.TotalMilliseconds:0} ms");
        var citation = Assert.Single(citations);
        Assert.Equal("Opioids", citation.Topic);
        Assert.StartsWith("1, 2, 3", citation.Pages);
        Assert.Equal(127, citation.PageTotal);
    }

    [Fact]
    public void Many_topics_on_one_line_are_bounded()
    {
        var line = Repeat("Decision based on MTUS Chronic Pain Medical Treatment Guidelines ", "Tramadol Page(s): 93-94, 113; ");

        var citations = GuidelineCitationParser.Parse(line, CitedBy.ImrOrganization, ImrVocabulary.Default.GuidelineDocuments);

        Assert.Equal(GuidelineCitationParser.MaxTopicsPerClause, citations.Count);
        Assert.All(citations, c => Assert.Equal(("Tramadol", "93-94, 113"), (c.Topic, c.Pages)));
    }

    private static string Repeat(string prefix, string piece)
    {
        var text = new StringBuilder(prefix, Size + piece.Length);
        while (text.Length < Size)
        {
            text.Append(piece);
        }

        return text.ToString();
    }
}
