namespace ImrSearch.Precedents;

/// <summary>A term one group of rationales uses markedly more than the other.</summary>
/// <param name="Term">The analysed term (a stem: "therapi").</param>
/// <param name="Word">The spelling the favoured group writes most often ("therapy"), for display.</param>
/// <param name="Occurrences">How often the favoured group's rationales use it...</param>
/// <param name="Items">...in how many of its items.</param>
/// <param name="OtherOccurrences">How often the other group's rationales use it...</param>
/// <param name="OtherItems">...in how many of its items.</param>
/// <param name="LogLikelihood">Dunning's G² of the difference (see <see cref="DistinguishingTerms"/>).</param>
public sealed record DistinguishingTerm(
    string Term,
    string Word,
    int Occurrences,
    int Items,
    int OtherOccurrences,
    int OtherItems,
    double LogLikelihood)
{
    /// <summary>Whether the difference would arise by chance less than once in twenty (G² above 3.84, one degree of freedom).</summary>
    public bool IsSignificant => LogLikelihood >= DistinguishingTerms.Significant;
}

/// <summary>
/// The terms that distinguish one group of rationales from another, by Dunning's log-likelihood ratio (G²).
/// </summary>
/// <remarks>
/// <para>
/// For each term, a 2×2 table: its occurrences in group A (a) and in group B (b), against all counted terms of A (n)
/// and of B (m). If the term were used at the same rate in both, A would hold E_a = n(a+b)/(n+m) of its occurrences
/// and B would hold E_b = m(a+b)/(n+m). G² = 2(a ln(a/E_a) + b ln(b/E_b)) measures how far the counts are from that,
/// and is near 0 for a term both use alike, however common. It favours the group whose rate (a/n or b/m) is higher.
/// With one degree of freedom, G² above 3.84 is a difference that chance would give less than once in twenty.
/// </para>
/// <para>
/// G² rather than a ratio of rates: a ratio makes a word used once against never look as strong as one used fifty
/// times against never; G² grows with the evidence. Its ranking is used as is, with two floors so one letter's
/// phrasing is not a group's: a term counts only when the favoured group uses it at least <see cref="MinOccurrences"/>
/// times and, when that group has more than one item, in at least <see cref="MinItems"/> of them. Terms come from
/// <see cref="RationaleTerms"/>: stems, stop words and common words left out.
/// </para>
/// </remarks>
public static class DistinguishingTerms
{
    /// <summary>At most this many terms are listed for each group.</summary>
    public const int MaxTerms = 15;

    public const int MinOccurrences = 2;

    public const int MinItems = 2;

    /// <summary>The χ² value of p = 0.05 at one degree of freedom.</summary>
    public const double Significant = 3.84;

    /// <summary>The terms favouring each group, strongest first.</summary>
    public static (IReadOnlyList<DistinguishingTerm> First, IReadOnlyList<DistinguishingTerm> Second) Find(
        IReadOnlyList<AnalysedRationale> first,
        IReadOnlyList<AnalysedRationale> second,
        int max = MaxTerms)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var a = Count(first);
        var b = Count(second);
        long totalA = first.Sum(r => r.Tokens.Count);
        long totalB = second.Sum(r => r.Tokens.Count);
        if (totalA == 0 || totalB == 0)
        {
            return ([], []);
        }

        var favoursFirst = new List<DistinguishingTerm>();
        var favoursSecond = new List<DistinguishingTerm>();
        foreach (var term in a.Keys.Union(b.Keys))
        {
            var inA = a.GetValueOrDefault(term) ?? TermCount.None;
            var inB = b.GetValueOrDefault(term) ?? TermCount.None;
            var g2 = LogLikelihood(inA.Occurrences, inB.Occurrences, totalA, totalB);
            var firstHigher = (double)inA.Occurrences * totalB > (double)inB.Occurrences * totalA;
            var (mine, other, group, list) = firstHigher ? (inA, inB, first, favoursFirst) : (inB, inA, second, favoursSecond);
            if (g2 <= 0 || mine.Occurrences < MinOccurrences || (group.Count > 1 && mine.Items < MinItems))
            {
                continue;
            }

            list.Add(new DistinguishingTerm(term, mine.MostWritten(), mine.Occurrences, mine.Items, other.Occurrences, other.Items, g2));
        }

        return (Strongest(favoursFirst, max), Strongest(favoursSecond, max));
    }

    /// <summary>Dunning's G² for a term used <paramref name="a"/> times in <paramref name="totalA"/> terms and <paramref name="b"/> in <paramref name="totalB"/>.</summary>
    public static double LogLikelihood(long a, long b, long totalA, long totalB)
    {
        if (totalA <= 0 || totalB <= 0 || a < 0 || b < 0 || a + b == 0)
        {
            return 0;
        }

        var total = (double)(totalA + totalB);
        var expectedA = totalA * (a + b) / total;
        var expectedB = totalB * (a + b) / total;
        return 2 * (Part(a, expectedA) + Part(b, expectedB));
    }

    private static double Part(long observed, double expected) => observed == 0 ? 0 : observed * Math.Log(observed / expected);

    private static List<DistinguishingTerm> Strongest(List<DistinguishingTerm> terms, int max) =>
        [.. terms
            .OrderByDescending(t => t.LogLikelihood)
            .ThenByDescending(t => t.Occurrences)
            .ThenBy(t => t.Term, StringComparer.Ordinal)
            .Take(max)];

    private static Dictionary<string, TermCount> Count(IReadOnlyList<AnalysedRationale> group)
    {
        var counts = new Dictionary<string, TermCount>(StringComparer.Ordinal);
        foreach (var rationale in group)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var token in rationale.Tokens)
            {
                if (!counts.TryGetValue(token.Term, out var count))
                {
                    count = new TermCount();
                    counts[token.Term] = count;
                }

                count.Occurrences++;
                if (seen.Add(token.Term))
                {
                    count.Items++;
                }

                var word = rationale.Text[token.Start..token.End].ToLowerInvariant();
                count.Spellings[word] = count.Spellings.GetValueOrDefault(word) + 1;
            }
        }

        return counts;
    }

    private sealed class TermCount
    {
        public static readonly TermCount None = new();

        public int Occurrences { get; set; }

        public int Items { get; set; }

        public Dictionary<string, int> Spellings { get; } = new(StringComparer.Ordinal);

        public string MostWritten() => Spellings
            .OrderByDescending(s => s.Value)
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => s.Key)
            .First();
    }
}
