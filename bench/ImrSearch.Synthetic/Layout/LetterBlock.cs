namespace ImrSearch.Synthetic.Layout;

public enum BlockKind
{
    /// <summary>A section heading on its own line.</summary>
    Heading,

    /// <summary>Running text, wrapped to the line width.</summary>
    Paragraph,

    /// <summary>Lines kept as they are (header block, credentials block).</summary>
    Lines,
}

/// <summary>One logical piece of a letter before it is laid out into PDF-like text lines.</summary>
/// <param name="Width">Wrap width for paragraphs; item headers use a narrower one in some letters, like a table cell.</param>
public sealed record LetterBlock(BlockKind Kind, IReadOnlyList<string> Text, int Width)
{
    public static LetterBlock Heading(string text) => new(BlockKind.Heading, [text], int.MaxValue);

    public static LetterBlock Paragraph(string text, int width) => new(BlockKind.Paragraph, [text], width);

    public static LetterBlock Lines(IReadOnlyList<string> lines) => new(BlockKind.Lines, lines, int.MaxValue);
}
