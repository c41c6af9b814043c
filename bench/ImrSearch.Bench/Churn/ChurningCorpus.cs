namespace ImrSearch.Bench.Churn;

/// <summary>
/// A corpus folder that alternates between two states, as a live corpus does when letters arrive and are withdrawn:
/// state A holds the common letters and the <em>withdrawn</em> tenth, state B the common letters and the
/// <em>arriving</em> tenth. Switching moves files (a rename on one file system), so each build sees one state or the
/// other, never a half-moved folder; the build runs only between switches.
/// </summary>
internal sealed class ChurningCorpus
{
    private readonly string parked;
    private readonly IReadOnlyList<string> withdrawn;
    private readonly IReadOnlyList<string> arriving;

    private ChurningCorpus(string corpus, string parked, IReadOnlyList<string> withdrawn, IReadOnlyList<string> arriving)
    {
        Corpus = corpus;
        this.parked = parked;
        this.withdrawn = withdrawn;
        this.arriving = arriving;
    }

    /// <summary>The folder the build indexes.</summary>
    public string Corpus { get; }

    /// <summary>True in state B (the arriving letters in, the withdrawn ones out).</summary>
    public bool Switched { get; private set; }

    /// <summary>Letters that move in or out at each switch.</summary>
    public int MovedPerSwitch => withdrawn.Count + arriving.Count;

    /// <summary>
    /// Lays out <paramref name="workFolder"/>/corpus in state A from the generated letters (copied, so the generated
    /// corpus stays whole for other runs) and parks the arriving tenth in <paramref name="workFolder"/>/parked.
    /// </summary>
    public static ChurningCorpus Prepare(string lettersDirectory, string workFolder)
    {
        var corpus = Path.Combine(workFolder, "corpus");
        var parked = Path.Combine(workFolder, "parked");
        foreach (var folder in new[] { corpus, parked })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        var letters = Directory.EnumerateFiles(lettersDirectory, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(lettersDirectory, path))
            .Order(StringComparer.Ordinal)
            .ToList();
        var tenth = Math.Max(1, letters.Count / 10);
        var arriving = letters.TakeLast(tenth).ToList();
        var withdrawn = letters.SkipLast(tenth).TakeLast(tenth).ToList();
        var arrivingSet = arriving.ToHashSet(StringComparer.Ordinal);
        foreach (var letter in letters)
        {
            var target = Path.Combine(arrivingSet.Contains(letter) ? parked : corpus, letter);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(lettersDirectory, letter), target);
        }

        return new ChurningCorpus(corpus, parked, withdrawn, arriving);
    }

    /// <summary>Moves the corpus to the other state.</summary>
    public void Switch()
    {
        var (goingOut, comingIn) = Switched ? (arriving, withdrawn) : (withdrawn, arriving);
        foreach (var letter in goingOut)
        {
            Move(Path.Combine(Corpus, letter), Path.Combine(parked, letter));
        }

        foreach (var letter in comingIn)
        {
            Move(Path.Combine(parked, letter), Path.Combine(Corpus, letter));
        }

        Switched = !Switched;
    }

    private static void Move(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Move(from, to);
    }
}
