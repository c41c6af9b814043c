namespace ImrSearch.Synthetic.Catalog;

/// <summary>
/// Shorthands the treatment catalog uses to say which guideline governs an item, resolved against the injured
/// region where the chapter depends on it (ACOEM imaging pages for the knee differ from those for the low back).
/// </summary>
public static class Guidelines
{
    public static Func<BodyRegionProfile?, GuidelineTopic?> ChronicPain(string topic, string pages) =>
        _ => new GuidelineTopic(GuidelineBook.ChronicPain, topic, pages);

    public static Func<BodyRegionProfile?, GuidelineTopic?> Odg(string chapter, string topic) =>
        _ => new GuidelineTopic(GuidelineBook.Odg, topic, null, null, chapter);

    /// <summary>ODG, in the chapter of the injured region.</summary>
    public static Func<BodyRegionProfile?, GuidelineTopic?> OdgRegional(string topic) =>
        r => new GuidelineTopic(GuidelineBook.Odg, topic, null, null, r?.OdgChapter ?? "Pain");

    public static Func<BodyRegionProfile?, GuidelineTopic?> AcoemImaging() =>
        r => r?.Acoem is { } c ? new GuidelineTopic(GuidelineBook.Acoem, "Special Studies", ImagingPages(c), c.Number, c.Title) : null;

    public static Func<BodyRegionProfile?, GuidelineTopic?> AcoemSurgery() =>
        r => r?.Acoem is { } c ? new GuidelineTopic(GuidelineBook.Acoem, "Surgical Considerations", c.SurgeryPages, c.Number, c.Title) : null;

    public static Func<BodyRegionProfile?, GuidelineTopic?> AcoemTreatment(string section) =>
        r => r?.Acoem is { } c ? new GuidelineTopic(GuidelineBook.Acoem, section, c.TreatmentPages, c.Number, c.Title) : null;

    public static Func<BodyRegionProfile?, GuidelineTopic?> AcoemChapter(int number, string title, string section, string pages) =>
        _ => new GuidelineTopic(GuidelineBook.Acoem, section, pages, number, title);

    /// <summary>ACOEM's electrodiagnostic pages: low back 303, neck 178, wrist and hand 261.</summary>
    public static Func<BodyRegionProfile?, GuidelineTopic?> AcoemElectrodiagnostics() =>
        r => r?.Acoem?.Number switch
        {
            12 => new GuidelineTopic(GuidelineBook.Acoem, "Special Studies", "303", 12, "Low Back Complaints"),
            8 => new GuidelineTopic(GuidelineBook.Acoem, "Special Studies", "178", 8, "Neck and Upper Back Complaints"),
            11 => new GuidelineTopic(GuidelineBook.Acoem, "Special Studies", "261", 11, "Forearm, Wrist, and Hand Complaints"),
            _ => null,
        };

    public static Func<BodyRegionProfile?, GuidelineTopic?> Acupuncture() =>
        _ => new GuidelineTopic(GuidelineBook.Acupuncture, null, null);

    public static Func<BodyRegionProfile?, GuidelineTopic?> Postsurgical(string topic, string? pages) =>
        _ => new GuidelineTopic(GuidelineBook.Postsurgical, topic, pages);

    public static Func<BodyRegionProfile?, GuidelineTopic?> AcoemOnline() =>
        r => new GuidelineTopic(GuidelineBook.AcoemOnline, r?.OdgChapter ?? "Chronic Pain", null);

    public static Func<BodyRegionProfile?, GuidelineTopic?> Literature(string reference) =>
        _ => new GuidelineTopic(GuidelineBook.Literature, reference, null);

    /// <summary>ACOEM imaging pages, with the chapter's summary table where letters cite one (Table 8-8, Table 12-8).</summary>
    private static string ImagingPages(AcoemChapter chapter) => chapter.Number switch
    {
        8 => "Table 8-8, 182",
        12 => "Table 12-8, 308-310",
        13 => "Table 13-5, 341-343",
        9 => "Table 9-6, 214",
        _ => chapter.ImagingPages,
    };
}
