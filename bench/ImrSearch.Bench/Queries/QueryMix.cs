using ImrSearch.Search;

namespace ImrSearch.Bench.Queries;

/// <summary>
/// The fixed, versioned query mix. Change a query and the figures are no longer comparable: bump
/// <see cref="Version"/>. Every query runs with all facet counts and highlights, as the site asks for them.
/// </summary>
internal static class QueryMix
{
    public const string Version = "v2";

    private static readonly Dictionary<string, IReadOnlyList<string>> None = [];

    public static readonly IReadOnlyList<BenchQuery> All =
    [
        .. Class("term", "tramadol", "acupuncture", "radiculopathy", "hyaluronic", "meniscectomy", "TENS", "PT", "ESI", "gabapentin", "insomnia"),
        .. Class("phrase", "\"functional improvement\"", "\"return to work\"", "\"urine drug screen\"", "\"home exercise program\"", "\"medically necessary\"",
            "\"epidural steroid injection\"", "\"manual therapy\"", "\"sleep hygiene\"", "\"trigger points\"", "\"red flags\""),
        .. Class("proximity", "\"pain relief\"~3", "\"physical therapy sessions\"~4", "\"imaging surgery\"~10", "\"lumbar radiculopathy\"~5",
            "\"opioid function\"~8", "\"injection relief\"~8", "\"drug screen opioids\"~10", "\"knee arthroscopy\"~3", "\"sessions improvement\"~6", "\"muscle spasm\"~2"),
        .. Class("boolean", "(tramadol OR Norco) AND weaning", "acupuncture NOT chiropractic", "+MRI +knee -surgery", "(gabapentin OR Lyrica) AND neuropathic",
            "massage OR aquatic", "opioid* AND -tramadol", "injection AND (facet OR epidural) AND relief", "psychotherapy OR CBT OR biofeedback",
            "fusion AND (lumbar OR cervical)", "TENS NOT H-wave"),
        .. Class("fielded", "item:norco", "specialty:psychiatry", "treatment:MRI", "bodyRegion:knee", "guideline:ODG", "decision:overturned",
            "item:\"physical therapy\" AND bodyRegion:\"lumbar spine\"", "year:[2015 TO 2016]", "summary:firefighter", "rationale:\"sleep hygiene\""),
        Filtered("tramadol", ("decision", ["Overturned"])),
        Filtered("injection", ("treatment", ["Epidural steroid injection", "Facet injection"])),
        Filtered("therapy", ("specialty", ["Occupational Medicine"]), ("bodyRegion", ["Knee"])),
        Filtered("MRI", ("decisionYear", ["2015", "2016"])),
        Filtered("pain", ("sex", ["female"]), ("ageBand", ["50-59"])),
        Filtered("\"functional improvement\"", ("guidelineSource", ["ODG"])),
        Filtered("opioids", ("treatment", ["Opioids"]), ("decision", ["Upheld"])),
        Filtered("surgery", ("bodyRegion", ["Shoulder", "Knee"]), ("decision", ["Overturned"])),
        Filtered("medication", ("specialty", ["Physical Medicine and Rehabilitation", "Anesthesiology"])),
        Filtered("acupuncture", ("licensure", ["California"]), ("injuryYear", ["2014"])),
        .. Enumerable.Repeat(new BenchQuery("browse", "", None), 5),
        new BenchQuery("browse", "", None, Sort: Search.SearchSort.Newest),
        new BenchQuery("browse", "", None, Sort: Search.SearchSort.Case),
        Browse(("decision", ["Overturned"])),
        Browse(("treatment", ["Opioids"])),
        Browse(("bodyRegion", ["Lumbar spine"]), ("decision", ["Upheld"])),
        Browse(("specialty", ["Psychiatry", "Psychology"])),
        Browse(("decisionYear", ["2016"]), ("treatment", ["Physical therapy", "Chiropractic", "Acupuncture"])),
        Dated("tramadol", DateKind.Decided, "2016-07-28", "2017-11-30"),
        Dated("\"physical therapy\"", DateKind.Decided, "2018-01-01", null),
        Dated("", DateKind.Decided, "2020-01-01", "2020-12-31"),
        Dated("MRI", DateKind.Injured, null, "2012-12-31"),
        Dated("acupuncture", DateKind.Received, "2014-01-01", "2015-06-30"),
        Dated("opioid*", DateKind.Decided, "2013-01-01", "2016-12-31", ("decision", ["Overturned"])),
        Trended("", null, null),
        Trended("pain", null, null),
        Trended("\"medically necessary\"", "2016-01-01", "2019-12-31"),
        Trended("tramadol", null, null, ("specialty", ["Physical Medicine and Rehabilitation"])),
        new BenchQuery("deepPage", "pain", None, Page: 100),
        new BenchQuery("deepPage", "\"medically necessary\"", None, Page: 200),
        new BenchQuery("deepPage", "therapy", None, Page: 300, PageSize: 20),
        new BenchQuery("deepPage", "", None, Page: 500),
        new BenchQuery("deepPage", "", None, Page: 1000, PageSize: 50, Sort: Search.SearchSort.Newest),
        new BenchQuery("deepPage", "MRI", None, Page: 50, Sort: Search.SearchSort.Case),
    ];

    public static IReadOnlyList<string> Classes { get; } = All.Select(q => q.Class).Distinct().ToList();

    private static IEnumerable<BenchQuery> Class(string name, params string[] queries) =>
        queries.Select(q => new BenchQuery(name, q, None));

    private static BenchQuery Filtered(string query, params (string Dimension, string[] Values)[] filters) =>
        new("filtered", query, filters.ToDictionary(f => f.Dimension, f => (IReadOnlyList<string>)f.Values));

    private static BenchQuery Dated(string query, DateKind kind, string? from, string? to, params (string Dimension, string[] Values)[] filters) =>
        new("dateRange", query, filters.ToDictionary(f => f.Dimension, f => (IReadOnlyList<string>)f.Values), Dates: Range(kind, from, to));

    private static BenchQuery Trended(string query, string? from, string? to, params (string Dimension, string[] Values)[] filters) =>
        new("trend", query, filters.ToDictionary(f => f.Dimension, f => (IReadOnlyList<string>)f.Values), Dates: Range(DateKind.Decided, from, to), Trend: true);

    private static DateRanges Range(DateKind kind, string? from, string? to) =>
        DateRanges.None.With(kind, new DateRange(DateRanges.ParseDate("from", from), DateRanges.ParseDate("to", to)));

    private static BenchQuery Browse(params (string Dimension, string[] Values)[] filters) =>
        new("browseFiltered", "", filters.ToDictionary(f => f.Dimension, f => (IReadOnlyList<string>)f.Values));
}
