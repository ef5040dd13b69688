using TranscriptMiner.Plugins.Docx;

namespace TranscriptMiner.Plugins.Tests.Docx;

public sealed class NumberFormatterTests
{
    [Theory]
    [InlineData(4, "decimal", "4")]
    [InlineData(3, "decimalZero", "03")]
    [InlineData(1, "lowerLetter", "a")]
    [InlineData(28, "lowerLetter", "bb")]
    [InlineData(26, "upperLetter", "Z")]
    [InlineData(4, "lowerRoman", "iv")]
    [InlineData(1994, "upperRoman", "MCMXCIV")]
    [InlineData(2, "bullet", "•")]
    [InlineData(2, "none", "")]
    [InlineData(12, "ordinal", "12th")]
    [InlineData(22, "ordinal", "22nd")]
    [InlineData(5, "chineseCounting", "5")]
    [InlineData(0, "lowerRoman", "0")]
    public void Format_GivesWhatWordShows(int value, string format, string expected)
    {
        Assert.Equal(expected, NumberFormatter.Format(value, format));
    }
}
