using System.Globalization;

namespace ImrSearch.Vocabularies;

/// <summary>
/// One edition of a guideline document as the schedule adopted it (a row of <c>guideline-editions.tsv</c>): from
/// when it governed, and which edition replaced it.
/// </summary>
/// <param name="Document">The document's normalized name, as in <c>guideline-documents.tsv</c>.</param>
/// <param name="Name">How a reader names the edition ("2009 (ODG-based, DWC)").</param>
/// <param name="Effective">The first day it governed.</param>
/// <param name="Years">Edition years a letter may name for it ("2009" in "Chronic Pain Medical Treatment 2009").</param>
/// <param name="Source">The public source of the date, as the file gives it.</param>
public sealed record ScheduleEdition(string Document, string Name, DateOnly Effective, IReadOnlyList<int> Years, string Source)
{
    /// <summary>The edition that replaced this one, or null while it is current.</summary>
    public ScheduleEdition? ReplacedBy { get; internal set; }

    /// <summary>The edition in force today: this one, or the last of those that replaced it.</summary>
    public ScheduleEdition Current => ReplacedBy?.Current ?? this;

    public bool IsReplaced => ReplacedBy is not null;

    /// <summary>The facet value: "Chronic Pain Medical Treatment Guidelines, 2009 (ODG-based, DWC)".</summary>
    public string Label => Document + ", " + Name;

    /// <summary>"effective July 18, 2009".</summary>
    public string EffectiveText => "effective " + Effective.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
}
