namespace ImrSearch.Evaluation;

/// <summary>The two figures the evaluation reports for one ranked list against graded judgments.</summary>
public static class RankingMetrics
{
    /// <summary>Items graded at least this are "relevant" for the reciprocal rank; grade 1 is only related.</summary>
    public const int RelevantGrade = 2;

    /// <summary>
    /// Normalized discounted cumulative gain at <paramref name="depth"/>: gain 2^grade - 1, discounted by log2(rank + 1),
    /// divided by the gain of the best possible order of the judged grades. 1 when nothing could be relevant.
    /// </summary>
    public static double NdcgAt(int depth, IReadOnlyList<int> rankedGrades, IEnumerable<int> judgedGrades)
    {
        var ideal = Dcg(judgedGrades.Where(g => g > 0).OrderDescending().Take(depth).ToList());
        return ideal == 0 ? 1 : Dcg(rankedGrades.Take(depth).ToList()) / ideal;
    }

    /// <summary>1 / the rank of the first relevant item, 0 when none is listed.</summary>
    public static double ReciprocalRank(IReadOnlyList<int> rankedGrades)
    {
        for (var i = 0; i < rankedGrades.Count; i++)
        {
            if (rankedGrades[i] >= RelevantGrade)
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }

    private static double Dcg(IReadOnlyList<int> grades)
    {
        var sum = 0.0;
        for (var i = 0; i < grades.Count; i++)
        {
            sum += (Math.Pow(2, grades[i]) - 1) / Math.Log2(i + 2);
        }

        return sum;
    }
}
