using ImrSearch.Vocabularies;

namespace ImrSearch.Tests.Analysis;

public sealed class SynonymVocabularyTests
{
    [Fact]
    public void Shipped_file_holds_the_vocabularys_abbreviations_and_drug_names()
    {
        var groups = SynonymVocabulary.Load(SynonymVocabulary.DefaultPath).Groups;

        Assert.Contains(groups, g => g.Contains("pt") && g.Contains("physical therapy"));
        Assert.Contains(groups, g => g.Contains("esi") && g.Contains("epidural steroid injection"));
        Assert.Contains(groups, g => g.Contains("norco") && g.Contains("hydrocodone"));
        Assert.Contains(groups, g => g.Contains("chiro") && g.Contains("chiropractic"));
        Assert.All(groups, g => Assert.True(g.Count >= 2));
        Assert.DoesNotContain(groups, g => g.Any(term => term.StartsWith('#')));
    }

    [Fact]
    public void Comments_blank_lines_and_lone_terms_state_no_group()
    {
        var vocabulary = SynonymVocabulary.Parse(["# a comment", "", "lonely", " tens \t TENS unit\t tens "]);
        var group = Assert.Single(vocabulary.Groups);
        Assert.Equal(["tens", "TENS unit"], group);
    }

    [Fact]
    public void A_missing_file_says_where_it_was_looked_for()
    {
        var error = Assert.Throws<FileNotFoundException>(() => SynonymVocabulary.Load("/nonexistent/synonyms.tsv"));
        Assert.Contains("/nonexistent/synonyms.tsv", error.Message);
    }
}
