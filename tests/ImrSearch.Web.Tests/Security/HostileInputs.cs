namespace ImrSearch.Web.Tests.Security;

/// <summary>Nasty queries, parameters and case ids that must never produce a 500 anywhere.</summary>
public static class HostileInputs
{
    private static string Q(string query) => "?q=" + Uri.EscapeDataString(query);

    /// <summary>
    /// Hostile query texts (hostile-queries.json beside this file, shared with the bench's <c>hostile</c> command):
    /// automaton-building wildcards, regular expressions, fuzzy terms, deep nesting, huge booleans, long terms and
    /// odd values in every field.
    /// </summary>
    public static readonly string[] Queries = System.Text.Json.JsonSerializer.Deserialize<string[]>(
        File.ReadAllText(Path.Combine(Infrastructure.RepositoryLayout.Root, "tests", "ImrSearch.Web.Tests", "Security", "hostile-queries.json")))!;

    /// <summary>Every hostile query text as a query string, for the endpoints that take one.</summary>
    public static IEnumerable<string> QueryTexts => Queries.Select(Q);

    /// <summary>Query strings (with '?') for every page and endpoint that takes search parameters.</summary>
    public static readonly string[] QueryStrings =
    [
        // Unbalanced or dangling syntax.
        Q("\""), Q("\"return to work"), Q("(mri"), Q("mri)"), Q("((((((((((mri"), Q("mri AND"), Q("OR"), Q("NOT"),
        Q("AND OR NOT"), Q("item:"), Q("rationale:\""), Q(":"), Q("::::"), Q("[2014 TO"), Q("year:[2014 TO 2015"),
        Q("year:{* TO *}"), Q("year:[abc TO xyz]"), Q("\"a b\"~"), Q("mri~abc"), Q("mri^"), Q("mri^-5"),
        Q("mri~99999999999"), Q("\\"), Q("mri\\"), Q("/regex/"), Q("/[unclosed/"), Q("+-+-+-mri"), Q("!!"), Q("&&||"),
        // Wildcards and expansions.
        Q("*"), Q("?"), Q("*a*"), Q("a*"), Q("*:*"), Q("item:*"), Q(string.Join(" OR ", Enumerable.Range(0, 2000).Select(i => "t" + i))),
        // Unknown fields and huge or odd strings.
        Q("nosuchfield:value"), Q("_id:1"), Q(new string('a', 999)), Q(new string('(', 900)), Q(new string('"', 901)),
        Q(new string('a', 5000)), Q(string.Concat(Enumerable.Repeat("mri ", 240))),
        // Control characters, invalid Unicode, markup.
        Q("\0"), Q("mri\0ct"), Q("\u0001\u0002\u001f"), Q("\r\n\t"), Q("\uFFFF\uFFFE"), Q("\u202Emri"), "?q=%ED%A0%80",
        "?q=%C0%AF", "?q=%", "?q=%zz", Q("<script>alert(1)</script>"), Q("\"><img src=x onerror=alert(1)>"),
        Q("javascript:alert(1)"), Q("{{7*7}}"), Q("${jndi:ldap://x}"), Q("' OR 1=1 --"), Q("🩻 MRI 🦴"),
        // Facets: unknown dimensions and values, huge lists, markup in values.
        "?nosuchdimension=x", "?decision=Maybe", "?decision=", "?decision=%00", "?treatment=%3Cscript%3E",
        "?" + string.Join("&", Enumerable.Range(0, 30).Select(i => "treatment=t" + i)), "?bodyRegion=" + new string('x', 500),
        "?decision[]=Upheld", "?decision=Upheld&decision=Overturned&decision=upheld", "?DECISION=UPHELD",
        // Paging and sorting.
        "?page=-1", "?page=0", "?page=2147483648", "?page=99999999999999999999999", "?page=1e3", "?page=1.5",
        "?page=%20", "?page=10000", "?page=10000&size=100", "?size=0", "?size=-10", "?size=101", "?size=abc",
        "?sort=", "?sort=%00", "?sort=relevance;drop", "?page=1&page=2", "?q=mri&q=ct",
        // Date ranges: not dates, impossible dates, out of range, reversed, repeated, huge, markup.
        "?decidedFrom=yesterday", "?decidedFrom=2016-02-30", "?decidedTo=2016-13-01", "?decidedFrom=0001-01-01",
        "?decidedTo=9999-12-31", "?decidedFrom=2020-01-01&decidedTo=2010-01-01", "?injuredFrom=2016-1-1",
        "?injuredTo=%00", "?receivedFrom=2016-01-01&receivedFrom=2017-01-01", "?receivedTo=" + new string('9', 5000),
        "?decidedFrom=%3Cscript%3E", "?decidedFrom=2016-01-01T00:00:00", "?decidedFrom=-2016-01-01", "?decidedTo=+2016-01-01",
        "?interval=week", "?interval=%00", "?interval=month&interval=year", "?interval=month&decidedFrom=1900-01-01&decidedTo=2100-12-31",
        "?decidedFrom=%20", "?decidedFrom=2014-01-01&decidedTo=2014-12-31&injuredFrom=1999-01-01&receivedTo=2015-01-01&q=knee*",
    ];

    /// <summary>Case ids: path tricks, markup, control characters, lengths.</summary>
    public static readonly string[] CaseIds =
    [
        "..", "...", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2f", "..%5C..%5Cwindows", "%01", "CM13%0A-1",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%22%3E%3Cimg%20src%3Dx%3E", new string('a', 2000), "-", "_", ".hidden",
        "CM13-0012345%0D%0AX-Injected:%201", "%E2%80%AE", "%F0%9F%A6%B4", "*", "%2A%3A%2A", "CM13-0012345%3F", "case.json",
    ];
}
