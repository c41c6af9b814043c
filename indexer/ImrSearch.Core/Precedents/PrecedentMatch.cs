namespace ImrSearch.Precedents;

/// <summary>How well a prior item matches a request, part by part (each 0 to 1), and the weighted whole.</summary>
public sealed record PrecedentMatch(double Text, double Treatment, double Named, double BodyRegion, double Guideline, double Quantity)
{
    public double Score(PrecedentWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        return (weights.Text * Text) + (weights.Treatment * Treatment) + (weights.Named * Named)
            + (weights.BodyRegion * BodyRegion) + (weights.Guideline * Guideline) + (weights.Quantity * Quantity);
    }

    /// <summary>
    /// Compares what a request asks for with what a candidate item asked for. A part the request does not state scores
    /// 0 for every candidate, so it never reorders them.
    /// </summary>
    public static PrecedentMatch Of(RequestReading wanted, RequestReading candidate, double textShare, RequestReader reader)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(reader);
        return new PrecedentMatch(
            Math.Clamp(textShare, 0, 1),
            TreatmentMatch(wanted.Treatment, candidate.Treatment, reader),
            wanted.Named.Count == 0 ? 0 : (double)wanted.Named.Count(w => candidate.Named.Any(c => reader.SameName(w, c))) / wanted.Named.Count,
            wanted.BodyRegion is null ? 0
                : string.Equals(wanted.BodyRegion, candidate.BodyRegion, StringComparison.OrdinalIgnoreCase) ? 1
                : candidate.BodyRegion is null ? PrecedentWeights.RegionUnstated
                : 0,
            wanted.Guidelines.Count == 0 ? 0
                : (double)wanted.Guidelines.Count(g => candidate.Guidelines.Contains(g, StringComparer.OrdinalIgnoreCase)) / wanted.Guidelines.Count,
            QuantityMatch(wanted.Quantity, candidate.Quantity));
    }

    private static double TreatmentMatch(string? wanted, string? candidate, RequestReader reader)
    {
        if (wanted is null || candidate is null)
        {
            return 0;
        }

        if (string.Equals(wanted, candidate, StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        var group = reader.Treatments.Find(wanted)?.Group;
        return group is not null && string.Equals(group, reader.Treatments.Find(candidate)?.Group, StringComparison.Ordinal)
            ? PrecedentWeights.SameGroup
            : 0;
    }

    private static double QuantityMatch(decimal? wanted, decimal? candidate)
    {
        if (wanted is not decimal w || candidate is not decimal c || w <= 0 || c <= 0)
        {
            return 0;
        }

        return w == c ? 1 : Math.Max(w, c) / Math.Min(w, c) <= 2 ? PrecedentWeights.QuantityNear : 0;
    }
}
