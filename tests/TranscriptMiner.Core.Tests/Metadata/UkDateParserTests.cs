using TranscriptMiner.Core.Metadata;

namespace TranscriptMiner.Core.Tests.Metadata;

public sealed class UkDateParserTests
{
    [Theory]
    [InlineData("14 March 2021")]
    [InlineData("Wednesday 14th March 2021")]
    [InlineData("Wed 14 March 2021")]
    [InlineData("14th of March 2021")]
    [InlineData("14 Mar 2021")]
    [InlineData("14 Mar. 2021")]
    [InlineData("March 14, 2021")]
    [InlineData("March 14th 2021")]
    [InlineData("14/03/2021")]
    [InlineData("14.03.2021")]
    [InlineData("14-03-2021")]
    [InlineData("14/3/21")]
    [InlineData("2021-03-14")]
    [InlineData("  14 MARCH 2021 ")]
    public void TryParse_UkFormats_GivesFourteenthOfMarch(string text)
    {
        Assert.True(UkDateParser.TryParse(text, out var date));
        Assert.Equal(new DateOnly(2021, 3, 14), date);
    }

    [Fact]
    public void TryParse_WeekdayAndOrdinal_Parses()
    {
        Assert.True(UkDateParser.TryParse("Wednesday 3rd March 2021", out var date));
        Assert.Equal(new DateOnly(2021, 3, 3), date);
        Assert.True(UkDateParser.TryParse("3rd of March 2021", out date));
        Assert.Equal(new DateOnly(2021, 3, 3), date);
    }

    [Fact]
    public void TryParse_SlashDate_IsDayFirst()
    {
        Assert.True(UkDateParser.TryParse("03/04/2021", out var date));
        Assert.Equal(new DateOnly(2021, 4, 3), date);
    }

    [Theory]
    [InlineData("31 April 2021")]
    [InlineData("29 February 2021")]
    [InlineData("03/14/2021")]
    [InlineData("2021-02-30")]
    [InlineData("0 March 2021")]
    [InlineData("14 Smarch 2021")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("the meeting on 14 March 2021")]
    public void TryParse_ImpossibleOrNotADate_Fails(string? text)
    {
        Assert.False(UkDateParser.TryParse(text, out _));
    }

    [Fact]
    public void TryParse_LeapDay_Parses()
    {
        Assert.True(UkDateParser.TryParse("29 February 2024", out var date));
        Assert.Equal(new DateOnly(2024, 2, 29), date);
    }

    [Fact]
    public void TryFind_SkipsImpossibleDateAndFindsTheNext()
    {
        Assert.True(UkDateParser.TryFind("Draft 31/02/2021; meeting held on 14 March 2021 at 2pm", out var date, out var index));
        Assert.Equal(new DateOnly(2021, 3, 14), date);
        Assert.Equal(34, index);
    }

    [Fact]
    public void TryFind_VersionNumbersAreNotDates()
    {
        Assert.False(UkDateParser.TryFind("Version 1.2.3.4 and ref 2021/22/15", out _, out _));
    }
}
