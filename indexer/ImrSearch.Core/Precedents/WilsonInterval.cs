namespace ImrSearch.Precedents;

/// <summary>
/// The Wilson score interval for a binomial proportion. Unlike the normal approximation it stays inside [0, 1] and
/// behaves sensibly for the small groups and extreme rates (overturn rates near 0) that IMR outcomes produce.
/// </summary>
public readonly record struct WilsonInterval(double Lower, double Upper)
{
    /// <summary>z for a two-sided 95% interval.</summary>
    public const double Z95 = 1.959963984540054;

    public static WilsonInterval Compute(long successes, long trials, double z = Z95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        if (trials == 0)
        {
            return new WilsonInterval(0, 1);
        }

        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double halfWidth = z * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        return new WilsonInterval(Math.Max(0, centre - halfWidth), Math.Min(1, centre + halfWidth));
    }
}
