namespace ImrSearch.Highlighting;

/// <summary>
/// A stretch of text a query clause matched: one word, or a whole exact phrase.
/// </summary>
/// <param name="Key">Identifies the query clause (a term or a phrase), so a passage counts each clause once.</param>
/// <param name="Weight">How rare the clause is in the index (IDF; a phrase sums its terms').</param>
public readonly record struct TextMatch(int Start, int End, string Key, double Weight);
