using System.Globalization;
using ImrSearch.Domain;

namespace ImrSearch.Web.Cases;

/// <summary>The facts listed at the top of a case page, each as a label and its value; unstated facts are left out.</summary>
public static class CaseFacts
{
    public static IReadOnlyList<(string Label, string Value)> Of(Determination determination)
    {
        var facts = new List<(string Label, string Value)>();
        if (determination.Dates.DecisionDate is DateOnly decided)
        {
            facts.Add(("Decision date", Date(decided)));
        }
        var upheld = determination.Decisions.Count(d => d.Decision == Decision.Upheld);
        var overturned = determination.Decisions.Count - upheld;
        facts.Add(("Items decided", $"{determination.Decisions.Count}: {upheld} Upheld, {overturned} Overturned"));
        var patient = Patient(determination.Patient);
        if (patient.Length > 0)
        {
            facts.Add(("Injured worker", patient));
        }
        if (determination.Dates.UrDenialDate is DateOnly denied)
        {
            facts.Add(("UR denial date", Date(denied)));
        }
        if (determination.Dates.DateAssigned is DateOnly assigned)
        {
            facts.Add(("Date assigned", Date(assigned)));
        }
        if (determination.Dates.ApplicationReceived is DateOnly received)
        {
            facts.Add(("Application received", Date(received)));
        }
        if (determination.CaseNumber is { Length: > 0 } number)
        {
            facts.Add(("Case number", number));
        }
        facts.Add(("Letter", determination.Source));
        return facts;
    }

    /// <summary>An item's line under its heading besides the badge: treatment, body region and quantity when stated.</summary>
    public static IReadOnlyList<string> OfItem(DecidedItem item)
    {
        var facts = new List<string> { "Treatment: " + item.Treatment };
        if (item.BodyRegion is { Length: > 0 } region)
        {
            facts.Add("Body region: " + region);
        }
        if (item.Quantity is decimal quantity)
        {
            facts.Add("Quantity: " + quantity.ToString("0.##", CultureInfo.InvariantCulture));
        }
        return facts;
    }

    private static string Patient(PatientFacts patient)
    {
        var parts = new List<string>();
        if (patient.Age is int age)
        {
            parts.Add(age.ToString(CultureInfo.InvariantCulture) + " years old");
        }
        if (patient.Sex is { Length: > 0 } sex)
        {
            parts.Add(sex);
        }
        if (patient.DateOfInjury is DateOnly injured)
        {
            parts.Add("injured " + Date(injured));
        }
        return string.Join(", ", parts);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
