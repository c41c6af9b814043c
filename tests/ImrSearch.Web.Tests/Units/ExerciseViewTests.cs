using System.Text.Json;
using ImrSearch.Json;
using ImrSearch.Web.Training;
using ImrSearch.Web.Workspaces;

namespace ImrSearch.Web.Tests.Units;

/// <summary>The exercise's allow-list, the answer's checks and the guideline match, without a site.</summary>
public sealed class ExerciseViewTests
{
    private const string SecretRationale = "Zebrafinch reasoning: the request is medically necessary.";

    [Fact]
    public void The_exercise_view_carries_what_the_reviewer_saw_and_nothing_the_reviewer_wrote()
    {
        var letter = SampleDetermination.Create(SecretRationale);
        var view = ExerciseView.From(new IndexedItem(letter, letter.Decisions[0]));
        var json = JsonSerializer.Serialize(view, ImrJson.Api);

        Assert.Contains("Chirocare 2x4-6", json);
        Assert.Contains("The patient is a 49-year-old female.", json);
        Assert.Contains("Decision based on MTUS ACOEM Page(s): 298-301.", json);
        Assert.DoesNotContain("Zebrafinch", json);
        Assert.DoesNotContain("Manual Therapy and Manipulation topic", json);
        Assert.DoesNotContain("Upheld", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"decision\"", json, StringComparison.OrdinalIgnoreCase);
        // Only allow-listed properties: a new field must be added here on purpose.
        Assert.Equal(
            ["item", "quantity", "treatment", "bodyRegion", "clinicalSummary", "claimsAdministratorGuideline", "claimsAdministratorCitations", "patientAge", "patientSex", "reviewerSpecialties"],
            typeof(ExerciseView).GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).Where(n => n != "equalityContract"));
    }

    [Theory]
    [InlineData(null, "ODG Low Back Chapter", "Because.", "uphold or overturn")]
    [InlineData("Upheld", "ODG Low Back Chapter", "Because.", "uphold or overturn")]
    [InlineData("overturn", "Not a guideline", "Because.", "guideline document")]
    [InlineData("overturn", "ODG Low Back Chapter", "", "short rationale")]
    public void An_answer_outside_the_vocabularies_or_bounds_is_refused_with_a_reason(string? decision, string guideline, string rationale, string reason)
    {
        var (answer, errors) = new AnswerInput(decision, guideline, null, rationale).Check();
        Assert.Null(answer);
        Assert.Contains(errors, e => e.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_guideline_matches_by_document_and_by_family()
    {
        var item = SampleDetermination.Create().Decisions[0];
        Assert.True(GuidelineChoices.DocumentMatches(GuidelineChoices.Find("chronic pain medical treatment guidelines")!, item));
        Assert.False(GuidelineChoices.DocumentMatches(GuidelineChoices.Find("ACOEM Chapter 12 Low Back Complaints")!, item));
        Assert.True(GuidelineChoices.SourceMatches(GuidelineChoices.Find("ACOEM Chapter 12 Low Back Complaints")!, item));
        Assert.False(GuidelineChoices.SourceMatches(GuidelineChoices.Find("ODG Low Back Chapter")!, item));
    }
}
