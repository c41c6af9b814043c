using ImrSearch.Highlighting;

namespace ImrSearch.Tests.Highlighting;

public sealed class SentenceSplitterTests
{
    private static List<string> Sentences(string text) => [.. SentenceSplitter.Split(text).Select(s => text[s.Start..s.End])];

    [Fact]
    public void Splits_at_sentence_ends()
    {
        Assert.Equal(
            ["MTUS recommends a trial.", "Is it met?", "\"No,\" he said!", "4 visits were done."],
            Sentences("MTUS recommends a trial. Is it met? \"No,\" he said! 4 visits were done."));
    }

    [Fact]
    public void Does_not_split_after_abbreviations_initials_or_decimals()
    {
        Assert.Equal(
            ["Dr. Smith saw him vs. the prior e.g. Jan. visit with J. Doe at 2.5 mg daily.", "Next."],
            Sentences("Dr. Smith saw him vs. the prior e.g. Jan. visit with J. Doe at 2.5 mg daily. Next."));
    }

    [Fact]
    public void A_blank_line_ends_a_sentence_and_lowercase_continuations_do_not()
    {
        Assert.Equal(["Decision rationale", "The request was for p.r.n. use. and more"], Sentences("Decision rationale\n\n The request was for p.r.n. use. and more"));
    }
}
