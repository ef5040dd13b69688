using TranscriptMiner.Core.Search;
using Xunit;

namespace TranscriptMiner.Core.Tests.Search;

public sealed class SearchSyntaxCheckTests
{
    [Theory]
    [InlineData("\"data quality\" AND trust")]
    [InlineData("\"data trust\"~5 OR prescrib*")]
    [InlineData("A&E AND 111")]
    public void CheckSyntax_ValidQuery_DoesNotThrow(string query) => SearchService.CheckSyntax(query);

    [Theory]
    [InlineData("data AND (")]
    [InlineData("\"unclosed")]
    [InlineData("  ")]
    public void CheckSyntax_MalformedQuery_ThrowsQuerySyntaxException(string query) =>
        Assert.Throws<QuerySyntaxException>(() => SearchService.CheckSyntax(query));
}
