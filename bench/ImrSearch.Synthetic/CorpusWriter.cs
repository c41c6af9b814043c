using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ImrSearch.Domain;

namespace ImrSearch.Synthetic;

/// <summary>What a generation wrote.</summary>
public sealed record GenerationReport(
    string LettersDirectory,
    int Letters,
    long Items,
    long Overturned,
    long Bytes,
    TimeSpan Elapsed,
    bool Reused);

/// <summary>The manifest left beside a generated corpus, so a later run can tell whether it may reuse it.</summary>
public sealed record GenerationManifest(int GeneratorVersion, int Seed, int Letters, long Items, long Overturned, long Bytes, double PdfShare = 0);

/// <summary>
/// Writes a synthetic corpus to a folder: letters under letters/NNNN/ (a thousand per folder), optionally each
/// letter's true determination as JSON Lines under truth/NNNN.jsonl, and a manifest. Uses every core. A share of the
/// letters (chosen by number, so the same ones every time) can be written as PDFs (<see cref="PdfTypesetter"/>)
/// instead of text, their truth's source then ending in .pdf.
/// </summary>
public static class CorpusWriter
{
    /// <summary>Bump whenever the letters a seed produces change, so stale corpora are regenerated.</summary>
    public const int GeneratorVersion = 1;

    public const string LettersFolder = "letters";
    public const string TruthFolder = "truth";
    private const int LettersPerFolder = 1000;

    public static GenerationReport Write(
        SyntheticCorpus corpus,
        string outputDirectory,
        Func<Determination, string>? truthSerializer = null,
        IProgress<int>? progress = null,
        double pdfShare = 0)
    {
        if (CorpusGuard.Refusal(outputDirectory) is { } refusal)
        {
            throw new InvalidOperationException(refusal);
        }

        var clock = Stopwatch.StartNew();
        var lettersDirectory = Path.Combine(outputDirectory, LettersFolder);
        var manifestPath = Path.Combine(outputDirectory, CorpusGuard.ManifestFile);
        if (ReadManifest(manifestPath) is { } existing && existing.GeneratorVersion == GeneratorVersion &&
            existing.Seed == corpus.Seed && existing.Letters == corpus.Letters && existing.PdfShare == pdfShare && Directory.Exists(lettersDirectory) &&
            (truthSerializer is null || Directory.Exists(Path.Combine(outputDirectory, TruthFolder))))
        {
            return new GenerationReport(lettersDirectory, existing.Letters, existing.Items, existing.Overturned, existing.Bytes, clock.Elapsed, Reused: true);
        }

        // Only a folder the generator wrote before (it has the manifest) gets here with content in it.
        foreach (var folder in new[] { LettersFolder, TruthFolder })
        {
            var path = Path.Combine(outputDirectory, folder);
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }

        Directory.CreateDirectory(lettersDirectory);
        File.Delete(manifestPath);
        if (truthSerializer is not null)
        {
            Directory.CreateDirectory(Path.Combine(outputDirectory, TruthFolder));
        }

        var folders = (corpus.Letters + LettersPerFolder - 1) / LettersPerFolder;
        long items = 0, overturned = 0, bytes = 0;
        var written = 0;
        Parallel.For(0, folders, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, folder =>
        {
            var (folderItems, folderOverturned, folderBytes, count) = WriteFolder(corpus, outputDirectory, folder, truthSerializer, pdfShare);
            Interlocked.Add(ref items, folderItems);
            Interlocked.Add(ref overturned, folderOverturned);
            Interlocked.Add(ref bytes, folderBytes);
            progress?.Report(Interlocked.Add(ref written, count));
        });

        var manifest = new GenerationManifest(GeneratorVersion, corpus.Seed, corpus.Letters, items, overturned, bytes, pdfShare);
        File.WriteAllText(manifestPath, JsonSerializer.Serialize(manifest, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
        return new GenerationReport(lettersDirectory, corpus.Letters, items, overturned, bytes, clock.Elapsed, Reused: false);
    }

    public static GenerationManifest? ReadManifest(string manifestPath)
    {
        try
        {
            return File.Exists(manifestPath)
                ? JsonSerializer.Deserialize<GenerationManifest>(File.ReadAllText(manifestPath), new JsonSerializerOptions(JsonSerializerDefaults.Web))
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Whether letter <paramref name="number"/> is one of the share written as PDF: spread evenly by a hash of its number.</summary>
    public static bool IsPdf(long number, double pdfShare) =>
        pdfShare > 0 && (ulong)(number * 2654435761L) % 1000 < (ulong)Math.Round(pdfShare * 1000);

    private static (long Items, long Overturned, long Bytes, int Count) WriteFolder(
        SyntheticCorpus corpus, string outputDirectory, int folder, Func<Determination, string>? truthSerializer, double pdfShare)
    {
        var first = (long)folder * LettersPerFolder;
        var last = Math.Min(corpus.Letters, first + LettersPerFolder);
        Directory.CreateDirectory(Path.Combine(outputDirectory, LettersFolder, $"{folder:D4}"));
        var truth = truthSerializer is null ? null : new StringBuilder(1 << 20);
        long items = 0, overturned = 0, bytes = 0;
        for (var number = first; number < last; number++)
        {
            var letter = LetterComposer.Compose(corpus.Seed, number);
            var asPdf = IsPdf(number, pdfShare);
            var relativePath = asPdf ? Path.ChangeExtension(letter.RelativePath, ".pdf") : letter.RelativePath;
            var encoded = asPdf ? PdfTypesetter.Write(letter.Text) : Encoding.UTF8.GetBytes(letter.Text);
            File.WriteAllBytes(Path.Combine(outputDirectory, LettersFolder, relativePath), encoded);
            bytes += encoded.Length;
            items += letter.ItemCount;
            overturned += letter.Truth.Decisions.Count(d => d.Decision == Decision.Overturned);
            truth?.Append(truthSerializer!(asPdf ? letter.Truth with { Source = relativePath } : letter.Truth)).Append('\n');
        }

        if (truth is not null)
        {
            File.WriteAllText(Path.Combine(outputDirectory, TruthFolder, $"{folder:D4}.jsonl"), truth.ToString());
        }

        return (items, overturned, bytes, (int)(last - first));
    }
}
