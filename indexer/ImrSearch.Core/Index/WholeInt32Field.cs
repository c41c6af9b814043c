using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace ImrSearch.Index;

/// <summary>
/// An indexed, unstored int of one term per value (<see cref="DeterminationDocuments.WholeInt32"/>), as
/// <see cref="Int32Field"/> with that type, whose token stream is shared per indexing thread (as <see cref="KeywordField"/>).
/// </summary>
public sealed class WholeInt32Field : Field
{
    [ThreadStatic]
    private static NumericTokenStream? ThreadStream;

    public WholeInt32Field(string name, int value)
        : base(name, DeterminationDocuments.WholeInt32)
    {
        // As Int32Field holds it, so that whatever reads the value back reads the same.
        FieldsData = J2N.Numerics.Int32.GetInstance(value);
    }

    public override TokenStream GetTokenStream(Analyzer analyzer)
    {
        var shared = ThreadStream ??= new NumericTokenStream(IndexSchema.NumericPrecisionStep);
        return shared.SetInt32Value(GetInt32Value()!.Value);
    }
}
