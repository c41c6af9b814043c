namespace ImrSearch.Synthetic.Catalog;

/// <summary>Which guideline a citation comes from; decides how the letter writes it and what a parser should read.</summary>
public enum GuidelineBook
{
    /// <summary>MTUS Chronic Pain Medical Treatment Guidelines (2009), cited by topic and page.</summary>
    ChronicPain,

    /// <summary>ACOEM practice guidelines (2004, adopted into MTUS), cited by chapter, section, table and page.</summary>
    Acoem,

    /// <summary>MTUS Acupuncture Medical Treatment Guidelines.</summary>
    Acupuncture,

    /// <summary>MTUS Postsurgical Treatment Guidelines.</summary>
    Postsurgical,

    /// <summary>Official Disability Guidelines (Work Loss Data Institute), a Non-MTUS citation, by chapter and topic.</summary>
    Odg,

    /// <summary>ACOEM's online practice guidelines, a Non-MTUS citation.</summary>
    AcoemOnline,

    /// <summary>Peer-reviewed literature, a Non-MTUS citation.</summary>
    Literature,
}

/// <summary>
/// What a guideline paragraph cites: the book, the topic or section, the pages, and for ACOEM and ODG the chapter.
/// </summary>
/// <param name="Topic">CPMTG or ODG topic, ACOEM section ("Special Studies"), or the literature reference.</param>
/// <param name="Pages">Pages or tables ("78-80", "Table 8-8, 182"), or null where the book is not paged.</param>
/// <param name="ChapterNumber">ACOEM chapter number.</param>
/// <param name="ChapterTitle">ACOEM chapter title ("Low Back Complaints") or ODG chapter ("Low Back").</param>
public sealed record GuidelineTopic(
    GuidelineBook Book,
    string? Topic,
    string? Pages,
    int? ChapterNumber = null,
    string? ChapterTitle = null)
{
    public bool IsMtus => Book is GuidelineBook.ChronicPain or GuidelineBook.Acoem or GuidelineBook.Acupuncture or GuidelineBook.Postsurgical;
}
