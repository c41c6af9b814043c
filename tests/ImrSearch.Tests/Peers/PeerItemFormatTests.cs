using ImrSearch.Peers;

namespace ImrSearch.Tests.Peers;

/// <summary>The items file both peers read: what is written is read back as it was, whatever the text holds.</summary>
public sealed class PeerItemFormatTests
{
    private static PeerItem Item(string rationale, params (string Dimension, string[] Values)[] facets) => new(
        "CM21-0000001",
        2,
        20160728,
        2016,
        20160728,
        null,
        20160601,
        "Physical therapy\t12 sessions",
        rationale,
        "Summary line one.\nLine two with a back\\slash.",
        "CA MTUS\n\nODG",
        facets.ToDictionary(f => f.Dimension, f => (IReadOnlyList<string>)f.Values));

    [Fact]
    public void Items_are_read_back_as_written_whatever_their_text_holds()
    {
        var written = new[]
        {
            Item("Tabs\tnewlines\n\rcarriage returns, \\ backslashes, \u001f and \u001e separators.", ("decision", ["Upheld"]), ("specialty", ["Psychiatry", "Odd\u001fvalue"])),
            Item("", ("decision", ["Overturned"])),
        };
        var text = PeerItemFormat.Header + "\n" + string.Join("\n", written.Select(PeerItemFormat.Line)) + "\n";

        Assert.Equal(3, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var read = PeerItemFormat.Read(new StringReader(text)).ToList();

        Assert.Equal(written.Length, read.Count);
        for (var i = 0; i < written.Length; i++)
        {
            Assert.Equal(written[i] with { Facets = read[i].Facets }, read[i]);
            Assert.Equal(written[i].Facets.Keys.Order(), read[i].Facets.Keys.Order());
            foreach (var (dimension, values) in written[i].Facets)
            {
                Assert.Equal(values, read[i].Facets[dimension]);
            }
        }
    }

    [Fact]
    public void A_file_of_another_format_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => PeerItemFormat.Read(new StringReader("caseId\titem\nA\tB\n")).ToList());
        var shortLine = PeerItemFormat.Header + "\nCM21-1\t0\n";
        Assert.Throws<InvalidDataException>(() => PeerItemFormat.Read(new StringReader(shortLine)).ToList());
    }

    [Fact]
    public void Queries_are_written_one_line_each_with_their_selections_and_ranges()
    {
        var query = new PeerQuery(
            7,
            "filtered",
            "pain\trelief",
            new Dictionary<string, IReadOnlyList<string>> { ["bodyRegion"] = ["Shoulder", "Knee"], ["decision"] = ["Overturned"] },
            PeerSort.Newest,
            3,
            20,
            Decided: new PeerDateRange(20150101, null));

        var lines = PeerQuery.Write([query]).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(2, lines.Length);
        Assert.Equal(
            ["7", "filtered", "pain\\trelief", "bodyRegion\u001fShoulder\u001fKnee\u001edecision\u001fOverturned", "newest", "3", "20", "20150101", "", "", "", "", ""],
            lines[1].Split('\t'));
    }
}
