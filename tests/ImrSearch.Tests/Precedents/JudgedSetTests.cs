using ImrSearch.Evaluation;
using ImrSearch.Precedents;

namespace ImrSearch.Tests.Precedents;

/// <summary>The precedent rankings scored on the judged set (bench/ImrSearch.Evaluation/data) against plain BM25.</summary>
public sealed class JudgedSetTests(JudgedSetFixture judged) : IClassFixture<JudgedSetFixture>
{
    /// <summary>The bar: the check at least this much nDCG@5 above the baseline any peer ships.</summary>
    private const double RequiredMargin = 0.05;

    [Fact]
    public void The_judged_set_has_at_least_40_checks_whose_items_are_all_in_the_corpus()
    {
        Assert.True(judged.Set.Checks.Count >= 40, $"{judged.Set.Checks.Count} checks");
        Assert.Equal(judged.Set.Checks.Count, judged.Set.Checks.Select(c => c.Id).Distinct().Count());
        foreach (var check in judged.Set.Checks)
        {
            Assert.Contains(check.Judgments, j => j.Key == check.Anchor && j.Grade == 3);
            foreach (var key in check.Judgments.Select(j => j.Key))
            {
                var letter = judged.Searcher.FindCase(key.Case);
                Assert.True(letter?.Decisions.Any(d => d.Index == key.Item) == true, $"{check.Id}: {key} is not in the judged corpus");
            }
        }
    }

    [Fact]
    public void The_check_ranks_at_least_005_ndcg_above_plain_bm25()
    {
        var check = judged.Report.Of(PrecedentEvaluation.Check);
        var baseline = judged.Report.Of(PrecedentEvaluation.Baseline);

        Assert.True(check.NdcgAt5 >= baseline.NdcgAt5 + RequiredMargin, $"check nDCG@5 {check.NdcgAt5:0.000}, BM25 {baseline.NdcgAt5:0.000}");
        Assert.True(check.Mrr >= baseline.Mrr, $"check MRR {check.Mrr:0.000}, BM25 {baseline.Mrr:0.000}");
    }

    [Fact]
    public void The_check_is_no_worse_than_plain_bm25_on_any_judged_class()
    {
        foreach (var (name, scores) in judged.Report.ByClass)
        {
            var check = scores.Single(s => s.System == PrecedentEvaluation.Check);
            var baseline = scores.Single(s => s.System == PrecedentEvaluation.Baseline);

            Assert.True(check.NdcgAt5 >= baseline.NdcgAt5, $"{name}: check nDCG@5 {check.NdcgAt5:0.000}, BM25 {baseline.NdcgAt5:0.000}");
        }
    }

    [Fact]
    public void Similar_decisions_rank_better_than_bm25_over_the_item_text()
    {
        var similar = judged.Report.Of(PrecedentEvaluation.Similar);
        var baseline = judged.Report.Of(PrecedentEvaluation.SimilarBaseline);

        Assert.True(similar.NdcgAt5 > baseline.NdcgAt5, $"similar nDCG@5 {similar.NdcgAt5:0.000}, BM25 {baseline.NdcgAt5:0.000}");
    }

    [Fact]
    public void A_chiropractic_visit_for_a_low_back_flare_up_finds_a_lower_back_chiropractic_item_first()
    {
        var check = judged.Check("chiro-low-back-flare");

        var neighbours = judged.Explorer.Check(new ConsistencyCheckRequest(check.Draft)).Similar.Neighbours;

        Assert.Equal("Chiropractic", neighbours[0].Treatment);
        Assert.Equal("Lumbar spine", neighbours[0].BodyRegion);
        Assert.Equal(3, check.GradeOf(new ItemKey(neighbours[0].CaseId, neighbours[0].ItemIndex)));

        // The seeds' chiropractic items of no stated region come after the first five, all lower-back ones.
        Assert.All(neighbours.Take(5), n => Assert.Equal(("Chiropractic", "Lumbar spine"), (n.Treatment, n.BodyRegion)));
    }

    [Fact]
    public void A_compounded_ketoprofen_cream_finds_ketoprofen_creams_before_any_lidocaine_patch()
    {
        var check = judged.Check("ketoprofen-compounded-cream");

        var neighbours = judged.Explorer.Check(new ConsistencyCheckRequest(check.Draft)).Similar.Neighbours.ToList();

        Assert.Contains("ketoprofen", neighbours[0].Item, StringComparison.OrdinalIgnoreCase);
        var lastKetoprofen = neighbours.FindLastIndex(n => n.Item.Contains("ketoprofen", StringComparison.OrdinalIgnoreCase));
        var firstLidocaine = neighbours.FindIndex(n => n.Item.Contains("lido", StringComparison.OrdinalIgnoreCase));
        // Every ketoprofen cream of the judged corpus (the check's grade-3 items) comes first.
        var creams = check.Judgments.Count(j => j.Grade == 3);
        Assert.True(creams >= 2, "the judged corpus should hold several ketoprofen creams");
        Assert.Equal(creams, neighbours.Take(creams).Count(n => n.Item.Contains("ketoprofen", StringComparison.OrdinalIgnoreCase)));
        Assert.True(firstLidocaine < 0 || firstLidocaine > lastKetoprofen, string.Join(" / ", neighbours.Select(n => n.Item)));
    }

    [Fact]
    public void The_check_says_what_it_recognised_and_a_correction_changes_the_ranking()
    {
        var check = judged.Check("ketoprofen-compounded-cream");

        var read = judged.Explorer.Check(new ConsistencyCheckRequest(check.Draft));
        var corrected = judged.Explorer.Check(new ConsistencyCheckRequest(
            check.Draft, Reading: read.Recognised with { Named = ["lidoderm"] }));

        Assert.Equal("Topical analgesics", read.Recognised.Treatment);
        Assert.Contains("ketoprofen", read.Recognised.Named);
        Assert.Contains("lido", corrected.Similar.Neighbours[0].Item, StringComparison.OrdinalIgnoreCase);
    }
}
