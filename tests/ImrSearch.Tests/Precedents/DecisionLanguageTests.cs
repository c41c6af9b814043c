using ImrSearch.Domain;
using ImrSearch.Precedents;

namespace ImrSearch.Tests.Precedents;

public sealed class DecisionLanguageTests
{
    [Theory]
    [InlineData("Therefore, the request is not medically necessary.", Decision.Upheld)]
    [InlineData("Therefore, the request was medically necessary.", Decision.Overturned)]
    [InlineData("MTUS says it is recommended as an option. Here the request is not supported.", Decision.Upheld)]
    [InlineData("UR denied the request. The request is, however, medically necessary and appropriate.", Decision.Overturned)]
    [InlineData("The treatment is non-certified.", Decision.Upheld)]
    [InlineData("Recommendation is for denial.", Decision.Upheld)]
    [InlineData("The medical necessity of this request has not been clearly demonstrated.", Decision.Upheld)]
    [InlineData("Twelve sessions of physical therapy for the lumbar spine.", null)]
    public void Reads_the_last_conclusion(string text, Decision? expected) =>
        Assert.Equal(expected, DecisionLanguage.Default.Leaning(text));

    [Fact]
    public void Reads_every_seed_rationale_as_it_was_decided()
    {
        foreach (var item in Parsing.SeedLetters.All.Select(Parsing.SeedLetters.Parse).SelectMany(d => d.Decisions))
        {
            Assert.Equal(item.Decision, DecisionLanguage.Default.Leaning(item.Rationale));
        }
    }
}
