using TranscriptMiner.Core.Pipeline;

namespace TranscriptMiner.Core.Tests.Pipeline;

public sealed class IngestFileFilterTests
{
    private readonly IngestFileFilter _filter = new(["pdf", ".DOCX", " .txt "]);

    [Theory]
    [InlineData("/x/minutes.pdf", true)]
    [InlineData("/x/Board Paper.docx", true)]
    [InlineData("/x/NOTES.TXT", true)]
    [InlineData("/x/picture.png", false)]
    [InlineData("/x/.hidden.pdf", false)]
    [InlineData("/x/~$draft.docx", false)]
    [InlineData("/x/minutes.pdf.part", false)]
    [InlineData("/x/minutes.pdf.crdownload", false)]
    [InlineData("/x/minutes.tmp", false)]
    [InlineData("/x/minutes.meta.json", false)]
    [InlineData("/x/minutes.expected.json", false)]
    public void Accepts_Name_AsExpected(string path, bool expected) => Assert.Equal(expected, _filter.Accepts(path));

    [Fact]
    public void IsTemporary_LockAndPartialFiles_True()
    {
        Assert.True(IngestFileFilter.IsTemporary("~$report.docx"));
        Assert.True(IngestFileFilter.IsTemporary("a.PART"));
        Assert.False(IngestFileFilter.IsTemporary("report.docx"));
    }
}
