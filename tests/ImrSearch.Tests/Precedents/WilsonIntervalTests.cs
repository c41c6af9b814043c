using ImrSearch.Precedents;

namespace ImrSearch.Tests.Precedents;

public class WilsonIntervalTests
{
    // Reference values from Newcombe (1998), "Two-sided confidence intervals for the single proportion", Table I
    // (method 3, Wilson score without continuity correction).
    [Theory]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0000, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void Matches_published_values(long successes, long trials, double lower, double upper)
    {
        var interval = WilsonInterval.Compute(successes, trials);

        Assert.Equal(lower, interval.Lower, 4);
        Assert.Equal(upper, interval.Upper, 4);
    }

    [Fact]
    public void All_successes_reach_one()
    {
        var interval = WilsonInterval.Compute(10, 10);

        Assert.Equal(1.0, interval.Upper, 10);
        Assert.True(interval.Lower is > 0.69 and < 0.73);
    }

    [Fact]
    public void No_trials_says_nothing()
    {
        Assert.Equal(new WilsonInterval(0, 1), WilsonInterval.Compute(0, 0));
    }

    [Fact]
    public void Rejects_more_successes_than_trials()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Compute(3, 2));
    }
}
