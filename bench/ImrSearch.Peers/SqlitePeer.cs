using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace ImrSearch.Peers;

/// <summary>
/// The SQLite FTS5 peer, in-process through Microsoft.Data.Sqlite: one FTS5 table over the four text columns (porter
/// tokenizer, bm25 ranking with ImrSearch's field boosts, snippet() highlights), one row per item for dates and sorts,
/// one row per facet value, counted with GROUP BY (a selected dimension counted without its own selection, as
/// drill-sideways). One thread. Each query has a time limit, past which SQLite is interrupted and the query reported as
/// stopped, so one broad query cannot hold the run.
/// </summary>
public sealed class SqlitePeer
{
    public const string Name = "sqlite";

    /// <summary>ImrSearch's default-field boosts as bm25 column weights (item, rationale, summary, guideline text).</summary>
    private const string Bm25 = "bm25(fts, 4.0, 2.0, 1.0, 0.5)";

    private readonly TimeSpan limit;

    public SqlitePeer(TimeSpan limit)
    {
        this.limit = limit;
    }

    public PeerRun Run(string itemsFile, IReadOnlyList<PeerQuery> queries, string workFolder, int rounds, TextWriter log)
    {
        var database = Path.Combine(workFolder, "sqlite-fts5.db");
        foreach (var file in Directory.EnumerateFiles(workFolder, "sqlite-fts5.db*"))
        {
            File.Delete(file);
        }

        SqliteConnection.ClearAllPools();
        var connectionString = new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        var clock = Stopwatch.StartNew();
        var items = Build(connection, itemsFile);
        var seconds = clock.Elapsed.TotalSeconds;
        var bytes = Directory.EnumerateFiles(workFolder, "sqlite-fts5.db*").Sum(f => new FileInfo(f).Length);
        log.WriteLine($"  sqlite: {items:N0} items indexed in {seconds:N1} s");

        Execute(connection, "CREATE TEMP TABLE m(id INTEGER PRIMARY KEY)");
        // Warm-up, as the other systems get (file cache, statement compilation); a query stopped or refused there is
        // not run again: a query past the limit costs the limit once, not once per round.
        var warmUp = queries.ToDictionary(q => q.Index, q => RunTimed(connection, q));
        var results = new List<PeerQueryResult>();
        foreach (var query in queries)
        {
            if (warmUp[query.Index] is { } early && (early.Error is not null || early.StoppedAfterSeconds is not null))
            {
                results.Add(early);
                continue;
            }

            var samples = new List<double>();
            PeerQueryResult? last = null;
            for (var round = 0; round < rounds; round++)
            {
                var clockQuery = Stopwatch.StartNew();
                last = RunTimed(connection, query);
                if (last.Error is not null || last.StoppedAfterSeconds is not null)
                {
                    break;
                }

                samples.Add(clockQuery.Elapsed.TotalMilliseconds);
            }

            results.Add(last! with { Milliseconds = samples });
        }

        var version = connection.ServerVersion;
        return new PeerRun(
            Name,
            $"SQLite {version} FTS5 via Microsoft.Data.Sqlite (porter unicode61, bm25, snippet(), GROUP BY per dimension; 1 thread; {limit.TotalSeconds:0.##} s limit per query)",
            items,
            seconds,
            bytes,
            results);
    }

    private static long Build(SqliteConnection connection, string itemsFile)
    {
        // A bulk load: no journal or fsync until the end, as a build tool writing a fresh file would.
        Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536");
        Execute(connection, """
            CREATE TABLE items(id INTEGER PRIMARY KEY, caseId TEXT NOT NULL, itemIndex INTEGER NOT NULL, decisionDate INTEGER NOT NULL,
                year INTEGER, decidedDate INTEGER, injuredDate INTEGER, receivedDate INTEGER);
            CREATE VIRTUAL TABLE fts USING fts5(item, rationale, summary, guidelineText, tokenize = 'porter unicode61');
            CREATE TABLE facets(item INTEGER NOT NULL, dim TEXT NOT NULL, value TEXT NOT NULL);
            """);
        using var transaction = connection.BeginTransaction();
        using var insertItem = Command(connection, "INSERT INTO items VALUES ($id, $caseId, $itemIndex, $decisionDate, $year, $decided, $injured, $received)");
        using var insertText = Command(connection, "INSERT INTO fts(rowid, item, rationale, summary, guidelineText) VALUES ($id, $item, $rationale, $summary, $guideline)");
        using var insertFacet = Command(connection, "INSERT INTO facets VALUES ($id, $dim, $value)");
        long id = 0;
        using var reader = new StreamReader(itemsFile);
        foreach (var item in PeerItemFormat.Read(reader))
        {
            id++;
            Set(insertItem, ("$id", id), ("$caseId", item.CaseId), ("$itemIndex", item.ItemIndex), ("$decisionDate", item.DecisionDateSort),
                ("$year", item.Year), ("$decided", item.DecidedDate), ("$injured", item.InjuredDate), ("$received", item.ReceivedDate));
            insertItem.ExecuteNonQuery();
            Set(insertText, ("$id", id), ("$item", item.Item), ("$rationale", item.Rationale), ("$summary", item.Summary), ("$guideline", item.GuidelineText));
            insertText.ExecuteNonQuery();
            foreach (var (dimension, values) in item.Facets)
            {
                foreach (var value in values)
                {
                    Set(insertFacet, ("$id", id), ("$dim", dimension), ("$value", value));
                    insertFacet.ExecuteNonQuery();
                }
            }
        }

        transaction.Commit();
        Execute(connection, "CREATE INDEX facets_by_item ON facets(item, dim, value); CREATE INDEX facets_by_value ON facets(dim, value, item); ANALYZE");
        return id;
    }

