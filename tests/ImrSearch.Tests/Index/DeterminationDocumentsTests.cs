using ImrSearch.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ImrSearch.Tests.Index;

public sealed class DeterminationDocumentsTests
{
    [Fact]
    public void Every_field_of_an_item_comes_back_from_the_index()
    {
        var determination = SampleDeterminations.PreventiveMedicineMri();
        using var fixture = new CorpusFixture(determination, SampleDeterminations.NeurologyPhysicalTherapy());
        fixture.Build();

        using var index = new IndexedDocuments(fixture.IndexDirectory);
        var doc = index.ItemDocId(determination.CaseId, 1);
        var stored = index.Reader.Document(doc);
        Assert.Equal(determination.CaseId, stored.Get(IndexSchema.CaseId));
        Assert.Equal("004.txt", stored.Get(IndexSchema.Source));
        Assert.Equal(1, stored.GetField(IndexSchema.ItemIndex).GetInt32Value());
        Assert.Null(stored.Get(IndexSchema.Rationale));
        Assert.Null(stored.Get(IndexSchema.Summary));
        Assert.Null(stored.Get(IndexSchema.DeterminationJson));

        Assert.Equal(["Overturned"], index.SortedSetValues(doc, IndexSchema.Decision.DocValuesField));
        Assert.Equal(["MRI"], index.SortedSetValues(doc, IndexSchema.Treatment.DocValuesField));
        Assert.Equal(["Lumbar spine"], index.SortedSetValues(doc, IndexSchema.BodyRegion.DocValuesField));
        Assert.Equal(["Occupational Medicine", "Preventive Medicine"], index.SortedSetValues(doc, IndexSchema.Specialty.DocValuesField));
        Assert.Equal(["California", "New York", "Texas"], index.SortedSetValues(doc, IndexSchema.Licensure.DocValuesField));
        Assert.Equal(["ACOEM Chapter 12 Low Back Complaints"], index.SortedSetValues(doc, IndexSchema.Guideline.DocValuesField));
        Assert.Equal(["ACOEM"], index.SortedSetValues(doc, IndexSchema.GuidelineSource.DocValuesField));
        Assert.Equal(["2014"], index.SortedSetValues(doc, IndexSchema.InjuryYear.DocValuesField));
        Assert.Equal(["50-59"], index.SortedSetValues(doc, IndexSchema.AgeBand.DocValuesField));

        // The letter states neither sex nor any date of decision: those dimensions are absent, not invented.
        Assert.Empty(index.SortedSetValues(doc, IndexSchema.Sex.DocValuesField));
        Assert.Empty(index.SortedSetValues(doc, IndexSchema.DecisionYear.DocValuesField));
        Assert.Equal(0, index.NumericValue(doc, IndexSchema.DecisionDateSort));
        Assert.Equal(determination.CaseId, index.SortedValue(doc, IndexSchema.CaseId));
        Assert.Equal(1, index.NumericValue(doc, IndexSchema.ItemIndex));

        Assert.True(index.HasTerm(doc, IndexSchema.Decision.FilterField, "overturned"));
        Assert.True(index.HasTerm(doc, IndexSchema.Specialty.FilterField, "preventive medicine"));
        Assert.True(index.HasTerm(doc, IndexSchema.Guideline.FilterField, "acoem chapter 12 low back complaints"));
        Assert.True(index.HasTerm(doc, IndexSchema.Source, "004.txt"));
        Assert.True(index.HasTerm(doc, IndexSchema.Item, "mri"));
        Assert.True(index.HasTerm(doc, IndexSchema.Rationale, "surgic"));
        // The summary is the letter's: indexed once, on the case document after the items, which counts them.
        Assert.False(index.HasTerm(doc, IndexSchema.Summary, "epidur"));
        var caseDoc = doc + determination.Decisions.Count - 1;
        Assert.True(index.HasTerm(caseDoc, IndexSchema.Summary, "epidur"));
        Assert.Equal(determination.Decisions.Count, index.NumericValue(caseDoc, IndexSchema.ItemCount));
        Assert.True(index.HasTerm(doc, IndexSchema.GuidelineText, "303"));
        Assert.False(index.HasTerm(doc, IndexSchema.Rationale, "session"));
    }

