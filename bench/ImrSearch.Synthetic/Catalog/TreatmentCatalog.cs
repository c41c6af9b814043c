namespace ImrSearch.Synthetic.Catalog;

/// <summary>Every kind of disputed item the generator writes, weighted as the state's IMR reports describe the mix.</summary>
public static class TreatmentCatalog
{
    public static readonly IReadOnlyList<TreatmentKind> All =
    [
        .. PharmaceuticalKinds.All,
        .. PhysicalMedicineKinds.All,
        .. DiagnosticKinds.All,
        .. ProcedureKinds.All,
        .. EquipmentKinds.All,
        .. CareServiceKinds.All,
    ];

    public static readonly WeightedChoice<TreatmentKind> ByWeight = new(All.Select(k => (k, k.Weight)));

    /// <summary>The expected share of Overturned decisions over the whole mix.</summary>
    public static double ExpectedOverturnRate => All.Sum(k => k.Weight * k.OverturnRate) / All.Sum(k => k.Weight);
}