    /// <summary>Runs one query under the time limit: SQLite is interrupted when it passes.</summary>
    private PeerQueryResult RunTimed(SqliteConnection connection, PeerQuery query)
    {
        var translation = Fts5Query.Translate(query.Query);
        if (translation.Unsupported is { } why)
        {
            return new PeerQueryResult(query.Index, [], null, null, 0, "no FTS5 form: " + why);
        }

        using var timer = new Timer(_ => SQLitePCL.raw.sqlite3_interrupt(connection.Handle), null, limit, Timeout.InfiniteTimeSpan);
        try
        {
            return Run(connection, query, translation);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_INTERRUPT)
        {
            return new PeerQueryResult(query.Index, [], null, null, 0, StoppedAfterSeconds: limit.TotalSeconds);
        }
        catch (SqliteException e)
        {
            return new PeerQueryResult(query.Index, [], null, null, 0, "SQLite: " + e.Message);
        }
    }

    private static PeerQueryResult Run(SqliteConnection connection, PeerQuery query, Fts5Query translation)
    {
        var (where, parameters) = Conditions(query, translation, excludedDimension: null);
        Execute(connection, "DELETE FROM m");
        using (var select = Command(connection, $"INSERT INTO m SELECT i.id FROM items i WHERE {where}"))
        {
            Set(select, [.. parameters]);
            select.ExecuteNonQuery();
        }

        var total = Scalar(connection, "SELECT count(*) FROM m");
        var facets = PeerItem.Dimensions.ToDictionary(d => d, _ => new Dictionary<string, long>(StringComparer.Ordinal));
        using (var counts = Command(connection, "SELECT f.dim, f.value, count(*) FROM m JOIN facets f ON f.item = m.id GROUP BY f.dim, f.value"))
        using (var rows = counts.ExecuteReader())
        {
            while (rows.Read())
            {
                if (!query.Filters.ContainsKey(rows.GetString(0)))
                {
                    facets[rows.GetString(0)][rows.GetString(1)] = rows.GetInt64(2);
                }
            }
        }

        foreach (var dimension in query.Filters.Keys)
        {
            // Drill-sideways: the selected dimension counted over the matches of every other selection.
            var (sideways, sidewaysParameters) = Conditions(query, translation, dimension);
            using var counts = Command(connection, $"SELECT f.value, count(*) FROM items i JOIN facets f ON f.item = i.id AND f.dim = $sidewaysDim WHERE {sideways} GROUP BY f.value");
            Set(counts, [.. sidewaysParameters, ("$sidewaysDim", dimension)]);
            using var rows = counts.ExecuteReader();
            while (rows.Read())
            {
                facets[dimension][rows.GetString(0)] = rows.GetInt64(1);
            }
        }

        var highlights = Highlights(connection, query, translation);
        return new PeerQueryResult(
            query.Index,
            [],
            total,
            facets.ToDictionary(f => f.Key, f => (IReadOnlyDictionary<string, long>)f.Value),
            highlights);
    }

