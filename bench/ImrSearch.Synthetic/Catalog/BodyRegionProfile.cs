namespace ImrSearch.Synthetic.Catalog;

/// <summary>
/// An injured body region as letters describe it: the normalized name a parser should produce, how requests and
/// summaries word it, typical diagnoses and examination findings, and the guideline chapters that govern it.
/// </summary>
/// <param name="Name">Normalized body region (the expected parser value).</param>
/// <param name="Weight">Relative frequency as the primary injured region.</param>
/// <param name="ItemPhrases">How a request names the region ("lumbar spine", "lower back").</param>
/// <param name="Complaints">Complaint wordings for the summary ("low back pain").</param>
/// <param name="Sided">Extremity regions take a side (left, right, bilateral) in requests and findings.</param>
/// <param name="Levels">Spinal levels for injections and surgery, empty for other regions.</param>
/// <param name="Acoem">The ACOEM chapter covering the region, or null when ACOEM has none (hip).</param>
/// <param name="OdgChapter">The ODG chapter name ("Low Back", "Knee &amp; Leg").</param>
public sealed record BodyRegionProfile(
    string Name,
    double Weight,
    string[] ItemPhrases,
    string[] Complaints,
    string[] Diagnoses,
    string[] Findings,
    bool Sided,
    string[] Levels,
    AcoemChapter? Acoem,
    string OdgChapter);

/// <summary>An ACOEM (2004, MTUS-adopted) chapter with the pages letters cite for its main topics.</summary>
public sealed record AcoemChapter(int Number, string Title, string ImagingPages, string SurgeryPages, string TreatmentPages);
