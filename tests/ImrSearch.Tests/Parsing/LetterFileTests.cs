using System.Security.Cryptography;
using ImrSearch.Parsing;

namespace ImrSearch.Tests.Parsing;

/// <summary>A letter file is read once: the bytes returned are the file's, the hash is theirs, and the limits hold.</summary>
public sealed class LetterFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("imr-file-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string WriteSized(string name, byte[] start, long length)
    {
        var path = Path.Combine(folder, name);
        using var stream = File.Create(path);
        stream.Write(start);
        stream.SetLength(length);
        return path;
    }

    [Fact]
    public void The_bytes_are_the_files_and_the_hash_is_their_sha256()
    {
        var bytes = File.ReadAllBytes(SeedLetters.PathOf(SeedLetters.Letter000));
        var path = Write("letter.txt", bytes);

        var file = LetterFile.Load(path);

        Assert.Null(file.Refusal);
        Assert.Equal(bytes, file.Bytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), file.Hash);
    }

    [Fact]
    public void An_empty_file_is_read_as_no_bytes()
    {
        var file = LetterFile.Load(Write("empty.txt", []));

        Assert.Empty(Assert.IsType<byte[]>(file.Bytes));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData([])), file.Hash);
    }

    [Fact]
    public void Text_over_its_limit_is_refused_unread()
    {
        var file = LetterFile.Load(WriteSized("big.txt", "Case Number: CM1"u8.ToArray(), LetterFile.MaximumTextFileBytes + 1));

        Assert.Null(file.Bytes);
        Assert.Null(file.Hash);
        Assert.Contains("text letters above 4 MB are not read", file.Refusal);
    }

    [Fact]
    public void A_file_at_the_text_limit_is_read_whole()
    {
        var file = LetterFile.Load(WriteSized("full.txt", "Case"u8.ToArray(), LetterFile.MaximumTextFileBytes));

        Assert.Null(file.Refusal);
        Assert.Equal(LetterFile.MaximumTextFileBytes, file.Bytes!.Length);
        Assert.Equal("Case"u8.ToArray(), file.Bytes[..4]);
    }

    [Fact]
    public void A_pdf_under_another_name_gets_the_pdf_limit_and_keeps_its_first_bytes()
    {
        var length = LetterFile.MaximumTextFileBytes + 1000;
        var path = WriteSized("scan.txt", "%PDF-1.7\n"u8.ToArray(), length);

        var file = LetterFile.Load(path);

        Assert.Null(file.Refusal);
        Assert.Equal(length, file.Bytes!.Length);
        Assert.Equal(File.ReadAllBytes(path), file.Bytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), file.Hash);
    }

    [Fact]
    public void A_pdf_over_its_limit_is_refused_as_a_pdf()
    {
        var file = LetterFile.Load(WriteSized("huge.pdf", "%PDF-1.7\n"u8.ToArray(), LetterFile.MaximumPdfFileBytes + 1));

        Assert.Null(file.Bytes);
        Assert.Contains("PDF letters above 25 MB are not read", file.Refusal);
    }

    [Fact]
    public void A_folder_or_a_missing_file_is_refused_with_its_reason()
    {
        Assert.Contains("a folder", LetterFile.Load(folder).Refusal);
        Assert.Equal("file not found", LetterFile.Load(Path.Combine(folder, "nope.txt")).Refusal);
    }
}
