using Microsoft.Data.Sqlite;
using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Tests.Support;

namespace TranscriptMiner.Core.Tests.Catalog;

public sealed class CatalogDatabaseTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string CatalogPath => _temp.Combine("ws", "catalog.db");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Open_EmptyFolder_CreatesLatestSchemaWithWal()
    {
        using var database = CatalogDatabase.Open(CatalogPath);

        Assert.Equal(CatalogDatabase.LatestSchemaVersion, database.SchemaVersion);
        Assert.Equal(CatalogDatabase.LatestSchemaVersion, Scalar(database.Connection, "PRAGMA user_version;"));
        Assert.Equal("wal", Scalar<string>(database.Connection, "PRAGMA journal_mode;"));
        Assert.Equal(1L, Scalar(database.Connection, "PRAGMA foreign_keys;"));
        Assert.Equal(1L, Scalar(database.Connection, "PRAGMA synchronous;"));
        foreach (var table in new[] { "documents", "document_versions", "locations", "segments", "failures", "ingest_runs", "themes" })
        {
            Assert.Equal(1L, Scalar(database.Connection, $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}';"));
        }
    }

    [Fact]
    public void Open_Twice_IsIdempotentAndKeepsData()
    {
        using (var first = CatalogDatabase.Open(CatalogPath))
        {
            new CatalogStore(first).SaveTheme("access", "\"waiting list\"");
        }

        using var second = CatalogDatabase.Open(CatalogPath);

        Assert.Equal(CatalogDatabase.LatestSchemaVersion, second.SchemaVersion);
        Assert.NotNull(new CatalogStore(second).FindTheme("access"));
    }

    [Fact]
    public void Open_NewerSchema_RefusesWithClearMessage()
    {
        using (var database = CatalogDatabase.Open(CatalogPath))
        {
            Execute(database.Connection, $"PRAGMA user_version = {CatalogDatabase.LatestSchemaVersion + 1};");
        }

        var ex = Assert.Throws<CatalogException>(() => CatalogDatabase.Open(CatalogPath));
        Assert.Contains("newer TranscriptMiner", ex.Message, StringComparison.Ordinal);
        Assert.Contains(CatalogPath, ex.Message, StringComparison.Ordinal);
        Assert.Throws<CatalogException>(() => CatalogDatabase.OpenReadOnly(CatalogPath));
    }

    [Fact]
    public void OpenReadOnly_Missing_ThrowsCatalogException()
    {
        var ex = Assert.Throws<CatalogException>(() => CatalogDatabase.OpenReadOnly(CatalogPath));
        Assert.Contains("not found", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenReadOnly_WhileWriterOpen_ReadsAndRefusesWrites()
    {
        using var writer = CatalogDatabase.Open(CatalogPath);
        new CatalogStore(writer).SaveTheme("access", "waiting");

        using var reader = CatalogDatabase.OpenReadOnly(CatalogPath);
        var store = new CatalogStore(reader);

        Assert.Single(store.ListThemes());
        var ex = Assert.Throws<CatalogException>(() => store.SaveTheme("other", "x"));
        Assert.Contains("nothing of this operation was saved", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenReadOnly_AfterWriterClosed_Reads()
    {
        using (var writer = CatalogDatabase.Open(CatalogPath))
        {
            new CatalogStore(writer).SaveTheme("access", "waiting");
        }

        using var reader = CatalogDatabase.OpenReadOnly(CatalogPath);

        Assert.True(reader.IsReadOnly);
        Assert.Single(new CatalogStore(reader).ListThemes());
    }

    [Fact]
    public void Open_VersionResetToZero_ReappliesStepsIdempotently()
    {
        using (var database = CatalogDatabase.Open(CatalogPath))
        {
            new CatalogStore(database).SaveTheme("access", "waiting");
            Execute(database.Connection, "PRAGMA user_version = 0;");
        }

        using var reopened = CatalogDatabase.Open(CatalogPath);

        Assert.Equal(CatalogDatabase.LatestSchemaVersion, reopened.SchemaVersion);
        Assert.Single(new CatalogStore(reopened).ListThemes());
    }

    [Fact]
    public void Write_WhileAnotherConnectionHoldsTheWriteLock_FailsAfterBoundedWaitWithCatalogException()
    {
        using var first = CatalogDatabase.Open(CatalogPath, TimeSpan.FromMilliseconds(50));
        using var second = CatalogDatabase.Open(CatalogPath, TimeSpan.FromMilliseconds(50));
        using var transaction = first.Connection.BeginTransaction(deferred: false);

        var ex = Assert.Throws<CatalogException>(() => new CatalogStore(second).SaveTheme("access", "waiting"));

        Assert.Contains("locked", ex.Message, StringComparison.Ordinal);
        transaction.Rollback();
        Assert.Equal("access", new CatalogStore(second).SaveTheme("access", "waiting").Name);
    }

    [Fact]
    public void Open_NotADatabase_ThrowsCatalogException()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(CatalogPath)!);
        File.WriteAllText(CatalogPath, new string('x', 4096));

        var ex = Assert.Throws<CatalogException>(() => CatalogDatabase.Open(CatalogPath));
        Assert.Contains(CatalogPath, ex.Message, StringComparison.Ordinal);
    }

    private static long Scalar(SqliteConnection connection, string sql) => Scalar<long>(connection, sql);

    private static T Scalar<T>(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
