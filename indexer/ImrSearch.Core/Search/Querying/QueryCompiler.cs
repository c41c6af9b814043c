using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace ImrSearch.Search.Querying;

/// <summary>
/// Turns what a user typed into a query that always runs: well-formed classic syntax is parsed as such; a malformed
/// query is explained (what is wrong, at which character) and searched with its syntax characters taken literally.
/// </summary>
internal static partial class QueryCompiler
{
    public const string LiteralSuffix = " Searched for the words as typed instead.";

    /// <summary>Whether the query asks for every item (blank, <c>*</c> or <c>*:*</c>).</summary>
    public static bool IsEverything(string? text) => text?.Trim() is null or "" or "*" or "*:*";

    public static CompiledQuery Compile(string? text, Analyzer analyzer, bool allowRegularExpressions = false)
    {
        var expansion = new BoundedTermExpansion();
        var trimmed = text?.Trim() ?? "";
        if (IsEverything(trimmed))
        {
            return new CompiledQuery(new MatchAllDocsQuery(), true, [], expansion);
        }

        var notes = new List<string>();
        var problem = QuerySyntaxCheck.FindProblem(trimmed);
        Query query;
        if (problem is null)
        {
            var parser = new ImrQueryParser(analyzer, expansion, allowRegularExpressions);
            try
            {
                query = parser.Parse(EscapeWordSlashes(trimmed));
                notes.AddRange(parser.Notes);
            }
            catch (ParseException e) when (e.InnerException is BooleanQuery.TooManyClausesException)
            {
                notes.Add(TooManyClauses);
                return new CompiledQuery(new BooleanQuery(), false, notes, expansion);
            }
            catch (Exception e) when (e is ParseException or TokenMgrError)
            {
                notes.Add(DescribeParserError(e.Message) + LiteralSuffix);
                query = ParseLiteral(trimmed, analyzer, expansion);
            }
            catch (ArgumentException e)
            {
                // Lucene's RegExp refuses a /regular expression/ it cannot read with an ArgumentException, which the
                // classic parser does not wrap; it is a malformed query like any other.
                notes.Add($"The regular expression between slashes could not be read ({e.Message})." + LiteralSuffix);
                query = ParseLiteral(trimmed, analyzer, expansion);
            }
        }
        else
        {
            notes.Add(problem + LiteralSuffix);
            query = ParseLiteral(trimmed, analyzer, expansion);
        }

        query = PureNegation.Complete(LetterTextJoin.Apply(query));
        if (query is BooleanQuery { Clauses.Count: 0 } && notes.Count == 0)
        {
            notes.Add("The query holds only words too common to be indexed (like 'the' or 'of'); nothing was searched.");
        }

        return new CompiledQuery(query, false, notes, expansion);
    }

    public const string TooManyClauses =
        $"The query is too large to run (more than 1024 words or alternatives in one group); shorten it.";

    /// <summary>The query with every syntax character escaped and AND/OR/NOT made ordinary words.</summary>
    internal static Query ParseLiteral(string text, Analyzer analyzer, BoundedTermExpansion expansion)
    {
        var escaped = OperatorWord().Replace(QueryParserBase.Escape(text), m => m.Value.ToLowerInvariant());
        try
        {
            return new ImrQueryParser(analyzer, expansion).Parse(escaped);
        }
        catch (ParseException)
        {
            // Only the clause limit can stop an escaped query; searching nothing is the refusal.
            return new BooleanQuery();
        }
    }

    private static string EscapeWordSlashes(string query)
    {
        if (!query.Contains('/'))
        {
            return query;
        }

        var builder = new StringBuilder(query.Length + 4);
        for (var i = 0; i < query.Length; i++)
        {
            if (QuerySyntaxCheck.IsWordSlash(query, i) && query[i - 1] != '\\')
            {
                builder.Append('\\');
            }

            builder.Append(query[i]);
        }

        return builder.ToString();
    }

    /// <summary>Keeps only the position from the parser's grammar-speak message.</summary>
    private static string DescribeParserError(string message)
    {
        var column = ColumnNumber().Match(message);
        return column.Success
            ? $"The query could not be read near character {column.Groups[1].Value}."
            : "The query could not be read as search syntax.";
    }

    [GeneratedRegex(@"\b(AND|OR|NOT)\b")]
    private static partial Regex OperatorWord();

    [GeneratedRegex(@"column (\d+)")]
    private static partial Regex ColumnNumber();
}
