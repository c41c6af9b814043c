using System.Globalization;
using System.Text;

namespace ImrSearch.Peers;

/// <summary>
/// The items file both peers read (bench/peers/java/LucenePeer.java parses the same format): UTF-8, a header line of
/// column names, then one tab-separated line per item. Text cells escape backslash, tab, newline and carriage return
/// (\\ \t \n \r); a facet cell joins its values with U+001F, escaped inside a value as \u.
/// </summary>
public static class PeerItemFormat
{
    public const char ValueSeparator = '\u001f';
    public const char FilterSeparator = '\u001e';

    private static readonly string[] FixedColumns =
        ["caseId", "itemIndex", "decisionDateSort", "year", "decidedDate", "injuredDate", "receivedDate", "item", "rationale", "summary", "guidelineText"];

    public static string Header { get; } = string.Join('\t', FixedColumns.Concat(PeerItem.Dimensions.Select(d => "facet." + d)));

    public static string Line(PeerItem item)
    {
        var cells = new List<string>(FixedColumns.Length + PeerItem.Dimensions.Count)
        {
            Escape(item.CaseId),
            item.ItemIndex.ToString(CultureInfo.InvariantCulture),
            item.DecisionDateSort.ToString(CultureInfo.InvariantCulture),
            PeerItem.Format(item.Year),
            PeerItem.Format(item.DecidedDate),
            PeerItem.Format(item.InjuredDate),
            PeerItem.Format(item.ReceivedDate),
            Escape(item.Item),
            Escape(item.Rationale),
            Escape(item.Summary),
            Escape(item.GuidelineText),
        };
        foreach (var dimension in PeerItem.Dimensions)
        {
            cells.Add(item.Facets.TryGetValue(dimension, out var values) ? string.Join(ValueSeparator, values.Select(Escape)) : "");
        }

        return string.Join('\t', cells);
    }

    /// <summary>Reads a file written with <see cref="Header"/> and <see cref="Line"/>.</summary>
    /// <exception cref="InvalidDataException">The header is not this format's, or a line has the wrong number of cells.</exception>
    public static IEnumerable<PeerItem> Read(TextReader reader)
    {
        if (reader.ReadLine() != Header)
        {
            throw new InvalidDataException("The items file does not start with the expected header (written by another version?).");
        }

        var columns = FixedColumns.Length + PeerItem.Dimensions.Count;
        var number = 1;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            var cells = line.Split('\t');
            if (cells.Length != columns)
            {
                throw new InvalidDataException($"Items file line {number} has {cells.Length} cells, not {columns}.");
            }

            var facets = new Dictionary<string, IReadOnlyList<string>>();
            for (var d = 0; d < PeerItem.Dimensions.Count; d++)
            {
                var cell = cells[FixedColumns.Length + d];
                if (cell.Length > 0)
                {
                    facets[PeerItem.Dimensions[d]] = cell.Split(ValueSeparator).Select(Unescape).ToList();
                }
            }

            yield return new PeerItem(
                Unescape(cells[0]),
                int.Parse(cells[1], CultureInfo.InvariantCulture),
                long.Parse(cells[2], CultureInfo.InvariantCulture),
                Optional(cells[3]),
                Optional(cells[4]),
                Optional(cells[5]),
                Optional(cells[6]),
                Unescape(cells[7]),
                Unescape(cells[8]),
                Unescape(cells[9]),
                Unescape(cells[10]),
                facets);
        }
    }

    public static string Escape(string value)
    {
        if (value.AsSpan().IndexOfAny("\\\t\n\r\u001f\u001e") < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '\\' => "\\\\",
                '\t' => "\\t",
                '\n' => "\\n",
                '\r' => "\\r",
                ValueSeparator => "\\u",
                FilterSeparator => "\\f",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    public static string Unescape(string cell)
    {
        if (!cell.Contains('\\', StringComparison.Ordinal))
        {
            return cell;
        }

        var builder = new StringBuilder(cell.Length);
        for (var i = 0; i < cell.Length; i++)
        {
            if (cell[i] != '\\' || i + 1 == cell.Length)
            {
                builder.Append(cell[i]);
                continue;
            }

            var next = cell[++i];
            builder.Append(next switch
            {
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                'u' => ValueSeparator,
                'f' => FilterSeparator,
                _ => next,
            });
        }

        return builder.ToString();
    }

    private static int? Optional(string cell) => cell.Length == 0 ? null : int.Parse(cell, CultureInfo.InvariantCulture);
}
