using System.Text.Json;
using Microsoft.Data.Sqlite;
using TranscriptMiner.Core.Model;
using TranscriptMiner.Core.Processing;

namespace TranscriptMiner.Core.Catalog;

/// <summary>
/// The catalog's API: the one writer's operations (each one SQLite transaction: all of it is saved or none) and the
/// reads that ingest, indexing, status and themes need.
/// </summary>
/// <remarks>
/// Thread-safe (calls are serialised); one store per workspace writer. Paths are stored as full paths. Instants are UTC
/// ISO-8601 text to the tick. A failed write throws <see cref="CatalogException"/> and leaves the catalog as before.
/// </remarks>
public sealed class CatalogStore
{
    private const string Live = "live";
    private const string Removed = "removed";

    private readonly CatalogDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Initializes a store over an open catalog.</summary>
    /// <param name="database">The catalog.</param>
    /// <param name="timeProvider">The clock; <see langword="null"/> means the system clock.</param>
    public CatalogStore(CatalogDatabase database, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _time = timeProvider ?? TimeProvider.System;
    }

    private SqliteConnection Connection => _database.Connection;

    /// <summary>Finds what the catalog knows about a path, so ingest can skip an unchanged file before hashing it.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The location, or <see langword="null"/> when the path was never ingested.</returns>
    public LocationState? FindLocation(string path)
    {
        var fullPath = Path.GetFullPath(path);
        return Read("read a location", () => QueryLocation(fullPath, null));
    }

    /// <summary>Lists live paths, optionally only those inside a folder (a reconcile scan marks the ones gone from disk removed).</summary>
    /// <param name="folder">The folder (recursive); <see langword="null"/> means every live path.</param>
    /// <returns>Full paths, ordinal order.</returns>
    public IReadOnlyList<string> ListLivePaths(string? folder = null)
    {
        var prefix = folder is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        return Read("list live paths", () =>
        {
            using var command = Connection.Command(
                "SELECT path FROM locations WHERE status = 'live' AND ($prefix IS NULL OR substr(path, 1, length($prefix)) = $prefix) ORDER BY path;",
                null,
                ("$prefix", prefix));
            using var reader = command.ExecuteReader();
            var paths = new List<string>();
            while (reader.Read())
            {
                paths.Add(reader.GetString(0));
            }

            return paths.Order(StringComparer.Ordinal).ToList();
        });
    }

