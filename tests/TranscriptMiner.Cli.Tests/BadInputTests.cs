using System.IO.Compression;
using System.Text;
using TranscriptMiner.Abstractions;
using TranscriptMiner.Core.Extraction;

namespace TranscriptMiner.Cli.Tests;

/// <summary>
/// Hostile and broken files through the whole pipeline with the real plugins: each one ends in a typed failure that
/// names the file, or in a document; never another exception, never a hang.
/// </summary>
public sealed class BadInputTests : IClassFixture<PipelineFixture>, IDisposable
{
    private readonly PipelineFixture _pipeline;
    private readonly string _folder = Directory.CreateTempSubdirectory("tm-bad-").FullName;

    public BadInputTests(PipelineFixture pipeline) => _pipeline = pipeline;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Empty_file_is_corrupt()
    {
        await AssertFailsAsync("empty.pdf", [], ExtractionFailureKind.Corrupt);
    }

    [Fact]
    public async Task Unknown_binary_type_is_unsupported()
    {
        await AssertFailsAsync("picture.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], ExtractionFailureKind.Unsupported);
    }

    [Fact]
    public async Task Docx_that_is_not_a_zip_is_corrupt()
    {
        await AssertFailsAsync("minutes.docx", Encoding.ASCII.GetBytes("this is not a zip package at all\0\0\u0001"), ExtractionFailureKind.Corrupt);
    }

    [Fact]
    public async Task Truncated_pdf_is_corrupt_or_partial_never_a_crash()
    {
        var sample = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.CorpusSamples, "minutes", "norchester-ccg-governing-body-2021-03-03.pdf"));
        foreach (var fraction in new[] { 0.05, 0.3, 0.6, 0.95 })
        {
            var path = Write($"truncated-{fraction}.pdf", sample[..(int)(sample.Length * fraction)]);
            try
            {
                var document = await _pipeline.Processor.ProcessAsync(path, CancellationToken.None);
                Assert.NotNull(document.PlainText);
            }
            catch (DocumentFailedException failure)
            {
                Assert.Equal(path, failure.Path);
                Assert.Contains(failure.Kind, new[] { ExtractionFailureKind.Corrupt, ExtractionFailureKind.NoTextLayer });
            }
        }
    }

    [Fact]
    public async Task Pdf_with_a_broken_body_is_corrupt()
    {
        await AssertFailsAsync("broken.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"), ExtractionFailureKind.Corrupt);
    }

    [Fact]
    public async Task Docx_bomb_is_too_large()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            AddEntry(archive, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            var entry = archive.CreateEntry("word/document.xml", CompressionLevel.SmallestSize);
            using var stream = entry.Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 8; i++)
            {
                stream.Write(zeros);
            }
        }

        await AssertFailsAsync("bomb.docx", zip.ToArray(), ExtractionFailureKind.TooLarge, "TranscriptMiner:Extraction:MaxDecompressedBytes", "1048576");
    }

    [Fact]
    public async Task Deeply_nested_docx_fails_with_a_typed_error()
    {
        var xml = new StringBuilder("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        for (var i = 0; i < 100_000; i++)
        {
            xml.Append("<w:sdt><w:sdtContent>");
        }

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            AddEntry(archive, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            AddEntry(archive, "word/document.xml", xml.ToString());
        }

        var failure = await FailAsync("nested.docx", zip.ToArray());
        Assert.Contains(failure.Kind, new[] { ExtractionFailureKind.TooLarge, ExtractionFailureKind.Corrupt });
    }

    [Fact]
    public async Task Fifty_megabyte_single_line_text_is_segmented_within_limits()
    {
        var line = new StringBuilder(50 * 1024 * 1024);
        var sentence = "The committee noted that the data quality report could not be relied on without validation. ";
        while (line.Length + sentence.Length < 50 * 1024 * 1024)
        {
            line.Append(sentence);
        }

        var path = Write("one-line.txt", Encoding.UTF8.GetBytes(line.ToString()));
        var document = await _pipeline.Processor.ProcessAsync(path, CancellationToken.None);

        Assert.True(document.Segments.Count > 1000);
        Assert.All(document.Segments, s => Assert.True(s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 400));
    }

    [Fact]
    public async Task Invalid_utf8_text_is_read_as_windows_1252()
    {
        var bytes = Encoding.ASCII.GetBytes("Budget pressure of ").Concat(new byte[] { 0xA3 }).Concat(Encoding.ASCII.GetBytes("4.2m was reported to the committee, with caf")).Concat(new byte[] { 0xE9, 0xC3, 0x28 }).ToArray();
        var path = Write("latin.txt", bytes);

        var document = await _pipeline.Processor.ProcessAsync(path, CancellationToken.None);

        Assert.Contains("£4.2m", document.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_caption_timestamps_are_skipped_with_warnings()
    {
        var vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Chair>Welcome to the meeting.\n\n00:0x:05.000 --> banana\n<v Chair>Broken timing.\n\n99:99:99.999 --> 00:00:01.000\n<v Chair>Absurd timing.\n\n00:00:06.000 --> 00:00:09.000\n<v Dr Singh>The linked dataset is ready.\n";
        var path = Write("broken.vtt", Encoding.UTF8.GetBytes(vtt));

        var document = await _pipeline.Processor.ProcessAsync(path, CancellationToken.None);

        Assert.NotEmpty(document.Warnings);
        Assert.Contains(document.Segments, s => s.Speaker == "Dr Singh");
    }

    [Fact]
    public async Task Caption_file_without_any_valid_cue_is_corrupt()
    {
        await AssertFailsAsync("nothing.vtt", Encoding.UTF8.GetBytes("WEBVTT\n\nthis is not a cue\n\nneither --> is this\n"), ExtractionFailureKind.Corrupt);
    }

    [Fact]
    public async Task File_over_the_size_limit_is_too_large_before_it_is_read()
    {
        await AssertFailsAsync("big.txt", new byte[4096], ExtractionFailureKind.TooLarge, "TranscriptMiner:Extraction:MaxFileBytes", "1024");
    }

    private async Task AssertFailsAsync(string name, byte[] content, ExtractionFailureKind kind, string? settingKey = null, string? settingValue = null)
    {
        var failure = await FailAsync(name, content, settingKey, settingValue);
        Assert.Equal(kind, failure.Kind);
    }

    private async Task<DocumentFailedException> FailAsync(string name, byte[] content, string? settingKey = null, string? settingValue = null)
    {
        var path = Write(name, content);
        if (settingKey is null)
        {
            var failure = await Assert.ThrowsAsync<DocumentFailedException>(() => _pipeline.Processor.ProcessAsync(path, CancellationToken.None));
            Assert.Equal(path, failure.Path);
            Assert.StartsWith(path + ": ", failure.Message, StringComparison.Ordinal);
            return failure;
        }

        using var pipeline = PipelineFixture.WithSettings(new Dictionary<string, string?> { [settingKey] = settingValue });
        var limited = await Assert.ThrowsAsync<DocumentFailedException>(() => pipeline.Processor.ProcessAsync(path, CancellationToken.None));
        Assert.Equal(path, limited.Path);
        return limited;
    }

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static void AddEntry(ZipArchive archive, string name, string content)
    {
        using var writer = new StreamWriter(archive.CreateEntry(name).Open());
        writer.Write(content);
    }
}
