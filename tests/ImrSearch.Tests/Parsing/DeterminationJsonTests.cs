using System.Text.Json.Nodes;
using ImrSearch.Domain;
using ImrSearch.Parsing;

namespace ImrSearch.Tests.Parsing;

public class DeterminationJsonTests
{
    [Theory]
    [InlineData(SeedLetters.Letter000)]
    [InlineData(SeedLetters.Letter001)]
    [InlineData(SeedLetters.Letter002)]
    [InlineData(SeedLetters.Letter003)]
    [InlineData(SeedLetters.Letter004)]
    public void A_seed_round_trips_through_json(string name)
    {
        var determination = SeedLetters.Parse(name);

        var json = DeterminationJson.Serialize(determination);
        var back = DeterminationJson.Deserialize(json);

        Assert.Equal(json, DeterminationJson.Serialize(back));
        Assert.Equal(determination.Decisions.Select(i => i.Rationale), back.Decisions.Select(i => i.Rationale));
        Assert.Equal(determination.Decisions.SelectMany(i => i.Citations), back.Decisions.SelectMany(i => i.Citations));
        Assert.Equal(determination.Patient, back.Patient);
        Assert.Equal(determination.Dates, back.Dates);
    }

    [Fact]
    public void The_json_has_the_parse_shape_camel_case_iso_dates_and_named_decisions()
    {
        var json = JsonNode.Parse(DeterminationJson.Serialize(SeedLetters.Parse(SeedLetters.Letter004)))!.AsObject();

        Assert.Equal("004_0ee5ec402ea739f4", (string?)json["caseId"]);
        Assert.True(json.ContainsKey("caseNumber"));
        Assert.Null(json["caseNumber"]);
        Assert.True(json.ContainsKey("decisionDate"));
        Assert.Equal(["Preventive Medicine", "Occupational Medicine"], json["reviewer"]!["specialties"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(["Texas", "New York", "California"], json["reviewer"]!["licensure"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(51, (int?)json["patient"]!["age"]);
        Assert.Null(json["patient"]!["sex"]);
        Assert.Equal("2014-05-19", (string?)json["patient"]!["dateOfInjury"]);
        Assert.StartsWith("The applicant is a represented 51-year-old", (string?)json["summary"]);

        var decisions = json["decisions"]!.AsArray();
        Assert.Equal(2, decisions.Count);
        var mri = decisions[1]!.AsObject();
        Assert.Equal("MRI of the lumbar spine", (string?)mri["item"]);
        Assert.Null(mri["quantity"]);
        Assert.Equal("MRI", (string?)mri["treatment"]);
        Assert.Equal("Lumbar spine", (string?)mri["bodyRegion"]);
        Assert.Equal("Overturned", (string?)mri["decision"]);
        Assert.Equal(12, (decimal?)decisions[0]!["quantity"]);
        Assert.Equal("Upheld", (string?)decisions[0]!["decision"]);
        Assert.StartsWith("Decision based on MTUS Low Back Complaints 2004.", (string?)mri["claimsAdministratorGuideline"]);
        Assert.StartsWith("Decision based on MTUS Low Back Complaints 2004,", (string?)mri["imrGuideline"]);
        Assert.StartsWith("Conversely,", (string?)mri["rationale"]);
        var citation = mri["citations"]![2]!.AsObject();
        Assert.Equal(["source", "document", "topic", "pages", "pageTotal", "regulation", "edition", "citedBy"], citation.Select(p => p.Key));
        Assert.Equal("MTUS", (string?)citation["source"]);
        Assert.Equal("ACOEM Chapter 12 Low Back Complaints", (string?)citation["document"]);
        Assert.Equal("Special Studies", (string?)citation["topic"]);
        Assert.Equal("2004", (string?)citation["edition"]);
        Assert.Null(citation["regulation"]);
        Assert.Null(citation["pageTotal"]);
    }

    [Fact]
    public void A_citation_keeps_its_regulation_edition_and_page_total_through_json()
    {
        var item = SeedLetters.Parse(SeedLetters.Letter000).Decisions[0];
        var citation = new GuidelineCitation("MTUS", "Chronic Pain Medical Treatment Guidelines", "Tramadol", "93-94, 113", CitedBy.ImrOrganization,
            "8 C.C.R. 9792.20 - 9792.26", new GuidelineEdition(2009, new DateOnly(2009, 7, 18)), 127);
        var determination = SeedLetters.Parse(SeedLetters.Letter000) with { Decisions = [item with { Citations = [citation] }] };

        var json = DeterminationJson.Serialize(determination);
        var written = JsonNode.Parse(json)!["decisions"]![0]!["citations"]![0]!;

        Assert.Equal("2009-07-18", (string?)written["edition"]);
        Assert.Equal("8 C.C.R. 9792.20 - 9792.26", (string?)written["regulation"]);
        Assert.Equal(127, (int?)written["pageTotal"]);
        Assert.Equal(citation, Assert.Single(DeterminationJson.Deserialize(json).Decisions[0].Citations));
    }

    [Fact]
    public void Curly_quotes_stay_readable_in_the_json()
    {
        var json = DeterminationJson.Serialize(SeedLetters.Parse(SeedLetters.Letter002));

        Assert.Contains("is \u201CRecommended as indicated below.", json);
    }

    [Fact]
    public void Header_dates_serialize_as_iso_dates()
    {
        var determination = SeedLetters.Parse(SeedLetters.Letter000) with
        {
            CaseId = "CM14-0123456",
            CaseNumber = "CM14-0123456",
            Dates = new LetterDates(new DateOnly(2014, 11, 20), new DateOnly(2014, 10, 30), new DateOnly(2014, 10, 22), null),
        };

        var json = JsonNode.Parse(DeterminationJson.Serialize(determination))!.AsObject();

        Assert.Equal("2014-11-20", (string?)json["decisionDate"]);
        Assert.Equal("2014-10-30", (string?)json["dateAssigned"]);
        Assert.Equal("2014-10-22", (string?)json["urDenialDate"]);
        Assert.Equal(2014, (int?)json["decisionYear"]);
        Assert.Equal(determination.Dates, DeterminationJson.Deserialize(json.ToJsonString()).Dates);
    }

    [Fact]
    public void A_parse_line_puts_source_status_and_error_first()
    {
        var parsed = ParseResultJson.Read(ParseResultJson.ToJsonLine(LetterParseResult.Parsed("a.txt", SeedLetters.Parse(SeedLetters.Letter003))));
        var rejected = ParseResultJson.Read(ParseResultJson.ToJsonLine(LetterParseResult.Rejected("b.txt", "the letter is empty")));

        Assert.Equal(["source", "status", "error", "caseId"], parsed.Select(p => p.Key).Take(4));
        Assert.Equal("a.txt", (string?)parsed["source"]);
        Assert.Equal("parsed", (string?)parsed["status"]);
        Assert.Null(parsed["error"]);
        Assert.Equal(2, parsed["decisions"]!.AsArray().Count);
        Assert.Equal("rejected", (string?)rejected["status"]);
        Assert.Equal("the letter is empty", (string?)rejected["error"]);
        Assert.False(rejected.ContainsKey("decisions"));
    }
}
