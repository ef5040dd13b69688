using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Tests.Support;

namespace TranscriptMiner.Core.Tests.Catalog;

/// <summary>A catalog in a fresh temp folder with a store over it.</summary>
internal sealed class CatalogFixture : IDisposable
{
    private readonly TempDirectory _temp = new();

    public CatalogFixture()
    {
        Layout = new WorkspaceLayout(_temp.Combine("workspace"));
        Database = CatalogDatabase.Open(Layout.CatalogPath);
        Store = new CatalogStore(Database, Clock);
    }

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero));

    public WorkspaceLayout Layout { get; }

    public CatalogDatabase Database { get; private set; }

    public CatalogStore Store { get; private set; }

    public string File(string name) => _temp.Combine("docs", name);

    /// <summary>Closes and reopens the catalog, as a restarted process would.</summary>
    public void Reopen()
    {
        Database.Dispose();
        Database = CatalogDatabase.Open(Layout.CatalogPath);
        Store = new CatalogStore(Database, Clock);
    }

    public void Dispose()
    {
        Database.Dispose();
        _temp.Dispose();
    }
}
