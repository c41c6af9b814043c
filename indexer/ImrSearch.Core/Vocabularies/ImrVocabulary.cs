namespace ImrSearch.Vocabularies;

/// <summary>
/// The controlled vocabularies the parser normalizes letters with. They are data files under
/// <c>Vocabularies/</c> beside the assembly, read once per process, editable without a code change.
/// </summary>
public sealed class ImrVocabulary
{
    private static readonly Lazy<ImrVocabulary> DefaultVocabulary = new(() => Load(DefaultDirectory));

    public ImrVocabulary(
        TreatmentVocabulary treatments,
        BodyRegionVocabulary bodyRegions,
        SpecialtyVocabulary specialties,
        GuidelineDocumentVocabulary guidelineDocuments,
        LicensureStateVocabulary states)
    {
        Treatments = treatments;
        BodyRegions = bodyRegions;
        Specialties = specialties;
        GuidelineDocuments = guidelineDocuments;
        States = states;
    }

    public TreatmentVocabulary Treatments { get; }

    public BodyRegionVocabulary BodyRegions { get; }

    public SpecialtyVocabulary Specialties { get; }

    public GuidelineDocumentVocabulary GuidelineDocuments { get; }

    public LicensureStateVocabulary States { get; }

    /// <summary>The folder the data files ship in, beside the ImrSearch.Core assembly.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "Vocabularies");

    /// <summary>The shipped vocabularies, read once per process.</summary>
    public static ImrVocabulary Default => DefaultVocabulary.Value;

    public static ImrVocabulary Load(string directory) => new(
        TreatmentVocabulary.Load(Path.Combine(directory, TreatmentVocabulary.FileName)),
        BodyRegionVocabulary.Load(Path.Combine(directory, BodyRegionVocabulary.FileName)),
        SpecialtyVocabulary.Load(Path.Combine(directory, SpecialtyVocabulary.FileName)),
        GuidelineDocumentVocabulary.Load(Path.Combine(directory, GuidelineDocumentVocabulary.FileName)),
        LicensureStateVocabulary.Load(Path.Combine(directory, LicensureStateVocabulary.FileName)));
}