    [Fact]
    public void Case_document_stores_the_whole_determination_once()
    {
        var determination = SampleDeterminations.NeurologyPhysicalTherapy();
        using var fixture = new CorpusFixture(determination);
        fixture.Build();

        using var index = new IndexedDocuments(fixture.IndexDirectory);
        var stored = Assert.Single(index.Cases());
        Assert.Equal(determination.CaseId, stored.Get(IndexSchema.CaseId));
        Assert.Equal("002.txt", stored.Get(IndexSchema.Source));
        Assert.Equal(64, stored.Get(IndexSchema.ContentHash).Length);
        Assert.Equal(JsonLetterFiles.Serialize(determination), stored.Get(IndexSchema.DeterminationJson));
        Assert.Equal(JsonLetterFiles.Serialize(determination), File.ReadAllText(Path.Combine(fixture.Corpus, "002.txt")));
    }

    [Fact]
    public void Dated_items_carry_year_sort_key_and_sex()
    {
        var determination = SampleDeterminations.NeurologyPhysicalTherapy();
        using var fixture = new CorpusFixture(determination);
        fixture.Build();

        using var index = new IndexedDocuments(fixture.IndexDirectory);
        var doc = index.ItemDocId(determination.CaseId, 0);
        Assert.Equal(20150120, index.NumericValue(doc, IndexSchema.DecisionDateSort));
        Assert.Equal(["2015"], index.SortedSetValues(doc, IndexSchema.DecisionYear.DocValuesField));
        Assert.Equal(["Male"], index.SortedSetValues(doc, IndexSchema.Sex.DocValuesField));
        Assert.True(index.HasTerm(doc, IndexSchema.Sex.FilterField, "male"));
        Assert.Equal(["Chronic Pain Medical Treatment Guidelines"], index.SortedSetValues(doc, IndexSchema.Guideline.DocValuesField));
        Assert.Equal(["MTUS"], index.SortedSetValues(doc, IndexSchema.GuidelineSource.DocValuesField));

        var inRange = index.Matching(NumericRangeQuery.NewInt32Range(IndexSchema.Year, IndexSchema.NumericPrecisionStep, 2015, 2015, true, true));
        Assert.Equal(2, inRange.Count);
        Assert.Empty(index.Matching(NumericRangeQuery.NewInt32Range(IndexSchema.Year, IndexSchema.NumericPrecisionStep, 2014, 2014, true, true)));
    }

    [Fact]
    public void Numeric_fields_hold_one_term_per_value()
    {
        // Lower-precision (trie) terms would be written for nothing: no range reads them.
        var determination = SampleDeterminations.NeurologyPhysicalTherapy();
        using var fixture = new CorpusFixture(determination);
        fixture.Build();

        using var index = new IndexedDocuments(fixture.IndexDirectory);
        var fields = MultiFields.GetFields(index.Reader);
        Assert.Equal([2015], Values(fields.GetTerms(IndexSchema.Year)));
        Assert.Equal([DateKey.Of(determination.Patient.DateOfInjury!.Value)], Values(fields.GetTerms(IndexSchema.InjuredDate)));
        Assert.Null(fields.GetTerms("decidedDate"));

        static List<int> Values(Terms terms)
        {
            var values = new List<int>();
            var e = terms.GetEnumerator();
            while (e.MoveNext())
            {
                values.Add(NumericUtils.PrefixCodedToInt32(e.Term));
            }

            return values;
        }
    }

    [Fact]
    public void A_filter_on_overturned_never_returns_an_upheld_item()
    {
        using var fixture = new CorpusFixture(SampleDeterminations.PreventiveMedicineMri(), SampleDeterminations.NeurologyPhysicalTherapy());
        fixture.Build();

        using var index = new IndexedDocuments(fixture.IndexDirectory);
        var overturned = index.Matching(new TermQuery(new Term(IndexSchema.Decision.FilterField, "overturned")));
        var doc = Assert.Single(overturned);
        Assert.Equal(1, index.Reader.Document(doc).GetField(IndexSchema.ItemIndex).GetInt32Value());
        Assert.False(index.HasTerm(doc, IndexSchema.Rationale, "session"));
    }
}
