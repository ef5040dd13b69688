namespace TranscriptMiner.Web.Tests.Browser;

/// <summary>The browser tests share one Chromium and run one class at a time (two cores).</summary>
[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Chromium";
}