    /// <summary>Writes a processed document in one transaction and says what the index must do.</summary>
    /// <param name="document">The processed document (its <see cref="ProcessedDocument.SourcePath"/> is the location).</param>
    /// <param name="contentHash">The SHA-256 hash of the file's bytes, hex.</param>
    /// <param name="stamp">The file's size and mtime when it was read.</param>
    /// <returns>The outcome, ids, segments to index and documents to delete from the index.</returns>
    /// <remarks>
    /// Same content as a live document: the path becomes one more location (<see cref="WriteOutcome.Duplicate"/>, or
    /// <see cref="WriteOutcome.Unchanged"/> when it already was). New content at a known path whose document has no
    /// other live location: a new version replaces the document's segments (<see cref="WriteOutcome.Updated"/>).
    /// New content otherwise (including a known path whose old content lives on at another path): a new document
    /// (<see cref="WriteOutcome.Added"/>). Any failure record for the path is cleared.
    /// </remarks>
    public DocumentWrite WriteDocument(ProcessedDocument document, string contentHash, FileStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentHash);
        ArgumentNullException.ThrowIfNull(stamp);
        var path = Path.GetFullPath(document.SourcePath);
        var hash = contentHash.Trim().ToLowerInvariant();
        return Write($"write {path}", transaction => WriteDocumentCore(transaction, document, path, hash, stamp));
    }

    /// <summary>Records that the index holds a document's version (ignored if a newer version was written since).</summary>
    /// <param name="documentId">The document.</param>
    /// <param name="versionId">The version that was indexed.</param>
    public void MarkIndexed(long documentId, long versionId) => Write("mark a document indexed", transaction =>
        Connection.Execute(
            "UPDATE documents SET index_state = 'indexed' WHERE id = $id AND current_version_id = $version AND index_state = 'pending' AND removed_at IS NULL;",
            transaction,
            ("$id", documentId),
            ("$version", versionId)));

    /// <summary>Records that a removed document's entries were deleted from the index.</summary>
    /// <param name="documentId">The document.</param>
    public void MarkIndexDeleted(long documentId) => Write("mark a document deleted from the index", transaction =>
        Connection.Execute(
            "UPDATE documents SET index_state = 'deleted' WHERE id = $id AND index_state = 'pending-delete';",
            transaction,
            ("$id", documentId)));

    /// <summary>Lists live documents whose current version is not yet in the index (startup repair; then <see cref="ReadSegments"/>).</summary>
    /// <returns>Document ids, ascending.</returns>
    public IReadOnlyList<long> PendingIndexDocuments() => Read("list documents waiting for the index", () =>
        Connection.QueryInt64s("SELECT id FROM documents WHERE index_state = 'pending' AND removed_at IS NULL ORDER BY id;", null));

    /// <summary>Lists removed documents whose entries may still be in the index (startup repair; then <see cref="MarkIndexDeleted"/>).</summary>
    /// <returns>Document ids, ascending.</returns>
    public IReadOnlyList<long> PendingIndexDeletions() => Read("list documents waiting to leave the index", () =>
        Connection.QueryInt64s("SELECT id FROM documents WHERE index_state = 'pending-delete' ORDER BY id;", null));

    /// <summary>Reads the segments of a document's current version, in order, with its provenance.</summary>
    /// <param name="documentId">The document.</param>
    /// <returns>The segments; empty for an unknown document. <see cref="CitedSegment.VersionId"/> is what to pass to <see cref="MarkIndexed"/>.</returns>
    public IReadOnlyList<CitedSegment> ReadSegments(long documentId) => Read("read segments", () =>
    {
        var source = QuerySourcePath(documentId, null);
        using var command = Connection.Command(
            $"SELECT {SegmentRows.SelectColumns}, $source FROM segments s JOIN documents d ON d.id = s.document_id AND s.version_id = d.current_version_id WHERE d.id = $id ORDER BY s.ordinal;",
            null,
            ("$id", documentId),
            ("$source", source));
        using var reader = command.ExecuteReader();
        var list = new List<CitedSegment>();
        while (reader.Read())
        {
            list.Add(SegmentRows.Read(reader));
        }

        return list;
    });

    /// <summary>Lists live documents (or one document, live or not) with their provenance and segment counts, in one query.</summary>
    /// <param name="documentId">One document, or <see langword="null"/> for every live document.</param>
    /// <returns>The documents, newest meeting first (undated last), then by title and id; empty for an unknown id.</returns>
    public IReadOnlyList<DocumentSummary> ReadDocuments(long? documentId = null) => Read("list documents", () =>
    {
        using var command = Connection.Command(
            $"""
            SELECT d.id, d.title, d.kind, d.organisation, d.committee, d.meeting_date, d.page_count,
                (SELECT COUNT(*) FROM segments s WHERE s.version_id = d.current_version_id),
                (SELECT path FROM locations l WHERE l.document_id = d.id ORDER BY l.status = '{Removed}', l.first_seen, l.id LIMIT 1)
            FROM documents d
            WHERE ($id IS NULL AND d.removed_at IS NULL) OR d.id = $id
            ORDER BY d.meeting_date IS NULL, d.meeting_date DESC, d.title, d.id;
            """,
            null,
            ("$id", documentId));
        using var reader = command.ExecuteReader();
        var list = new List<DocumentSummary>();
        while (reader.Read())
        {
            list.Add(new DocumentSummary
            {
                Id = reader.GetInt64(0),
                Title = reader.GetNullableString(1),
                Kind = Enum.Parse<DocumentKind>(reader.GetString(2)),
                Organisation = reader.GetNullableString(3),
                Committee = reader.GetNullableString(4),
                MeetingDate = reader.GetNullableString(5) is { } date ? CatalogTime.ParseDate(date) : null,
                PageCount = reader.GetInt32(6),
                SegmentCount = reader.GetInt32(7),
                SourcePath = reader.GetNullableString(8) ?? string.Empty,
            });
        }

        return list;
    });

    /// <summary>Finds a document's current version (what <see cref="MarkIndexed"/> needs when a document has no segments).</summary>
    /// <param name="documentId">The document.</param>
    /// <returns>The version id, or <see langword="null"/> for an unknown document.</returns>
    public long? FindCurrentVersion(long documentId) => Read("read a document's version", () =>
        Connection.ScalarInt64("SELECT current_version_id FROM documents WHERE id = $id;", null, ("$id", documentId)));

    /// <summary>Streams every segment of every live document's current version (for <c>reindex</c>), document by document.</summary>
    /// <returns>The segments; read on a connection of their own, as one consistent snapshot, so writes may go on meanwhile.</returns>
    public IEnumerable<CitedSegment> ReadAllLiveSegments()
    {
        const string sql = $"""
            WITH src AS (
                SELECT document_id, path FROM (
                    SELECT document_id, path, ROW_NUMBER() OVER (PARTITION BY document_id ORDER BY first_seen, id) AS rn
                    FROM locations WHERE status = 'live')
                WHERE rn = 1)
            SELECT {SegmentRows.SelectColumns}, src.path
            FROM documents d
            JOIN src ON src.document_id = d.id
            JOIN segments s ON s.document_id = d.id AND s.version_id = d.current_version_id
            WHERE d.removed_at IS NULL
            ORDER BY d.id, s.ordinal;
            """;
        return Stream(sql);
    }

    /// <summary>Reads the plain text of a document's current version (for exports and context).</summary>
    /// <param name="documentId">The document.</param>
    /// <returns>The text, or <see langword="null"/> for an unknown document.</returns>
    public string? ReadPlainText(long documentId) => Read("read a document's text", () =>
    {
        using var command = Connection.Command(
            "SELECT v.plain_text FROM documents d JOIN document_versions v ON v.id = d.current_version_id WHERE d.id = $id;",
            null,
            ("$id", documentId));
        return command.ExecuteScalar() as string;
    });

    /// <summary>Marks a path removed (the file was deleted); a document left with no live location is removed too.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>Whether the path was live, documents to delete from the index and documents to re-index (their cited path changed).</returns>
    public RemovalResult MarkRemoved(string path)
    {
        var fullPath = Path.GetFullPath(path);
        return Write($"mark {fullPath} removed", transaction =>
        {
            Connection.Execute("DELETE FROM failures WHERE path = $path;", transaction, ("$path", fullPath));
            var location = QueryLocation(fullPath, transaction);
            if (location is not { IsLive: true })
            {
                return new RemovalResult(false, [], []);
            }

            var now = Now();
            Connection.Execute(
                "UPDATE locations SET status = 'removed', last_seen = $now WHERE path = $path;",
                transaction,
                ("$now", now),
                ("$path", fullPath));
            if (RemoveIfOrphaned(location.DocumentId, now, transaction))
            {
                return new RemovalResult(true, [location.DocumentId], []);
            }

            Connection.Execute("UPDATE documents SET index_state = 'pending' WHERE id = $id;", transaction, ("$id", location.DocumentId));
            return new RemovalResult(true, [], [location.DocumentId]);
        });
    }

    /// <summary>Records (or updates) the failure of a path; attempts count up, the time is now.</summary>
    /// <param name="failure">The failure (its <see cref="FailureRecord.FailedAt"/> and <see cref="FailureRecord.Attempts"/> are ignored).</param>
    /// <returns>The stored record.</returns>
    public FailureRecord RecordFailure(FailureRecord failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var fullPath = Path.GetFullPath(failure.Path);
        return Write($"record the failure of {fullPath}", transaction =>
        {
            Connection.Execute(
                """
                INSERT INTO failures (path, content_hash, size, mtime_utc, kind, message, plugin_id, failed_at, attempts)
                VALUES ($path, $hash, $size, $mtime, $kind, $message, $plugin, $now, 1)
                ON CONFLICT (path) DO UPDATE SET content_hash = excluded.content_hash, size = excluded.size,
                    mtime_utc = excluded.mtime_utc, kind = excluded.kind, message = excluded.message,
                    plugin_id = excluded.plugin_id, failed_at = excluded.failed_at, attempts = failures.attempts + 1;
                """,
                transaction,
                ("$path", fullPath),
                ("$hash", failure.ContentHash?.ToLowerInvariant()),
                ("$size", failure.Stamp?.Size),
                ("$mtime", failure.Stamp is { } stamp ? CatalogTime.Format(stamp.UtcTime) : null),
                ("$kind", failure.Kind),
                ("$message", failure.Message),
                ("$plugin", failure.PluginId),
                ("$now", Now()));
            return QueryFailures("WHERE path = $path", transaction, ("$path", fullPath))[0];
        });
    }

    /// <summary>Finds the failure recorded for a path.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The record, or <see langword="null"/>.</returns>
    public FailureRecord? FindFailure(string path)
    {
        var fullPath = Path.GetFullPath(path);
        return Read("read a failure", () => QueryFailures("WHERE path = $path", null, ("$path", fullPath)).FirstOrDefault());
    }

    /// <summary>Lists recorded failures, most recent first.</summary>
    /// <returns>The records.</returns>
    public IReadOnlyList<FailureRecord> ListFailures() => Read("list failures", () => QueryFailures("ORDER BY failed_at DESC, path", null));

    /// <summary>Forgets the failure of a path (for example after the user deleted the file).</summary>
    /// <param name="path">The file's path.</param>
    /// <returns><see langword="true"/> when a record was removed.</returns>
    public bool ClearFailure(string path)
    {
        var fullPath = Path.GetFullPath(path);
        return Write("clear a failure", transaction => Connection.Execute("DELETE FROM failures WHERE path = $path;", transaction, ("$path", fullPath)) > 0);
    }

    /// <summary>Records the start of an ingest run.</summary>
    /// <returns>The run's id, for <see cref="FinishIngestRun"/>.</returns>
    public long StartIngestRun() => Write("start an ingest run", transaction =>
        Connection.ScalarInt64("INSERT INTO ingest_runs (started_at) VALUES ($now) RETURNING id;", transaction, ("$now", Now()))!.Value);

    /// <summary>Records the end of an ingest run and what it did.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="counts">What it did.</param>
    public void FinishIngestRun(long runId, IngestCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        Write("finish an ingest run", transaction => Connection.Execute(
            """
            UPDATE ingest_runs SET finished_at = $now, added = $added, updated = $updated, unchanged = $unchanged,
                duplicate = $duplicate, failed = $failed, removed = $removed WHERE id = $id;
            """,
            transaction,
            ("$now", Now()),
            ("$added", counts.Added),
            ("$updated", counts.Updated),
            ("$unchanged", counts.Unchanged),
            ("$duplicate", counts.Duplicate),
            ("$failed", counts.Failed),
            ("$removed", counts.Removed),
            ("$id", runId)));
    }

    /// <summary>Summarises the catalog.</summary>
    /// <returns>The status.</returns>
    public CatalogStatus GetStatus() => Read("read the status", () =>
    {
        var byKind = new Dictionary<DocumentKind, int>();
        using (var command = Connection.Command("SELECT kind, COUNT(*) FROM documents WHERE removed_at IS NULL GROUP BY kind;", null))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                byKind[Enum.Parse<DocumentKind>(reader.GetString(0))] = reader.GetInt32(1);
            }
        }

        int Count(string sql) => (int)Connection.ScalarInt64(sql, null)!.Value;
        return new CatalogStatus
        {
            LiveDocumentsByKind = byKind,
            LiveDocuments = byKind.Values.Sum(),
            RemovedDocuments = Count("SELECT COUNT(*) FROM documents WHERE removed_at IS NOT NULL;"),
            LiveLocations = Count("SELECT COUNT(*) FROM locations WHERE status = 'live';"),
            LiveSegments = Connection.ScalarInt64(
                "SELECT COUNT(*) FROM segments s JOIN documents d ON d.id = s.document_id AND s.version_id = d.current_version_id WHERE d.removed_at IS NULL;",
                null)!.Value,
            Failures = Count("SELECT COUNT(*) FROM failures;"),
            PendingIndex = Count("SELECT COUNT(*) FROM documents WHERE index_state IN ('pending', 'pending-delete');"),
            LastIngest = QueryLastRun(),
        };
    });

    /// <summary>Lists live documents added or given a new version after an instant (a theme re-run over what is new).</summary>
    /// <param name="since">The instant (exclusive).</param>
    /// <returns>Document ids, ascending.</returns>
    public IReadOnlyList<long> DocumentsChangedSince(DateTimeOffset since) => Read("list changed documents", () =>
        Connection.QueryInt64s("SELECT id FROM documents WHERE removed_at IS NULL AND updated_at > $since ORDER BY id;", null, ("$since", CatalogTime.Format(since))));

    /// <summary>Saves a theme (a named search), replacing the query and filters of one with the same name (case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="query">The query text.</param>
    /// <param name="filtersJson">The filters as JSON, if any.</param>
    /// <returns>The stored theme.</returns>
    public ThemeDefinition SaveTheme(string name, string query, string? filtersJson = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        var trimmed = name.Trim();
        return Write($"save theme {trimmed}", transaction =>
        {
            Connection.Execute(
                """
                INSERT INTO themes (name, query, filters_json, created_at) VALUES ($name, $query, $filters, $now)
                ON CONFLICT (name) DO UPDATE SET query = excluded.query, filters_json = excluded.filters_json;
                """,
                transaction,
                ("$name", trimmed),
                ("$query", query),
                ("$filters", filtersJson),
                ("$now", Now()));
            return QueryThemes("WHERE name = $name", transaction, ("$name", trimmed))[0];
        });
    }

    /// <summary>Finds a theme by name (case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The theme, or <see langword="null"/>.</returns>
    public ThemeDefinition? FindTheme(string name) => Read("read a theme", () => QueryThemes("WHERE name = $name", null, ("$name", name.Trim())).FirstOrDefault());

    /// <summary>Lists themes by name.</summary>
    /// <returns>The themes.</returns>
    public IReadOnlyList<ThemeDefinition> ListThemes() => Read("list themes", () => QueryThemes("ORDER BY name", null));

    /// <summary>Removes a theme.</summary>
    /// <param name="name">The name (case-insensitive).</param>
    /// <returns><see langword="true"/> when it existed.</returns>
    public bool RemoveTheme(string name) => Write("remove a theme", transaction =>
        Connection.Execute("DELETE FROM themes WHERE name = $name;", transaction, ("$name", name.Trim())) > 0);

    /// <summary>Records that a theme was run.</summary>
    /// <param name="name">The name (case-insensitive).</param>
    /// <param name="runAt">When; <see langword="null"/> means now.</param>
    /// <returns><see langword="true"/> when the theme exists.</returns>
    public bool MarkThemeRun(string name, DateTimeOffset? runAt = null) => Write("record a theme run", transaction =>
        Connection.Execute(
            "UPDATE themes SET last_run_at = $at WHERE name = $name;",
            transaction,
            ("$at", runAt is { } at ? CatalogTime.Format(at) : Now()),
            ("$name", name.Trim())) > 0);

    private IEnumerable<CitedSegment> Stream(string sql)
    {
        using (var connection = OpenReadConnection())
        {
            using var transaction = connection.BeginTransaction(deferred: true);
            using var command = connection.Command(sql, transaction);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                yield return SegmentRows.Read(reader);
            }
        }
    }

    private SqliteConnection OpenReadConnection()
    {
        try
        {
            return _database.OpenConnection();
        }
        catch (SqliteException ex)
        {
            throw _database.Fail(ex, "read segments");
        }
    }

    private DocumentWrite WriteDocumentCore(SqliteTransaction transaction, ProcessedDocument document, string path, string hash, FileStamp stamp)
    {
        var now = Now();
        var previous = QueryLocation(path, transaction);
        var known = QueryDocumentByHash(hash, transaction);
        long documentId;
        long versionId;
        WriteOutcome outcome;
        var segmentIds = Array.Empty<long>();
        if (known is { Removed: false })
        {
            documentId = known.Id;
            versionId = known.VersionId;
            outcome = previous is { IsLive: true } && previous.DocumentId == known.Id ? WriteOutcome.Unchanged : WriteOutcome.Duplicate;
        }
        else if (known is not null && QueryReusableSegmentIds(known.VersionId, document, transaction) is { } reused)
        {
            // A removed document's content is back and extracts to the same text and segments (a rename seen as a
            // deletion first, a file restored): revive it with its version and segment ids, so decisions, suggestions and
            // flags stay where they were; only the index needs the segments again.
            documentId = known.Id;
            versionId = known.VersionId;
            outcome = WriteOutcome.Added;
            segmentIds = reused;
            UpdateDocumentRow(transaction, documentId, versionId, hash, document, now);
        }
        else
        {
            if (known is not null)
            {
                // A removed document's content is back but extracts differently (another plugin or segmentation): revive
                // it with a fresh version.
                documentId = known.Id;
                outcome = WriteOutcome.Added;
            }
            else if (previous is not null && !HasLiveLocation(previous.DocumentId, transaction, exceptPath: path))
            {
                documentId = previous.DocumentId;
                outcome = WriteOutcome.Updated;
            }
            else
            {
                documentId = Connection.ScalarInt64(
                    """
                    INSERT INTO documents (content_hash, media_type, plugin_id, extractor, kind, metadata_json, created_at, updated_at)
                    VALUES ($hash, '', '', '', '', '{}', $now, $now) RETURNING id;
                    """,
                    transaction,
                    ("$hash", hash),
                    ("$now", now))!.Value;
                outcome = WriteOutcome.Added;
            }

            versionId = Connection.ScalarInt64(
                "INSERT INTO document_versions (document_id, content_hash, plain_text, ingested_at) VALUES ($doc, $hash, $text, $now) RETURNING id;",
                transaction,
                ("$doc", documentId),
                ("$hash", hash),
                ("$text", document.PlainText),
                ("$now", now))!.Value;
            UpdateDocumentRow(transaction, documentId, versionId, hash, document, now);
            var decisions = DecisionCarryOver.Capture(Connection, transaction, documentId);
            Connection.Execute("DELETE FROM segments WHERE document_id = $doc;", transaction, ("$doc", documentId));
            segmentIds = SegmentRows.Insert(Connection, transaction, documentId, versionId, document.Segments);
            decisions.Apply(Connection, transaction, document.Segments, segmentIds, now);
        }

        Connection.Execute(
            """
            INSERT INTO locations (path, document_id, size, mtime_utc, content_hash, status, first_seen, last_seen)
            VALUES ($path, $doc, $size, $mtime, $hash, 'live', $now, $now)
            ON CONFLICT (path) DO UPDATE SET document_id = excluded.document_id, size = excluded.size,
                mtime_utc = excluded.mtime_utc, content_hash = excluded.content_hash, status = 'live', last_seen = excluded.last_seen,
                first_seen = CASE WHEN locations.status = 'live' THEN locations.first_seen ELSE excluded.first_seen END;
            """,
            transaction,
            ("$path", path),
            ("$doc", documentId),
            ("$size", stamp.Size),
            ("$mtime", CatalogTime.Format(stamp.UtcTime)),
            ("$hash", hash),
            ("$now", now));
        Connection.Execute("DELETE FROM failures WHERE path = $path;", transaction, ("$path", path));

        var deletions = new List<long>();
        if (previous is { IsLive: true } && previous.DocumentId != documentId && RemoveIfOrphaned(previous.DocumentId, now, transaction))
        {
            deletions.Add(previous.DocumentId);
        }

        IReadOnlyList<CitedSegment> toIndex = [];
        if (segmentIds.Length > 0)
        {
            toIndex = Cite(document, documentId, versionId, hash, segmentIds, QuerySourcePath(documentId, transaction) ?? path);
        }

        return new DocumentWrite
        {
            Outcome = outcome,
            DocumentId = documentId,
            VersionId = versionId,
            SegmentsToIndex = toIndex,
            DocumentIdsToDelete = deletions,
        };
    }

    private static CitedSegment[] Cite(ProcessedDocument document, long documentId, long versionId, string hash, long[] segmentIds, string sourcePath)
    {
        var metadata = document.Metadata;
        var title = metadata.Title ?? document.Properties.Title;
        var cited = new CitedSegment[segmentIds.Length];
        for (var i = 0; i < cited.Length; i++)
        {
            cited[i] = new CitedSegment
            {
                SegmentId = segmentIds[i],
                DocumentId = documentId,
                VersionId = versionId,
                Segment = document.Segments[i],
                DocumentTitle = title,
                SourcePath = sourcePath,
                DocumentKind = metadata.Kind,
                Organisation = metadata.Organisation,
                Committee = metadata.Committee,
                MeetingDate = metadata.MeetingDate,
                ContentHash = hash,
            };
        }

        return cited;
    }

    private void UpdateDocumentRow(SqliteTransaction transaction, long documentId, long versionId, string hash, ProcessedDocument document, string now)
    {
        var metadata = document.Metadata;
        Connection.Execute(
            """
            UPDATE documents SET content_hash = $hash, media_type = $media, plugin_id = $plugin, extractor = $extractor,
                kind = $kind, title = $title, organisation = $org, committee = $committee, meeting_date = $date,
                page_count = $pages, metadata_json = $json, current_version_id = $version, index_state = 'pending',
                updated_at = $now, removed_at = NULL
            WHERE id = $id;
            """,
            transaction,
            ("$hash", hash),
            ("$media", document.MediaType),
            ("$plugin", document.PluginId),
            ("$extractor", document.ExtractorName),
            ("$kind", metadata.Kind.ToString()),
            ("$title", metadata.Title ?? document.Properties.Title),
            ("$org", metadata.Organisation),
            ("$committee", metadata.Committee),
            ("$date", metadata.MeetingDate is { } date ? CatalogTime.Format(date) : null),
            ("$pages", document.PageCount),
            ("$json", JsonSerializer.Serialize(metadata, CatalogJson.Options)),
            ("$version", versionId),
            ("$now", now),
            ("$id", documentId));
    }

    private bool RemoveIfOrphaned(long documentId, string now, SqliteTransaction transaction)
    {
        if (HasLiveLocation(documentId, transaction, exceptPath: null))
        {
            return false;
        }

        Connection.Execute(
            "UPDATE documents SET removed_at = $now, index_state = 'pending-delete' WHERE id = $id;",
            transaction,
            ("$now", now),
            ("$id", documentId));
        return true;
    }

    private bool HasLiveLocation(long documentId, SqliteTransaction transaction, string? exceptPath) =>
        Connection.ScalarInt64(
            "SELECT EXISTS (SELECT 1 FROM locations WHERE document_id = $id AND status = 'live' AND ($except IS NULL OR path <> $except));",
            transaction,
            ("$id", documentId),
            ("$except", exceptPath)) == 1;

    private LocationState? QueryLocation(string path, SqliteTransaction? transaction)
    {
        using var command = Connection.Command(
            "SELECT document_id, content_hash, size, mtime_utc, status FROM locations WHERE path = $path;",
            transaction,
            ("$path", path));
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new LocationState(path, reader.GetInt64(0), reader.GetString(1), new FileStamp(reader.GetInt64(2), CatalogTime.ParseUtc(reader.GetString(3))), reader.GetString(4) == Live)
            : null;
    }

    private KnownDocument? QueryDocumentByHash(string hash, SqliteTransaction transaction)
    {
        using var command = Connection.Command(
            "SELECT id, current_version_id, removed_at IS NOT NULL FROM documents WHERE content_hash = $hash;",
            transaction,
            ("$hash", hash));
        using var reader = command.ExecuteReader();
        return reader.Read() ? new KnownDocument(reader.GetInt64(0), reader.GetInt64(1), reader.GetBoolean(2)) : null;
    }

    /// <summary>
    /// Gets the segment ids of a stored version when the document extracts to exactly its text and segments (same count,
    /// kinds and offsets), so the version can be used again; otherwise <see langword="null"/>.
    /// </summary>
    private long[]? QueryReusableSegmentIds(long versionId, ProcessedDocument document, SqliteTransaction transaction)
    {
        using (var text = Connection.Command("SELECT plain_text FROM document_versions WHERE id = $version;", transaction, ("$version", versionId)))
        {
            if (text.ExecuteScalar() is not string plainText || !string.Equals(plainText, document.PlainText, StringComparison.Ordinal))
            {
                return null;
            }
        }

        using var command = Connection.Command(
            "SELECT id, kind, start_offset, end_offset FROM segments WHERE version_id = $version ORDER BY ordinal;",
            transaction,
            ("$version", versionId));
        using var reader = command.ExecuteReader();
        var ids = new List<long>(document.Segments.Count);
        while (reader.Read())
        {
            var index = ids.Count;
            if (index >= document.Segments.Count
                || !string.Equals(reader.GetString(1), document.Segments[index].Kind.ToString(), StringComparison.Ordinal)
                || reader.GetInt32(2) != document.Segments[index].Start
                || reader.GetInt32(3) != document.Segments[index].End)
            {
                return null;
            }

            ids.Add(reader.GetInt64(0));
        }

        return ids.Count == document.Segments.Count && ids.Count > 0 ? [.. ids] : null;
    }

    private string? QuerySourcePath(long documentId, SqliteTransaction? transaction)
    {
        using var command = Connection.Command(
            $"SELECT path FROM locations WHERE document_id = $id ORDER BY status = '{Removed}', first_seen, id LIMIT 1;",
            transaction,
            ("$id", documentId));
        return command.ExecuteScalar() as string;
    }

    private List<FailureRecord> QueryFailures(string clause, SqliteTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        using var command = Connection.Command(
            $"SELECT path, content_hash, size, mtime_utc, kind, message, plugin_id, failed_at, attempts FROM failures {clause};",
            transaction,
            parameters);
        using var reader = command.ExecuteReader();
        var list = new List<FailureRecord>();
        while (reader.Read())
        {
            list.Add(new FailureRecord
            {
                Path = reader.GetString(0),
                ContentHash = reader.GetNullableString(1),
                Stamp = reader.IsDBNull(2) || reader.IsDBNull(3) ? null : new FileStamp(reader.GetInt64(2), CatalogTime.ParseUtc(reader.GetString(3))),
                Kind = reader.GetString(4),
                Message = reader.GetString(5),
                PluginId = reader.GetNullableString(6),
                FailedAt = CatalogTime.ParseInstant(reader.GetString(7)),
                Attempts = reader.GetInt32(8),
            });
        }

        return list;
    }

    private List<ThemeDefinition> QueryThemes(string clause, SqliteTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        using var command = Connection.Command($"SELECT name, query, filters_json, created_at, last_run_at FROM themes {clause};", transaction, parameters);
        using var reader = command.ExecuteReader();
        var list = new List<ThemeDefinition>();
        while (reader.Read())
        {
            list.Add(new ThemeDefinition(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetNullableString(2),
                CatalogTime.ParseInstant(reader.GetString(3)),
                reader.GetNullableString(4) is { } last ? CatalogTime.ParseInstant(last) : null));
        }

        return list;
    }

    private IngestRun? QueryLastRun()
    {
        using var command = Connection.Command(
            "SELECT id, started_at, finished_at, added, updated, unchanged, duplicate, failed, removed FROM ingest_runs ORDER BY id DESC LIMIT 1;",
            null);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new IngestRun(
            reader.GetInt64(0),
            CatalogTime.ParseInstant(reader.GetString(1)),
            reader.GetNullableString(2) is { } finished ? CatalogTime.ParseInstant(finished) : null,
            new IngestCounts
            {
                Added = reader.GetInt32(3),
                Updated = reader.GetInt32(4),
                Unchanged = reader.GetInt32(5),
                Duplicate = reader.GetInt32(6),
                Failed = reader.GetInt32(7),
                Removed = reader.GetInt32(8),
            });
    }

    private string Now() => CatalogTime.Format(_time.GetUtcNow());

    private T Read<T>(string operation, Func<T> body) => _database.Read(operation, body);

    private T Write<T>(string operation, Func<SqliteTransaction, T> body) => _database.Write(operation, body);

    private void Write(string operation, Action<SqliteTransaction> body) => Write(operation, transaction =>
    {
        body(transaction);
        return 0;
    });

    private sealed record KnownDocument(long Id, long VersionId, bool Removed);
}
