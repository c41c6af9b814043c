using System.Diagnostics;
using System.Text;
using ImrSearch.Domain;
using ImrSearch.Parsing;
using ImrSearch.Synthetic;

namespace ImrSearch.Bench.Phases;

/// <summary>How fast PDF letters are read beside the same letters as text, and whether they read the same.</summary>
internal sealed record PdfFigures(int Letters, double TextLettersPerSecond, double PdfLettersPerSecond, long PdfBytes, int Different, string? FirstDifference);

/// <summary>
/// A small sample of the corpus's letters (spread evenly) written both as text and as PDF (<see cref="PdfTypesetter"/>:
/// running header and "Page N of M" on every page), each read by <see cref="LetterReader"/> on one thread; every PDF
/// must parse to the same determination as its text.
/// </summary>
internal static class PdfPhase
{
    public static PdfFigures Run(SyntheticCorpus corpus, string folder, int letters)
    {
        var sample = Path.Combine(folder, "pdf-sample");
        if (Directory.Exists(sample))
        {
            Directory.Delete(sample, recursive: true);
        }

        Directory.CreateDirectory(sample);
        var count = Math.Min(letters, corpus.Letters);
        var names = new List<string>(count);
        long pdfBytes = 0;
        for (var i = 0; i < count; i++)
        {
            var letter = LetterComposer.Compose(corpus.Seed, (long)i * corpus.Letters / count);
            var name = Path.GetFileNameWithoutExtension(letter.RelativePath);
            var pdf = PdfTypesetter.Write(letter.Text);
            File.WriteAllText(Path.Combine(sample, name + ".txt"), letter.Text, Encoding.UTF8);
            File.WriteAllBytes(Path.Combine(sample, name + ".pdf"), pdf);
            pdfBytes += pdf.Length;
            names.Add(name);
        }

        var (texts, textSeconds) = ReadAll(sample, names, ".txt");
        var (pdfs, pdfSeconds) = ReadAll(sample, names, ".pdf");
        var different = 0;
        string? first = null;
        for (var i = 0; i < count; i++)
        {
            var text = texts[i].Determination is { } t ? DeterminationJson.Serialize(t) : "rejected: " + texts[i].Error;
            var pdf = pdfs[i].Determination is { } p ? DeterminationJson.Serialize(p) : "rejected: " + pdfs[i].Error;
            if (text != pdf)
            {
                different++;
                first ??= $"{names[i]}: {(pdfs[i].IsParsed ? "fields differ from the text's" : pdfs[i].Error)}";
            }
        }

        return new PdfFigures(count, count / textSeconds, count / pdfSeconds, pdfBytes, different, first);
    }

    private static (List<LetterParseResult> Results, double Seconds) ReadAll(string folder, List<string> names, string extension)
    {
        // One pass untimed so both forms are measured warm (JIT, vocabularies, PdfPig's font tables).
        LetterReader.Read(Path.Combine(folder, names[0] + extension), names[0]);
        var clock = Stopwatch.StartNew();
        var results = names.Select(n => LetterReader.Read(Path.Combine(folder, n + extension), n)).ToList();
        return (results, Math.Max(clock.Elapsed.TotalSeconds, 1e-6));
    }
}
