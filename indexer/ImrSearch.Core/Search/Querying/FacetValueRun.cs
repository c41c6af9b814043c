using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ImrSearch.Search.Querying;

/// <summary>Where a <see cref="FacetValueRun"/> must appear in a value.</summary>
internal enum RunAnchor
{
    /// <summary>The value starts with the run (the pattern <c>run*</c>).</summary>
    Start,

    /// <summary>The value ends with the run (<c>*run</c>).</summary>
    End,

    /// <summary>The value holds the run anywhere (<c>*run*</c>).</summary>
    Anywhere,
}

/// <summary>
/// The values of a facet's filter field holding a run of characters at their start, at their end or anywhere: the
/// whole-word and word-prefix matching of <see cref="FacetValueQuery"/> (" lumbar " anywhere is "* lumbar *"),
/// tested on each term's bytes.
/// </summary>
/// <remarks>
/// These were wildcard queries. Lucene builds and determinizes an automaton for each wildcard when the query is made,
/// and every word of every query makes three (a word in the default fields also searches the guideline facet):
/// measured 0.6-2.3 ms of CPU per word. A facet's filter field holds hundreds of terms at most, and testing a term's
/// bytes for the run costs nanoseconds. UTF-8 is self-synchronizing, so a byte run matches where the characters do.
/// </remarks>
internal sealed class FacetValueRun : MultiTermQuery
{
    private readonly string run;
    private readonly byte[] bytes;
    private readonly RunAnchor anchor;

    public FacetValueRun(string field, string run, RunAnchor anchor)
        : base(field)
    {
        this.run = run;
        this.anchor = anchor;
        bytes = Encoding.UTF8.GetBytes(run);
        MultiTermRewriteMethod = CONSTANT_SCORE_FILTER_REWRITE;
    }

    public override string ToString(string field)
    {
        var pattern = anchor switch
        {
            RunAnchor.Start => run + "*",
            RunAnchor.End => "*" + run,
            _ => "*" + run + "*",
        };
        return (Field == field ? "" : Field + ":") + pattern + ToStringUtils.Boost(Boost);
    }

    public override bool Equals(object? obj) =>
        obj is FacetValueRun other && base.Equals(obj) && other.anchor == anchor && other.run == run;

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), anchor, run);

    protected override TermsEnum GetTermsEnum(Terms terms, AttributeSource atts) =>
        new Holding(terms.GetEnumerator(), bytes, anchor);

    private sealed class Holding : FilteredTermsEnum
    {
        private readonly byte[] run;
        private readonly RunAnchor anchor;

        public Holding(TermsEnum terms, byte[] run, RunAnchor anchor)
            : base(terms, startWithSeek: anchor == RunAnchor.Start)
        {
            this.run = run;
            this.anchor = anchor;
            if (anchor == RunAnchor.Start)
            {
                // Terms are sorted by their bytes: the values starting with the run come together, from the run on.
                SetInitialSeekTerm(new BytesRef(run));
            }
        }

        protected override AcceptStatus Accept(BytesRef term)
        {
            var value = term.Bytes.AsSpan(term.Offset, term.Length);
            return anchor switch
            {
                RunAnchor.Start => value.StartsWith(run) ? AcceptStatus.YES : AcceptStatus.END,
                RunAnchor.End => value.EndsWith(run) ? AcceptStatus.YES : AcceptStatus.NO,
                _ => value.IndexOf(run) >= 0 ? AcceptStatus.YES : AcceptStatus.NO,
            };
        }
    }
}
