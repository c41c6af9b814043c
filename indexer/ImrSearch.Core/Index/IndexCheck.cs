using Lucene.Net.Index;
using Lucene.Net.Store;

namespace ImrSearch.Index;

/// <summary>The result of Lucene's CheckIndex on the last commit, as sentences a person can act on.</summary>
public sealed record IndexCheck(bool IsClean, int Segments, int Documents, IReadOnlyList<string> Problems)
{
    public static IndexCheck Run(string indexDirectory)
    {
        if (!System.IO.Directory.Exists(indexDirectory))
        {
            throw new DirectoryNotFoundException($"There is no index folder at {indexDirectory}.");
        }

        using var directory = FSDirectory.Open(indexDirectory);
        if (!DirectoryReader.IndexExists(directory))
        {
            throw new DirectoryNotFoundException($"The folder {indexDirectory} holds no index commit; build one with 'imr-index build'.");
        }

        var checker = new CheckIndex(directory);
        using var log = new StringWriter();
        checker.InfoStream = log;
        var status = checker.DoCheckIndex();

        var problems = new List<string>();
        if (status.MissingSegments)
        {
            problems.Add($"The commit file {status.SegmentsFileName ?? "segments_N"} cannot be read.");
        }

        if (status.CantOpenSegments)
        {
            problems.Add($"The segments of commit {status.SegmentsFileName} cannot be opened.");
        }

        if (status.MissingSegmentVersion)
        {
            problems.Add("The commit was written by an unknown Lucene version.");
        }

        foreach (var segment in status.SegmentInfos)
        {
            var errors = new (string Part, Exception? Error)[]
            {
                ("open", segment.OpenReaderPassed ? null : new IOException("the segment could not be opened")),
                ("field norms", segment.FieldNormStatus?.Error),
                ("postings", segment.TermIndexStatus?.Error),
                ("stored fields", segment.StoredFieldStatus?.Error),
                ("term vectors", segment.TermVectorStatus?.Error),
                ("doc values", segment.DocValuesStatus?.Error),
            };
            foreach (var (part, error) in errors.Where(e => e.Error is not null))
            {
                problems.Add($"{CheckIndexLog.SegmentLabel(segment.Name, segment.DocCount)}{part}: {error!.Message}");
            }
        }

        // Some failures (a checksum mismatch found by the integrity check) are only in CheckIndex's log.
        foreach (var failure in CheckIndexLog.Failures(log.ToString()))
        {
            if (!problems.Any(p => p.StartsWith(failure.Segment, StringComparison.Ordinal)))
            {
                problems.Add(failure.Segment + failure.Description);
            }
        }

        if (!status.Clean && problems.Count == 0)
        {
            problems.Add($"CheckIndex found {status.NumBadSegments} bad segments and gave no reason.");
        }

        var documents = status.SegmentInfos.Sum(s => s.DocCount - (s.HasDeletions ? s.NumDeleted : 0));
        return new IndexCheck(status.Clean, status.NumSegments, documents, problems);
    }
}
