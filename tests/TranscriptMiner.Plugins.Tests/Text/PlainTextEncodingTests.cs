using System.Text;
using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Plugins.Tests.Text;

public sealed class PlainTextEncodingTests
{
    private const string Sample = "Caf\u00e9 costs \u00a35 per visit.";

    [Fact]
    public async Task Extract_Utf8WithoutBom_DecodesText()
    {
        var document = await TextExtraction.RunAsync(Encoding.UTF8.GetBytes(Sample));

        Assert.Equal(Sample, Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public async Task Extract_Utf8WithBom_DropsBom()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Sample)).ToArray();

        var document = await TextExtraction.RunAsync(bytes);

        Assert.Equal(Sample, Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public async Task Extract_Utf16LittleEndianWithBom_DecodesText()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Sample)).ToArray();

        var document = await TextExtraction.RunAsync(bytes);

        Assert.Equal(Sample, Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public async Task Extract_Utf16LittleEndianWithoutBom_DetectsFromNulPattern()
    {
        var document = await TextExtraction.RunAsync(Encoding.Unicode.GetBytes(Sample));

        Assert.Equal(Sample, Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public async Task Extract_Windows1252PoundAndEAcute_FallsBackTo1252()
    {
        // "Café £5" in Windows-1252: é = 0xE9, £ = 0xA3, neither valid UTF-8 on its own.
        byte[] bytes = [(byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)' ', 0xA3, (byte)'5'];

        var document = await TextExtraction.RunAsync(bytes);

        Assert.Equal("Caf\u00e9 \u00a35", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public async Task Extract_InvalidUtf8Sequence_DoesNotThrow()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("Budget "), 0xC3, 0x28, 0xFF, .. Encoding.ASCII.GetBytes(" approved")];

        var document = await TextExtraction.RunAsync(bytes);

        var text = Assert.Single(document.Blocks).Text;
        Assert.StartsWith("Budget ", text, StringComparison.Ordinal);
        Assert.EndsWith(" approved", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task Extract_EmptyOrWhitespaceFile_ThrowsCorrupt(int variant)
    {
        var bytes = variant == 0 ? [] : Encoding.UTF8.GetBytes("  \r\n\t\n  ");

        var error = await Assert.ThrowsAsync<ExtractionException>(() => TextExtraction.RunAsync(bytes));

        Assert.Equal(ExtractionFailureKind.Corrupt, error.Kind);
        Assert.Equal("the file is empty", error.Message);
    }

    [Fact]
    public async Task Extract_BinaryContent_ThrowsUnsupported()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i += 3)
        {
            bytes[i] = 0;
        }

        var error = await Assert.ThrowsAsync<ExtractionException>(() => TextExtraction.RunAsync(bytes));

        Assert.Equal(ExtractionFailureKind.Unsupported, error.Kind);
    }

    [Fact]
    public async Task Extract_BinaryWithNulsInOddBytes_ThrowsUnsupportedNotUtf16()
    {
        var bytes = new byte[4096];
        for (var i = 0; i < bytes.Length; i += 2)
        {
            bytes[i] = (byte)(i % 7);
        }

        var error = await Assert.ThrowsAsync<ExtractionException>(() => TextExtraction.RunAsync(bytes));

        Assert.Equal(ExtractionFailureKind.Unsupported, error.Kind);
        Assert.Equal("binary content, not text", error.Message);
    }
}
