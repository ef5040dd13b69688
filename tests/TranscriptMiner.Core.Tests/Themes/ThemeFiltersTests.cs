using TranscriptMiner.Core.Model;
using TranscriptMiner.Core.Search;
using TranscriptMiner.Core.Themes;
using Xunit;

namespace TranscriptMiner.Core.Tests.Themes;

public sealed class ThemeFiltersTests
{
    private static readonly ThemeFilters Full = new()
    {
        Kinds = [DocumentKind.Minutes, DocumentKind.BoardPaper],
        Organisations = ["NHS South ICB"],
        Committees = ["Quality Committee", "Board"],
        Speakers = ["Dr Jane Smith"],
        From = new DateOnly(2022, 1, 1),
        To = new DateOnly(2023, 12, 31),
        Sort = SearchSort.Date,
        Top = 7,
    };

    [Fact]
    public void ToJson_AllFilters_IsStableCamelCase()
    {
        Assert.Equal(
            """{"kinds":["minutes","boardPaper"],"organisations":["NHS South ICB"],"committees":["Quality Committee","Board"],"speakers":["Dr Jane Smith"],"from":"2022-01-01","to":"2023-12-31","sort":"date","top":7}""",
            Full.ToJson());
        Assert.Equal(Full.ToJson(), ThemeFilters.FromJson(Full.ToJson()).ToJson());
    }

    [Fact]
    public void FromJson_RoundTrip_KeepsEveryFilter()
    {
        var back = ThemeFilters.FromJson(Full.ToJson());

        Assert.Equal(Full.Kinds, back.Kinds);
        Assert.Equal(Full.Organisations, back.Organisations);
        Assert.Equal(Full.Committees, back.Committees);
        Assert.Equal(Full.Speakers, back.Speakers);
        Assert.Equal(Full.From, back.From);
        Assert.Equal(Full.To, back.To);
        Assert.Equal(SearchSort.Date, back.Sort);
        Assert.Equal(7, back.Top);
    }

    [Fact]
    public void ToJson_NoFilters_OmitsDatesAndKeepsDefaults()
    {
        var json = new ThemeFilters().ToJson();

        Assert.Equal("""{"kinds":[],"organisations":[],"committees":[],"speakers":[],"sort":"relevance","top":20}""", json);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("""{"kinds":null}""")]
    public void FromJson_MissingOrEmpty_GivesNoFilters(string? json)
    {
        var filters = ThemeFilters.FromJson(json);

        Assert.Empty(filters.Kinds);
        Assert.Empty(filters.Organisations);
        Assert.Null(filters.From);
        Assert.Equal(SearchSort.Relevance, filters.Sort);
        Assert.Equal(20, filters.Top);
    }

    [Fact]
    public void FromJson_EnumNamesAnyCase_AreRead()
    {
        var filters = ThemeFilters.FromJson("""{"kinds":["Minutes","TRANSCRIPT"],"sort":"Date"}""");

        Assert.Equal([DocumentKind.Minutes, DocumentKind.Transcript], filters.Kinds);
        Assert.Equal(SearchSort.Date, filters.Sort);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"kinds":["podcast"]}""")]
    [InlineData("""{"from":"yesterday"}""")]
    public void FromJson_Invalid_ThrowsFormatException(string json) =>
        Assert.Throws<FormatException>(() => ThemeFilters.FromJson(json));

    [Fact]
    public void FromRequestToRequest_KeepsFiltersAndTakesTheQuery()
    {
        var request = new SearchRequest
        {
            Query = "ignored",
            Kinds = [DocumentKind.Transcript],
            Speakers = ["Bob Jones"],
            From = new DateOnly(2024, 1, 1),
            Sort = SearchSort.Date,
            Top = 3,
            DocumentIds = [1, 2],
        };

        var rebuilt = ThemeFilters.FromRequest(request).ToRequest("\"data quality\"");

        Assert.Equal("\"data quality\"", rebuilt.Query);
        Assert.Equal([DocumentKind.Transcript], rebuilt.Kinds);
        Assert.Equal(["Bob Jones"], rebuilt.Speakers);
        Assert.Equal(new DateOnly(2024, 1, 1), rebuilt.From);
        Assert.Null(rebuilt.To);
        Assert.Equal(SearchSort.Date, rebuilt.Sort);
        Assert.Equal(3, rebuilt.Top);
        Assert.Null(rebuilt.DocumentIds);
    }
}
