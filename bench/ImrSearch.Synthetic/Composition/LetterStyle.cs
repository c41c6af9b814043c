namespace ImrSearch.Synthetic.Composition;

/// <summary>How the letter's PDF text came out: the layout variants the seed letters and real letters show.</summary>
public enum LineSpacing
{
    /// <summary>A blank line after every line of text (seeds 000, 001, 003, 004).</summary>
    Double,

    /// <summary>Lines follow each other directly; paragraphs are separated by blank lines (seed 002).</summary>
    Single,
}

public enum CredentialStyle
{
    /// <summary>"The expert reviewer is Board Certified in X, has a subspecialty in Y and is licensed to practice in California."</summary>
    Sentence,

    /// <summary>"State(s) of Licensure: ..." and "Certification(s)/Specialty: ..." lines.</summary>
    Block,
}

public enum HeaderLayout
{
    None,

    /// <summary>One "Label: value" per line.</summary>
    OnePerLine,

    /// <summary>Two "Label: value" pairs per line, as a two-column table comes out of a PDF.</summary>
    TwoColumns,

    /// <summary>Each label on its own line with its value on the next.</summary>
    LabelAbove,
}

public enum CitationStyle
{
    /// <summary>2013-2014 letters: "MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 78-80."</summary>
    Paged,

    /// <summary>Later letters: "MTUS Chronic Pain Medical Treatment 2009, Section(s): Opioids, ongoing management."</summary>
    Sectioned,

    /// <summary>
    /// Paged, with the regulation, the edition and the page total written into the line: "MTUS Chronic Pain Medical
    /// Treatment Guidelines 8 C.C.R. 9792.20 - 9792.26 MTUS (Effective July 18, 2009) Opioids Page(s): 74-96 of 127."
    /// </summary>
    Regulated,
}

/// <summary>How the case summary is told, after the IMR organizations' house styles visible in the seeds.</summary>
public enum SummaryVoice
{
    /// <summary>"The applicant is a represented 51-year-old who has filed a claim for ..." (seeds 001, 004).</summary>
    Applicant,

    /// <summary>"The patient is a 49-year-old female with a date of injury of 07/21/1999." (seeds 000, 002).</summary>
    Patient,

    /// <summary>"The claimant injured the low back on 05/24/14." (seed 003).</summary>
    Claimant,
}

public enum DateWriting
{
    /// <summary>07/21/1999</summary>
    Numeric,

    /// <summary>May 21, 2013</summary>
    Long,

    /// <summary>05/24/14</summary>
    ShortYear,
}

/// <summary>Every layout and wording choice made once per letter.</summary>
public sealed record LetterStyle(
    LineSpacing Spacing,
    CredentialStyle Credentials,
    HeaderLayout Header,
    CitationStyle Citations,
    SummaryVoice Voice,
    DateWriting Dates,
    bool CurlyQuotes,
    string SentenceGap,
    int LineWidth,
    int ItemHeaderWidth,
    double QuantitySuffixRate,
    int PageLines)
{
    public string OpenQuote => CurlyQuotes ? "\u201C" : "\"";

    public string CloseQuote => CurlyQuotes ? "\u201D" : "\"";

    public static LetterStyle Pick(int decisionYear, LetterRandom random)
    {
        // Later letters lean to the single-spaced, credentials-block, QTY-suffixed and sectioned-citation layout
        // of seeds 002 and 004; every combination still occurs.
        var late = decisionYear >= 2015;
        var spacing = random.Chance(late ? 0.45 : 0.8) ? LineSpacing.Double : LineSpacing.Single;
        var credentials = random.Chance(late ? 0.5 : 0.8) ? CredentialStyle.Sentence : CredentialStyle.Block;
        var header = random.Next(10) switch
        {
            < 5 => HeaderLayout.None,
            < 7 => HeaderLayout.OnePerLine,
            < 9 => HeaderLayout.TwoColumns,
            _ => HeaderLayout.LabelAbove,
        };
        var citations = random.Next(10) switch
        {
            var n when n < (late ? 2 : 6) => CitationStyle.Paged,
            var n when n < (late ? 5 : 8) => CitationStyle.Regulated,
            _ => CitationStyle.Sectioned,
        };
        var voice = random.Next(10) switch
        {
            < 5 => SummaryVoice.Applicant,
            < 8 => SummaryVoice.Patient,
            _ => SummaryVoice.Claimant,
        };
        var dates = random.Next(10) switch
        {
            < 4 => DateWriting.Numeric,
            < 8 => DateWriting.Long,
            _ => DateWriting.ShortYear,
        };
        var width = random.Between(86, 99);
        var itemWidth = random.Chance(0.15) ? random.Between(48, 64) : width;
        return new LetterStyle(
            spacing,
            credentials,
            header,
            citations,
            voice,
            dates,
            CurlyQuotes: random.Chance(0.3),
            SentenceGap: random.Chance(0.55) ? "  " : " ",
            LineWidth: width,
            ItemHeaderWidth: itemWidth,
            QuantitySuffixRate: late ? 0.6 : 0.15,
            PageLines: random.Between(44, 56));
    }
}
