using System.Runtime.CompilerServices;

namespace ImrSearch.Search.Facets;

/// <summary>
/// Which of a search's facet selections each document of one segment fails, as a bit mask (bit s for selection s).
/// </summary>
/// <remarks>
/// Read from the segment's joint codes: a code stands for one tuple of value sets, so whether it passes each
/// selection on its group's dimensions is worked out once per code, and a document then costs one lookup per group
/// holding a selected dimension, however many selections and values it has. A replay of a broad query's recorded
/// hits tests every one of them, so this is the replay's inner loop. A selection on a dimension in no group, or in a
/// group with more codes than <see cref="JointFacetCodes.MaxCodesPerGroup"/> (whose table would cost more to fill
/// than it saves on a small segment), is tested value by value.
/// </remarks>
internal sealed class SelectionMisses
{
    private readonly ushort[][] codes;
    private readonly int[][] masks;
    private readonly SegmentDimensionOrdinals[] looseOrdinals;
    private readonly bool[][] looseWanted;
    private readonly int[] looseBits;

    // Every selection in one group, the usual case: a document is two array reads, inlined where it is asked.
    private readonly ushort[]? onlyCodes;
    private readonly int[]? onlyMask;

    private SelectionMisses(ushort[][] codes, int[][] masks, SegmentDimensionOrdinals[] looseOrdinals, bool[][] looseWanted, int[] looseBits)
    {
        this.codes = codes;
        this.masks = masks;
        this.looseOrdinals = looseOrdinals;
        this.looseWanted = looseWanted;
        this.looseBits = looseBits;
        if (codes.Length == 1 && looseBits.Length == 0)
        {
            (onlyCodes, onlyMask) = (codes[0], masks[0]);
        }
    }

    /// <summary>The most selections a mask holds: one per dimension, and there are far fewer dimensions.</summary>
    public const int MaxSelections = 31;

    /// <param name="segment">[dimension]: the segment's ordinal arrays.</param>
    /// <param name="segmentWanted">[selection][segment ordinal]: whether the value is selected.</param>
    public static SelectionMisses For(
        JointFacetCodes joint,
        SegmentDimensionOrdinals[] segment,
        IReadOnlyList<FacetSelection> selections,
        bool[][] segmentWanted)
    {
        if (selections.Count > MaxSelections)
        {
            throw new ArgumentException($"At most {MaxSelections} selections fit a mask.", nameof(selections));
        }

        var groups = joint.Groups;
        var groupOf = new int[segment.Length];
        Array.Fill(groupOf, -1);
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var d in groups[g].Dimensions)
            {
                groupOf[d] = g;
            }
        }

        // Each selected value's slot (see JointFacetCodes.SlotStarts) carries its selection's bit.
        var slotBits = new int[joint.SlotStarts[^1]];
        var involved = new int[groups.Count];
        var loose = new List<int>();
        for (var s = 0; s < selections.Count; s++)
        {
            var d = selections[s].Dimension;
            var g = groupOf[d];
            if (g < 0 || groups[g].CodeCount > JointFacetCodes.MaxCodesPerGroup)
            {
                loose.Add(s);
                continue;
            }

            involved[g] |= 1 << s;
            var start = joint.SlotStarts[d] + 1;
            var wanted = segmentWanted[s];
            for (var ord = 0; ord < wanted.Length; ord++)
            {
                if (wanted[ord])
                {
                    slotBits[start + ord] |= 1 << s;
                }
            }
        }

        var codes = new List<ushort[]>();
        var masks = new List<int[]>();
        for (var g = 0; g < groups.Count; g++)
        {
            if (involved[g] == 0)
            {
                continue;
            }

            var group = groups[g];
            var mask = new int[group.CodeCount];
            var (starts, targets) = (group.TargetStarts, group.Targets);
            for (var code = 0; code < mask.Length; code++)
            {
                var passed = 0;
                for (int k = starts[code], end = starts[code + 1]; k < end; k++)
                {
                    passed |= slotBits[targets[k]];
                }

                mask[code] = involved[g] & ~passed;
            }

            codes.Add(group.Codes);
            masks.Add(mask);
        }

        return new SelectionMisses(
            [.. codes],
            [.. masks],
            [.. loose.Select(s => segment[selections[s].Dimension])],
            [.. loose.Select(s => segmentWanted[s])],
            [.. loose.Select(s => 1 << s)]);
    }

    /// <summary>The selections the document fails: bit s set when it has none of selection s's values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Of(int doc) => onlyCodes is not null ? onlyMask![onlyCodes[doc]] : OfEach(doc);

    private int OfEach(int doc)
    {
        var failed = 0;
        for (var i = 0; i < codes.Length; i++)
        {
            failed |= masks[i][codes[i][doc]];
        }

        for (var i = 0; i < looseBits.Length; i++)
        {
            if (!looseOrdinals[i].HasAny(doc, looseWanted[i]))
            {
                failed |= looseBits[i];
            }
        }

        return failed;
    }
}
