using System.CommandLine;
using System.Globalization;
using ImrSearch.Evaluation;
using ImrSearch.Parsing;
using ImrSearch.Search;

namespace ImrSearch.Bench.Commands;

/// <summary>
/// `eval`: scores the consistency check, similar decisions and a plain BM25 baseline on the judged set
/// (bench/ImrSearch.Evaluation/data), overall and per judged class. `eval --items` lists the corpus's decided items,
/// which is what the judgments were written from.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var judged = new Option<string?>("--judged") { Description = "The judged set (default: the one shipped with the bench)." };
        var items = new Option<bool>("--items") { Description = "List the corpus's decided items (case id, item number, category, region, decision, guideline) instead of scoring." };
        var perCheck = new Option<bool>("--per-check") { Description = "Also print each check's figures and what ranked first." };
        var read = new Option<bool>("--read") { Description = "Print what the check recognises in each judged draft instead of scoring." };
        var weights = new Option<string?>("--weights") { Description = "Try other ranking weights: text,treatment,named,region,guideline,quantity (default: PrecedentWeights.Default)." };
        var command = new Command("eval", "Score the precedent explorer's rankings against the judged set (nDCG@5, MRR).") { judged, items, perCheck, read, weights };
        command.SetAction(parsed =>
        {
            var set = JudgedSet.Load(parsed.GetValue(judged) ?? JudgedSet.DefaultPath);
            var root = RepositoryPaths.Root();
            if (root is null)
            {
                Console.Error.WriteLine("Run eval inside the repository (it reads the seed letters from corpus/).");
                return 2;
            }

            if (parsed.GetValue(read))
            {
                foreach (var check in set.Checks)
                {
                    Console.WriteLine($"{check.Id,-34} {ImrSearch.Precedents.RequestReader.Default.ReadDraft(check.Draft).Describe()}");
                }

                return 0;
            }

            var seeds = Path.Combine(root, "corpus");
            ImrSearch.Precedents.PrecedentWeights? tried = null;
            if (parsed.GetValue(weights) is string given)
            {
                var parts = given.Split(',').Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var w) ? w : double.NaN).ToArray();
                if (parts.Length != 6 || parts.Any(double.IsNaN))
                {
                    Console.Error.WriteLine("--weights takes six numbers: text,treatment,named,region,guideline,quantity.");
                    return 2;
                }

                tried = new ImrSearch.Precedents.PrecedentWeights(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]);
            }

            return parsed.GetValue(items) ? ListItems(set, seeds) : Score(set, seeds, parsed.GetValue(perCheck), tried);
        });
        return command;
    }

    private static int Score(JudgedSet set, string seeds, bool perCheck, ImrSearch.Precedents.PrecedentWeights? weights)
    {
        using var corpus = EvaluationCorpus.Build(set.Corpus, seeds);
        using var searcher = new DecisionSearcher(corpus.IndexDirectory, new DecisionSearcherOptions { TimeBudget = Timeout.InfiniteTimeSpan });
        var report = PrecedentEvaluation.Run(set, searcher, corpus.IndexDirectory, weights);
        Console.WriteLine($"Weights: {weights ?? ImrSearch.Precedents.PrecedentWeights.Default}");
        Console.WriteLine($"Judged set: {set.Checks.Count} checks over {corpus.Letters} letters, {corpus.Items} decided items " +
            $"(seeds {(set.Corpus.Seeds ? "yes" : "no")}, synthetic seed {set.Corpus.SyntheticSeed} x {set.Corpus.SyntheticLetters} letters).");
        Console.WriteLine();
        Print("all", report.Overall);
        foreach (var (name, scores) in report.ByClass)
        {
            Print(name, scores);
        }

        if (perCheck)
        {
            Console.WriteLine();
            foreach (var score in report.PerCheck.OrderBy(s => s.CheckId, StringComparer.Ordinal).ThenBy(s => s.System, StringComparer.Ordinal))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{score.CheckId,-34} {score.System,-18} nDCG@5 {score.NdcgAt5:0.000}  RR {score.ReciprocalRank:0.000}  first {score.First}"));
            }
        }

        var check = report.Of(PrecedentEvaluation.Check);
        var baseline = report.Of(PrecedentEvaluation.Baseline);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"check - baseline: nDCG@5 {check.NdcgAt5 - baseline.NdcgAt5:+0.000;-0.000}, MRR {check.Mrr - baseline.Mrr:+0.000;-0.000}"));
        return 0;
    }

    private static void Print(string name, IReadOnlyList<SystemScore> scores)
    {
        Console.WriteLine($"{name} ({scores[0].Checks} checks)");
        foreach (var score in scores)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {score.System,-18} nDCG@5 {score.NdcgAt5:0.000}  MRR {score.Mrr:0.000}"));
        }
    }

    private static int ListItems(JudgedSet set, string seeds)
    {
        var determinations = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal)
            .Select(path => LetterReader.Read(path).Determination)
            .OfType<Domain.Determination>()
            .Concat(EvaluationCorpus.Synthetic(set.Corpus).Select(letter => letter.Truth));
        foreach (var determination in determinations)
        {
            foreach (var item in determination.Decisions)
            {
                var cited = string.Join("; ", item.Citations.Where(c => c.CitedBy == Domain.CitedBy.ImrOrganization).Select(c => c.Describe()).Distinct());
                Console.WriteLine($"{determination.CaseId}\t{item.Index}\t{item.Treatment}\t{item.BodyRegion}\t{item.Decision}\t{item.Quantity}\t{item.Item}\t{cited}");
            }
        }

        return 0;
    }
}