    private static int Highlights(SqliteConnection connection, PeerQuery query, Fts5Query translation)
    {
        // The page's rows first, then their snippets: ordering rows that carry snippets would compute one per match.
        // "+rowid" keeps the match set's constraint away from FTS5, which would otherwise run the MATCH once per row.
        var offset = (long)(query.Page - 1) * query.PageSize;
        var order = query.Sort switch
        {
            PeerSort.Newest => "i.decisionDate DESC, i.caseId, i.itemIndex",
            PeerSort.Case => "i.caseId, i.itemIndex",
            _ => "i.id",
        };
        using var ranking = translation.Match is not null && query.Sort == PeerSort.Relevance
            ? Command(connection, $"SELECT rowid FROM fts WHERE fts MATCH $match AND +rowid IN (SELECT id FROM m) ORDER BY {Bm25} LIMIT $size OFFSET $offset")
            : Command(connection, $"SELECT i.id FROM m JOIN items i ON i.id = m.id ORDER BY {order} LIMIT $size OFFSET $offset");
        Set(ranking, ("$size", query.PageSize), ("$offset", offset));
        if (translation.Match is { } rankedMatch && query.Sort == PeerSort.Relevance)
        {
            Set(ranking, ("$match", rankedMatch));
        }

        var ids = new List<long>();
        using (var rows = ranking.ExecuteReader())
        {
            while (rows.Read())
            {
                ids.Add(rows.GetInt64(0));
            }
        }

        if (ids.Count == 0)
        {
            return 0;
        }

        var list = string.Join(", ", ids.Select((_, n) => $"$id{n}"));
        using var page = translation.Match is not null
            ? Command(connection, $"SELECT snippet(fts, 1, '<mark>', '</mark>', '…', 24), snippet(fts, 0, '<mark>', '</mark>', '…', 24), " +
                $"snippet(fts, 2, '<mark>', '</mark>', '…', 24) FROM fts WHERE fts MATCH $match AND rowid IN ({list})")
            : Command(connection, $"SELECT substr(rationale, 1, 300), item, substr(summary, 1, 300) FROM fts WHERE rowid IN ({list})");
        Set(page, [.. ids.Select((id, n) => ($"$id{n}", (object?)id))]);
        if (translation.Match is { } match)
        {
            Set(page, ("$match", match));
        }

        using (var rows = page.ExecuteReader())
        {
            var passages = 0;
            while (rows.Read())
            {
                for (var column = 0; column < 3; column++)
                {
                    passages += rows.IsDBNull(column) || rows.GetString(column).Length == 0 ? 0 : 1;
                }
            }

            return passages;
        }
    }

    /// <summary>The SQL condition on items i for the query, its facet and year clauses, its date ranges and its selections (one left out).</summary>
    private static (string Where, List<(string, object?)> Parameters) Conditions(PeerQuery query, Fts5Query translation, string? excludedDimension)
    {
        var conditions = new List<string>();
        var parameters = new List<(string, object?)>();
        if (translation.Match is { } match)
        {
            conditions.Add("i.id IN (SELECT rowid FROM fts WHERE fts MATCH $match)");
            parameters.Add(("$match", match));
        }

        for (var f = 0; f < translation.Facets.Count; f++)
        {
            var (dimension, value) = (translation.Facets[f].Dimension, translation.Facets[f].Value);
            conditions.Add($"EXISTS (SELECT 1 FROM facets f WHERE f.item = i.id AND f.dim = $fd{f} AND (lower(f.value) = $fv{f} " +
                $"OR lower(f.value) LIKE $fv{f} || ' %' OR lower(f.value) LIKE '% ' || $fv{f} OR lower(f.value) LIKE '% ' || $fv{f} || ' %'))");
            parameters.Add(($"$fd{f}", dimension));
            parameters.Add(($"$fv{f}", string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant()));
        }

        if (translation.Years is var (low, high))
        {
            conditions.Add("i.year BETWEEN $yearLow AND $yearHigh");
            parameters.Add(("$yearLow", low));
            parameters.Add(("$yearHigh", high));
        }

        foreach (var (column, range) in new[] { ("decidedDate", query.Decided), ("injuredDate", query.Injured), ("receivedDate", query.Received) })
        {
            if (range is null)
            {
                continue;
            }

            conditions.Add($"i.{column} BETWEEN ${column}From AND ${column}To");
            parameters.Add(($"${column}From", range.From ?? int.MinValue));
            parameters.Add(($"${column}To", range.To ?? int.MaxValue));
        }

        var d = 0;
        foreach (var (dimension, values) in query.Filters)
        {
            d++;
            if (dimension == excludedDimension)
            {
                continue;
            }

            var names = values.Select((_, v) => $"$s{d}v{v}").ToList();
            conditions.Add($"EXISTS (SELECT 1 FROM facets f WHERE f.item = i.id AND f.dim = $s{d} AND f.value IN ({string.Join(", ", names)}))");
            parameters.Add(($"$s{d}", dimension));
            parameters.AddRange(values.Select((v, i) => (names[i], (object?)v)));
        }

        return (conditions.Count == 0 ? "1" : string.Join(" AND ", conditions), parameters);
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static void Set(SqliteCommand command, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            if (command.Parameters.Contains(name))
            {
                command.Parameters[name].Value = value ?? DBNull.Value;
            }
            else
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = Command(connection, sql);
        command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = Command(connection, sql);
        return (long)command.ExecuteScalar()!;
    }
}
