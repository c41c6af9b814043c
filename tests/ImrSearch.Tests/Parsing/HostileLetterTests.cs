using System.Text;
using ImrSearch.Domain;
using ImrSearch.Parsing;

namespace ImrSearch.Tests.Parsing;

/// <summary>
/// The letter shapes that once stopped a build or held it for minutes: each is parsed or rejected with a reason,
/// within a second (a hang guard with a generous bound, not a speed test; speed is measured by the bench's fuzz run).
/// </summary>
public sealed class HostileLetterTests : IDisposable
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(1);

    private readonly string folder = Directory.CreateTempSubdirectory("imr-hostile-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static LetterParseResult Within(Func<LetterParseResult> read)
    {
        // Warm the parser's regular expressions first, so the guard times this letter and not their construction.
        DeterminationParser.Parse(SeedLetters.Text(SeedLetters.Letter000), "warm-up");
        // CPU time of the parsing thread: the work the letter costs, not how busy the shared machine is.
        var task = Task.Run(() =>
        {
            LetterParseResult? result = null;
            var elapsed = ThreadCpuClock.Measure(() => result = read());
            return (result!, elapsed);
        });
        Assert.True(task.Wait(TimeSpan.FromSeconds(30)), "the letter was neither parsed nor rejected within 30 s");
        var (result, elapsed) = task.Result;
        Assert.True(elapsed < HangGuard, $"the letter took {elapsed.TotalMilliseconds:N0} ms");
        Assert.True(result.IsParsed || !string.IsNullOrWhiteSpace(result.Error));
        return result;
    }

    private static string Seed => SeedLetters.Text(SeedLetters.Letter000);

    [Fact]
    public void Full_width_digits_are_read_as_the_digits_they_stand_for()
    {
        // The text cleaner folds compatibility characters (NFKC), so "４９" is "49" by the time the parser sees it.
        var text = Seed.Replace("a 49-year-old female", "a ４９-year-old male", StringComparison.Ordinal);
        Assert.NotEqual(Seed, text);

        var result = Within(() => DeterminationParser.Parse(text, "fullwidth.txt"));

        Assert.True(result.IsParsed, result.Error);
        Assert.Equal(49, result.Determination!.Patient.Age);
    }

    [Theory]
    [InlineData("٤٩")]
    [InlineData("४९")]
    [InlineData("۴۹")]
    public void Digits_of_other_scripts_leave_the_age_unknown(string age)
    {
        var text = Seed.Replace("a 49-year-old female", $"a {age}-year-old male", StringComparison.Ordinal);

        var result = Within(() => DeterminationParser.Parse(text, "digits.txt"));

        Assert.True(result.IsParsed, result.Error);
        Assert.Null(result.Determination!.Patient.Age);
    }

    [Theory]
    [InlineData("٠٧/٢١/١٩٩٩")]
    [InlineData("०७/२१/१९९९")]
    [InlineData("May ٢١, ٢٠١٣")]
    public void Non_ascii_digits_in_dates_are_not_dates(string date)
    {
        var text = Seed.Replace("07/21/1999", date, StringComparison.Ordinal).Replace("10/22/2014", date, StringComparison.Ordinal);

        var result = Within(() => DeterminationParser.Parse(text, "dates.txt"));

        Assert.True(result.IsParsed, result.Error);
        Assert.Null(result.Determination!.Patient.DateOfInjury);
    }

    [Theory]
    [InlineData(50_000)]
    [InlineData(200_000)]
    [InlineData(1_900_000)]
    public void A_credentials_paragraph_repeating_the_reviewer_sentence(int characters)
    {
        var repeated = Repeat("The expert reviewer is a ", characters);
        var text = Seed.Replace("He/she has been in active clinical", repeated + " He/she has been in active clinical", StringComparison.Ordinal);

        Within(() => DeterminationParser.Parse(text, "credentials.txt"));
    }

    [Theory]
    [InlineData("The expert reviewer is a licensed in ")]
    [InlineData("licensed to practice in California and licensed in ")]
    [InlineData("The patient is a 49 year old ")]
    [InlineData("The claimant injured his back on injured on ")]
    [InlineData("date of injury of date of injury ")]
    [InlineData("injury to the knee injury to the ")]
    [InlineData("1. 1. 1. 1. ")]
    [InlineData("May 1, May 1, ")]
    [InlineData("Claims Administrator guideline: ")]
    public void Long_paragraphs_of_repeated_phrases(string phrase)
    {
        var repeated = Repeat(phrase, 200_000);
        // Into the credentials, the summary and the items section; the guideline paragraphs' citation grammar is
        // being rewritten separately (issue 19) and the bench's fuzz run measures it.
        foreach (var anchor in new[] { "He/she has been in active clinical", "The listed diagnoses per", "Retrospective Review of one visit" })
        {
            var text = Seed.Replace(anchor, repeated + anchor, StringComparison.Ordinal);
            Within(() => DeterminationParser.Parse(text, "repeated.txt"));
        }
    }

    [Fact]
    public void A_single_giant_token()
    {
        var text = Seed.Replace("Kemp's test", new string('x', 1_500_000), StringComparison.Ordinal);

        Within(() => DeterminationParser.Parse(text, "token.txt"));
    }

    [Fact]
    public void A_fifo_named_like_a_letter_is_refused_without_opening_it()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var path = Path.Combine(folder, "x.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", path))
        {
            mkfifo.WaitForExit();
        }

        var result = Within(() => LetterReader.Read(path, "x.txt"));

        Assert.False(result.IsParsed);
        Assert.Contains("not a regular file", result.Error);
    }

    [Fact]
    public void A_link_to_dev_zero_is_refused()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var path = Path.Combine(folder, "zero.txt");
        File.CreateSymbolicLink(path, "/dev/zero");

        var result = Within(() => LetterReader.Read(path, "zero.txt"));

        Assert.False(result.IsParsed);
        Assert.Contains("not a regular file", result.Error);
    }

    [Fact]
    public async Task Prefetching_a_fifo_a_link_to_dev_zero_or_a_missing_file_returns_at_once()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var fifo = Path.Combine(folder, "fifo.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        var zero = Path.Combine(folder, "zero.txt");
        File.CreateSymbolicLink(zero, "/dev/zero");
        var letter = Path.Combine(folder, "letter.txt");
        File.WriteAllText(letter, Seed);

        // A build's read-ahead thread asks for these before the letters' own reads refuse them; it must never wait.
        var prefetching = Task.Run(() =>
        {
            foreach (var path in new[] { fifo, zero, Path.Combine(folder, "missing.txt"), folder, letter })
            {
                LetterFilePrefetch.Start(path);
            }
        });

        // Throws TimeoutException should the prefetch wait on a file that is not a letter.
        await prefetching.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Theory]
    [InlineData("a.txt", 0, false)]
    [InlineData("a.txt", 5_000, true)]
    [InlineData("a.txt", LetterFile.MaximumTextFileBytes, true)]
    [InlineData("a.txt", LetterFile.MaximumTextFileBytes + 1, false)]
    [InlineData("a.pdf", LetterFile.MaximumTextFileBytes + 1, true)]
    [InlineData("a.PDF", LetterFile.MaximumPdfFileBytes, true)]
    [InlineData("a.pdf", LetterFile.MaximumPdfFileBytes + 1, false)]
    [InlineData("a.pdf", 1L << 40, false)]
    public void Prefetch_asks_for_a_file_only_when_the_letter_read_would_take_it_whole(string name, long length, bool asked)
    {
        // A huge file named like a letter is refused by the read after its first bytes; the kernel must not be asked
        // to read the rest of it into the page cache first.
        Assert.Equal(asked, LetterFilePrefetch.WorthReading(name, length));
        Assert.False(LetterFilePrefetch.WorthReading(name, null));
    }

    private static string Repeat(string phrase, int characters)
    {
        var builder = new StringBuilder(characters + phrase.Length);
        while (builder.Length < characters)
        {
            builder.Append(phrase);
        }

        return builder.ToString();
    }
}
