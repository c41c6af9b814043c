using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;

namespace ImrSearch.Index;

/// <summary>
/// A <see cref="StringField"/> (one untokenized term, no norms) whose token stream is shared by every such field an
/// indexing thread writes, instead of a new one per field.
/// </summary>
/// <remarks>
/// Each item document holds a dozen or more keyword terms (kind, keys, every facet value's filter term), and
/// Lucene.NET builds each new token stream's attributes through reflection. The writer inverts one field at a time
/// on the thread that adds the document, consuming its stream whole before asking for the next, so one stream per
/// thread serves them all.
/// </remarks>
public sealed class KeywordField : Field
{
    [ThreadStatic]
    private static OneTerm? ThreadStream;

    public KeywordField(string name, string value, Store stored)
        : base(name, value, stored == Store.YES ? StringField.TYPE_STORED : StringField.TYPE_NOT_STORED)
    {
    }

    public override TokenStream GetTokenStream(Analyzer analyzer)
    {
        var shared = ThreadStream ??= new OneTerm();
        shared.Set(GetStringValue());
        return shared;
    }

    /// <summary>What Lucene's own string token stream emits: the value, offsets 0 to its length.</summary>
    private sealed class OneTerm : TokenStream
    {
        private readonly ICharTermAttribute term;
        private readonly IOffsetAttribute offset;
        private string value = "";
        private bool used;

        public OneTerm()
        {
            term = AddAttribute<ICharTermAttribute>();
            offset = AddAttribute<IOffsetAttribute>();
        }

        public void Set(string text) => value = text;

        public override bool IncrementToken()
        {
            if (used)
            {
                return false;
            }

            ClearAttributes();
            term.SetEmpty().Append(value);
            offset.SetOffset(0, value.Length);
            used = true;
            return true;
        }

        public override void End()
        {
            base.End();
            offset.SetOffset(value.Length, value.Length);
        }

        public override void Reset() => used = false;
    }
}
