using System.Text.Json;
using Microsoft.Data.Sqlite;
using TranscriptMiner.Core.Coding;
using TranscriptMiner.Core.Model;

namespace TranscriptMiner.Core.Catalog;

/// <summary>
/// The catalog's coding API: suggestions (proposals, regenerated freely) and decisions (a person's, durable and
/// audited), the review queue, and the human labels that models learn from.
/// </summary>
/// <remarks>
/// Thread-safe; shares the catalog's connection and gate with <see cref="CatalogStore"/>. Recording a decision needs
/// neither the workspace lock nor the index (see <see cref="CatalogWorkspace.OpenForCoding"/>), so a coder can review
/// while a worker ingests; SQLite's busy timeout bounds the wait. A decision is committed before the call returns.
/// "Current" decisions are those in force: per segment, code and coder the latest one that was not undone. Where
/// coders disagree, the latest current decision on a segment and code is the label.
/// </remarks>
public sealed class CodingStore
{
    private const string CurrentSegments = "s.version_id = (SELECT current_version_id FROM documents d2 WHERE d2.id = s.document_id)";
    private const string DecisionColumns = "id, segment_id, document_id, code_id, verdict, coder, decided_at, source, score, text_hash, state";

    private readonly CatalogDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Initializes the coding API over an open catalog.</summary>
    /// <param name="database">The catalog (writable for the writing methods).</param>
    /// <param name="timeProvider">The clock; <see langword="null"/> means the system clock.</param>
    public CodingStore(CatalogDatabase database, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _time = timeProvider ?? TimeProvider.System;
    }

    private SqliteConnection Connection => _database.Connection;

    /// <summary>Replaces the suggestions of some segments in one transaction.</summary>
    /// <param name="segmentIds">The segments whose suggestions are dropped first.</param>
    /// <param name="suggestions">The new suggestions (each for one of <paramref name="segmentIds"/>).</param>
    public void ReplaceSuggestions(IReadOnlyCollection<long> segmentIds, IReadOnlyList<CodeSuggestion> suggestions)
    {
        ArgumentNullException.ThrowIfNull(segmentIds);
        ArgumentNullException.ThrowIfNull(suggestions);
        _database.Write("store suggestions", transaction =>
        {
            using (var delete = Connection.Command("DELETE FROM suggestions WHERE segment_id = $segment;", transaction))
            {
                var segment = delete.Parameters.Add("$segment", SqliteType.Integer);
                foreach (var id in segmentIds)
                {
                    segment.Value = id;
                    delete.ExecuteNonQuery();
                }
            }

            InsertSuggestions(transaction, suggestions);
            return 0;
        });
    }

    /// <summary>Adds or updates suggestions without touching the segments' other codes (for <c>search --suggest-code</c>).</summary>
    /// <param name="suggestions">The suggestions; one per segment and code replaces the stored one.</param>
    public void UpsertSuggestions(IReadOnlyList<CodeSuggestion> suggestions)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        _database.Write("store suggestions", transaction =>
        {
            InsertSuggestions(transaction, suggestions);
            return 0;
        });
    }

    /// <summary>Reads a segment's suggestions, strongest first.</summary>
    /// <param name="segmentId">The segment.</param>
    /// <returns>The suggestions.</returns>
    public IReadOnlyList<CodeSuggestion> ReadSuggestions(long segmentId) => _database.Read("read suggestions", () =>
        QuerySuggestions(
            "SELECT segment_id, code_id, score, source, source_detail, evidence_json FROM suggestions WHERE segment_id = $id ORDER BY score DESC, code_id;",
            ("$id", segmentId)));

    /// <summary>Counts stored suggestions per code.</summary>
    /// <returns>Code id to number of segments suggested.</returns>
    public IReadOnlyDictionary<string, int> CountSuggestionsByCode() => _database.Read("count suggestions", () =>
        CountByCode("SELECT code_id, COUNT(*) FROM suggestions GROUP BY code_id;"));

    /// <summary>Counts confirmed (accepted, current) segments per code.</summary>
    /// <returns>Code id to number of segments confirmed.</returns>
    public IReadOnlyDictionary<string, int> CountConfirmedByCode() => _database.Read("count decisions", () =>
        CountByCode("SELECT code_id, COUNT(DISTINCT segment_id) FROM decisions WHERE state = 'current' AND verdict = 'accepted' GROUP BY code_id;"));

    /// <summary>Counts pending suggestions per code: scoring <see cref="CodeSuggestion.Threshold"/> or more with no decision in force on that segment and code (as <see cref="SegmentIdsWithCode"/> lists them).</summary>
    /// <returns>Code id to number of segments waiting for a person.</returns>
    public IReadOnlyDictionary<string, int> CountPendingSuggestionsByCode() => _database.Read("count pending suggestions", () =>
        CountByCode("""
            SELECT g.code_id, COUNT(*) FROM suggestions g
            WHERE g.score >= $threshold
              AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.segment_id = g.segment_id AND d.code_id = g.code_id AND d.state = 'current')
            GROUP BY g.code_id;
            """,
            ("$threshold", CodeSuggestion.Threshold)));

    /// <summary>Counts rejected (rejected, current) segments per code.</summary>
    /// <returns>Code id to number of segments rejected.</returns>
    public IReadOnlyDictionary<string, int> CountRejectedByCode() => _database.Read("count decisions", () =>
        CountByCode("SELECT code_id, COUNT(DISTINCT segment_id) FROM decisions WHERE state = 'current' AND verdict = 'rejected' GROUP BY code_id;"));

    /// <summary>Counts the decisions in force: all, accepted, and the coders who made them.</summary>
    /// <returns>The counts.</returns>
    public DecisionCounts CountDecisions() => _database.Read("count decisions", () =>
    {
        using var command = Connection.Command(
            "SELECT COUNT(*), COALESCE(SUM(verdict = 'accepted'), 0), COUNT(DISTINCT coder) FROM decisions WHERE state = 'current';",
            null);
        using var reader = command.ExecuteReader();
        reader.Read();
        return new DecisionCounts(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2));
    });

    /// <summary>Records a decision; it is committed when the call returns.</summary>
    /// <param name="segmentId">The segment (of a document's current version).</param>
    /// <param name="codeId">The code.</param>
    /// <param name="verdict">Accepted or rejected.</param>
    /// <param name="coder">Who decided.</param>
    /// <param name="source">What the decision was about (see <see cref="CodingDecision.Source"/>).</param>
    /// <param name="score">The suggestion's score, when deciding on a suggestion.</param>
    /// <param name="decidedAt">When the person decided; <see langword="null"/> means now (imports pass the original time).</param>
    /// <returns>The recorded decision.</returns>
    /// <exception cref="CatalogException">The segment does not exist or is not current, or SQLite failed (nothing saved).</exception>
    public CodingDecision RecordDecision(long segmentId, string codeId, DecisionVerdict verdict, string coder, string source, double? score = null, DateTimeOffset? decidedAt = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(codeId);
        ArgumentException.ThrowIfNullOrWhiteSpace(coder);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        return _database.Write($"record a decision on segment {segmentId}", transaction =>
        {
            var (documentId, text) = QueryCurrentSegment(transaction, segmentId)
                ?? throw new CatalogException($"catalog {_database.Path}: segment {segmentId} does not exist or belongs to a replaced version; nothing was recorded.");
            var now = Now();
            var previous = Connection.ScalarInt64(
                "SELECT id FROM decisions WHERE segment_id = $segment AND code_id = $code AND coder = $coder AND state = 'current' ORDER BY id DESC LIMIT 1;",
                transaction,
                ("$segment", segmentId),
                ("$code", codeId.Trim()),
                ("$coder", coder.Trim()));
            if (previous is { } replaced)
            {
                Connection.Execute("UPDATE decisions SET state = 'superseded', changed_at = $now WHERE id = $id;", transaction, ("$now", now), ("$id", replaced));
            }

            var id = Connection.ScalarInt64(
                """
                INSERT INTO decisions (segment_id, document_id, code_id, verdict, coder, decided_at, source, score, text_hash, replaces_id)
                VALUES ($segment, $document, $code, $verdict, $coder, $decided, $source, $score, $hash, $replaces) RETURNING id;
                """,
                transaction,
                ("$segment", segmentId),
                ("$document", documentId),
                ("$code", codeId.Trim()),
                ("$verdict", VerdictText(verdict)),
                ("$coder", coder.Trim()),
                ("$decided", decidedAt is { } at ? CatalogTime.Format(at) : now),
                ("$source", source),
                ("$score", score),
                ("$hash", CodingText.Hash(text)),
                ("$replaces", previous))!.Value;
            Connection.Execute(
                "UPDATE review_flags SET resolved_at = $now WHERE segment_id = $segment AND code_id = $code AND resolved_at IS NULL;",
                transaction,
                ("$now", now),
                ("$segment", segmentId),
                ("$code", codeId.Trim()));
            return QueryDecision(transaction, id)!;
        });
    }

    /// <summary>Takes a decision back: it becomes undone and the decision it replaced (if any) is in force again.</summary>
    /// <param name="decisionId">The decision.</param>
    /// <returns>The decision back in force, or <see langword="null"/> when none was replaced.</returns>
    /// <exception cref="CatalogException">The decision does not exist or is not current.</exception>
    public CodingDecision? Undo(long decisionId) => _database.Write($"undo decision {decisionId}", transaction =>
    {
        long? replaces;
        using (var command = Connection.Command("SELECT replaces_id FROM decisions WHERE id = $id AND state = 'current';", transaction, ("$id", decisionId)))
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read())
            {
                throw new CatalogException($"catalog {_database.Path}: decision {decisionId} does not exist or is not in force; nothing was undone.");
            }

            replaces = reader.GetNullableInt64(0);
        }

        var now = Now();
        Connection.Execute("UPDATE decisions SET state = 'undone', changed_at = $now WHERE id = $id;", transaction, ("$now", now), ("$id", decisionId));
        if (replaces is not { } restored)
        {
            return null;
        }

        Connection.Execute("UPDATE decisions SET state = 'current', changed_at = $now WHERE id = $id AND state = 'superseded';", transaction, ("$now", now), ("$id", restored));
        return QueryDecision(transaction, restored);
    });

    /// <summary>Reads current decisions, optionally of one segment and/or one code, oldest first.</summary>
    /// <param name="segmentId">The segment, or <see langword="null"/> for all.</param>
    /// <param name="codeId">The code, or <see langword="null"/> for all.</param>
    /// <returns>The decisions in force.</returns>
    public IReadOnlyList<CodingDecision> ReadDecisions(long? segmentId = null, string? codeId = null) => _database.Read("read decisions", () =>
        QueryDecisions(
            $"SELECT {DecisionColumns} FROM decisions WHERE state = 'current' AND ($segment IS NULL OR segment_id = $segment) AND ($code IS NULL OR code_id = $code) ORDER BY id;",
            ("$segment", segmentId),
            ("$code", codeId)));

    /// <summary>Reads one decision, in any state (to check whose it is and whether it is in force before undoing it).</summary>
    /// <param name="decisionId">The decision.</param>
    /// <returns>The decision, or <see langword="null"/> when there is none with that id.</returns>
    public CodingDecision? FindDecision(long decisionId) => _database.Read("read a decision", () => QueryDecision(null, decisionId));

    /// <summary>Reads the decisions in force on the segments of a document's current version, in one query (for the document view).</summary>
    /// <param name="documentId">The document.</param>
    /// <returns>The decisions, by segment ordinal, then oldest first; empty for an unknown document.</returns>
    public IReadOnlyList<CodingDecision> ReadDocumentDecisions(long documentId) => _database.Read("read a document's decisions", () =>
        QueryDecisions(
            """
            SELECT x.id, x.segment_id, x.document_id, x.code_id, x.verdict, x.coder, x.decided_at, x.source, x.score, x.text_hash, x.state FROM decisions x
            JOIN segments s ON s.id = x.segment_id JOIN documents d ON d.id = s.document_id AND s.version_id = d.current_version_id
            WHERE x.state = 'current' AND d.id = $doc ORDER BY s.ordinal, x.decided_at, x.id;
            """,
            ("$doc", documentId)));

    /// <summary>Reads the suggestions of the segments of a document's current version, in one query (for the document view).</summary>
    /// <param name="documentId">The document.</param>
    /// <returns>The suggestions, by segment ordinal, then strongest first; empty for an unknown document.</returns>
    public IReadOnlyList<CodeSuggestion> ReadDocumentSuggestions(long documentId) => _database.Read("read a document's suggestions", () =>
        QuerySuggestions(
            """
            SELECT g.segment_id, g.code_id, g.score, g.source, g.source_detail, g.evidence_json FROM suggestions g
            JOIN segments s ON s.id = g.segment_id JOIN documents d ON d.id = s.document_id AND s.version_id = d.current_version_id
            WHERE d.id = $doc ORDER BY s.ordinal, g.score DESC, g.code_id;
            """,
            ("$doc", documentId)));

    /// <summary>Reads the whole audit trail (every decision ever recorded, in any state), oldest first.</summary>
    /// <returns>The decisions.</returns>
    public IReadOnlyList<CodingDecision> ReadDecisionHistory() => _database.Read("read the decision history", () =>
        QueryDecisions($"SELECT {DecisionColumns} FROM decisions ORDER BY id;"));

    /// <summary>Reads the human labels: one example per segment with current decisions (latest decision per code wins).</summary>
    /// <returns>The examples, by segment id.</returns>
    public IReadOnlyList<TrainingExample> ReadTrainingExamples() => _database.Read("read training examples", () =>
    {
        using var command = Connection.Command(
            """
            SELECT d.segment_id, d.code_id, d.verdict, s.text FROM decisions d JOIN segments s ON s.id = d.segment_id
            WHERE d.state = 'current'
            ORDER BY d.segment_id, d.code_id, d.decided_at, d.id;
            """,
            null);
        using var reader = command.ExecuteReader();
        var examples = new List<TrainingExample>();
        long? segment = null;
        string text = string.Empty;
        var labels = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            if (segment != id)
            {
                Flush();
                segment = id;
                text = reader.GetString(3);
                labels.Clear();
            }

            labels[reader.GetString(1)] = reader.GetString(2) == "accepted";
        }

        Flush();
        return examples;

        void Flush()
        {
            if (segment is { } done)
            {
                examples.Add(new TrainingExample
                {
                    SegmentId = done,
                    Text = text,
                    Accepted = labels.Where(l => l.Value).Select(l => l.Key).ToHashSet(StringComparer.OrdinalIgnoreCase),
                    Rejected = labels.Where(l => !l.Value).Select(l => l.Key).ToHashSet(StringComparer.OrdinalIgnoreCase),
                });
            }
        }
    });

    /// <summary>Lists segments that carry a code: confirmed (the latest current decision accepts it) or suggested and not yet decided.</summary>
    /// <param name="codeId">The code.</param>
    /// <param name="confirmed"><see langword="true"/> for confirmed codes; <see langword="false"/> for pending suggestions.</param>
    /// <returns>Segment ids, ascending.</returns>
    public IReadOnlyList<long> SegmentIdsWithCode(string codeId, bool confirmed)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(codeId);
        var sql = confirmed
            ? """
              SELECT d.segment_id FROM decisions d
              WHERE d.code_id = $code AND d.state = 'current' AND d.verdict = 'accepted'
                AND NOT EXISTS (SELECT 1 FROM decisions l WHERE l.segment_id = d.segment_id AND l.code_id = d.code_id AND l.state = 'current'
                                AND (l.decided_at > d.decided_at OR (l.decided_at = d.decided_at AND l.id > d.id)))
              GROUP BY d.segment_id ORDER BY d.segment_id;
              """
            : """
              SELECT g.segment_id FROM suggestions g
              WHERE g.code_id = $code AND g.score >= $threshold
                AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.segment_id = g.segment_id AND d.code_id = g.code_id AND d.state = 'current')
              ORDER BY g.segment_id;
              """;
        return _database.Read("list coded segments", () => Connection.QueryInt64s(sql, null, ("$code", codeId.Trim()), ("$threshold", CodeSuggestion.Threshold)));
    }

    /// <summary>Streams the segments of live documents' current versions (for suggesting on demand), in document order.</summary>
    /// <param name="documentId">One document, or <see langword="null"/> for all.</param>
    /// <returns>The segments' ids and texts, read on a connection of their own.</returns>
    public IEnumerable<SegmentText> ReadSegmentTexts(long? documentId = null)
    {
        using var connection = _database.OpenConnection();
        using var command = connection.Command(
            """
            SELECT s.id, s.text FROM segments s JOIN documents d ON d.id = s.document_id AND s.version_id = d.current_version_id
            WHERE d.removed_at IS NULL AND ($doc IS NULL OR d.id = $doc) ORDER BY s.document_id, s.ordinal;
            """,
            null,
            ("$doc", documentId));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new SegmentText(reader.GetInt64(0), reader.GetString(1));
        }
    }

    /// <summary>Reads one segment of a current version with its citation.</summary>
    /// <param name="segmentId">The segment.</param>
    /// <returns>The segment, or <see langword="null"/> when it does not exist or was replaced.</returns>
    public CitedSegment? ReadSegment(long segmentId) => _database.Read("read a segment", () => ReadSegments("s.id = $id", ("$id", segmentId)).FirstOrDefault());

    /// <summary>Reads a segment's neighbours in its document (for context in review).</summary>
    /// <param name="segmentId">The segment.</param>
    /// <param name="before">How many segments before it.</param>
    /// <param name="after">How many after it.</param>
    /// <returns>The segments in order, the segment itself included; empty when it does not exist.</returns>
    public IReadOnlyList<CitedSegment> ReadContext(long segmentId, int before, int after) => _database.Read("read a segment's context", () =>
        ReadSegments(
            """
            s.document_id = (SELECT document_id FROM segments WHERE id = $id) AND s.version_id = (SELECT version_id FROM segments WHERE id = $id)
            AND s.ordinal BETWEEN (SELECT ordinal FROM segments WHERE id = $id) - $before AND (SELECT ordinal FROM segments WHERE id = $id) + $after
            """,
            ("$id", segmentId),
            ("$before", Math.Max(0, before)),
            ("$after", Math.Max(0, after))));

    /// <summary>Lists the review queue's segments for a coder, in the query's order.</summary>
    /// <param name="query">Coder, filters, order, limit.</param>
    /// <returns>Segment ids.</returns>
    public IReadOnlyList<long> ReadReviewQueue(ReviewQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var order = query.Order switch
        {
            ReviewOrder.Uncertainty => "q.priority ASC, s.document_id, s.ordinal",
            ReviewOrder.Score => "q.score DESC, s.document_id, s.ordinal",
            _ => "s.document_id, s.ordinal",
        };

        // Grouped by segment first and only then joined to segments (for the document order and filter): one lookup
        // in the large segments table per queued segment, not per pending suggestion.
        var sql = $"""
            SELECT q.segment_id FROM (
                SELECT segment_id, MIN(priority) AS priority, MAX(score) AS score FROM (
                    SELECT g.segment_id, ABS(g.score - $threshold) AS priority, g.score AS score
                    FROM suggestions g
                    WHERE g.score >= $threshold AND ($code IS NULL OR g.code_id = $code)
                      AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.segment_id = g.segment_id AND d.code_id = g.code_id AND d.coder = $coder AND d.state = 'current')
                    UNION ALL
                    SELECT f.segment_id, 0.0 AS priority, 1.0 AS score
                    FROM review_flags f
                    WHERE f.resolved_at IS NULL AND ($code IS NULL OR f.code_id = $code)
                )
                GROUP BY segment_id
            ) q JOIN segments s ON s.id = q.segment_id
            WHERE $doc IS NULL OR s.document_id = $doc
            ORDER BY {order} LIMIT $limit;
            """;
        return _database.Read("read the review queue", () => Connection.QueryInt64s(
            sql,
            null,
            ("$code", query.CodeId),
            ("$threshold", CodeSuggestion.Threshold),
            ("$doc", query.DocumentId),
            ("$coder", query.Coder),
            ("$limit", Math.Max(1, query.Limit))));
    }

    /// <summary>Tells whether any pending suggestion in a coder's review queue came from a model (one query).</summary>
    /// <param name="query">Coder and filters (code, document); order and limit are ignored.</param>
    /// <returns><see langword="true"/> when a model suggestion at or above the threshold, not yet decided by the coder, matches the filters.</returns>
    public bool HasQueuedModelSuggestion(ReviewQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        const string sql = """
            SELECT EXISTS (
                SELECT 1 FROM suggestions g JOIN segments s ON s.id = g.segment_id
                WHERE g.source = $source AND g.score >= $threshold AND ($code IS NULL OR g.code_id = $code) AND ($doc IS NULL OR s.document_id = $doc)
                  AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.segment_id = g.segment_id AND d.code_id = g.code_id AND d.coder = $coder AND d.state = 'current'));
            """;
        return _database.Read("read the review queue", () => Connection.ScalarInt64(
            sql,
            null,
            ("$source", nameof(SuggestionSource.Model)),
            ("$code", query.CodeId),
            ("$threshold", CodeSuggestion.Threshold),
            ("$doc", query.DocumentId),
            ("$coder", query.Coder)) == 1);
    }

    /// <summary>Reads everything the review of one segment needs.</summary>
    /// <param name="segmentId">The segment.</param>
    /// <returns>The item, or <see langword="null"/> when the segment does not exist or was replaced.</returns>
    public ReviewItem? ReadReviewItem(long segmentId)
    {
        var segment = ReadSegment(segmentId);
        if (segment is null)
        {
            return null;
        }

        return new ReviewItem
        {
            Segment = segment,
            Suggestions = ReadSuggestions(segmentId),
            Decisions = ReadDecisions(segmentId),
            Flags = ReadFlags(segmentId),
        };
    }

    /// <summary>Reads a segment's open review flags.</summary>
    /// <param name="segmentId">The segment.</param>
    /// <returns>The flags, oldest first.</returns>
    public IReadOnlyList<ReviewFlag> ReadFlags(long segmentId) => _database.Read("read review flags", () =>
    {
        using var command = Connection.Command(
            "SELECT id, segment_id, code_id, decision_id, reason FROM review_flags WHERE segment_id = $id AND resolved_at IS NULL ORDER BY id;",
            null,
            ("$id", segmentId));
        using var reader = command.ExecuteReader();
        var list = new List<ReviewFlag>();
        while (reader.Read())
        {
            list.Add(new ReviewFlag(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetInt64(3), reader.GetString(4)));
        }

        return list;
    });

    /// <summary>Counts open review flags.</summary>
    /// <returns>The number of flags nobody has resolved yet.</returns>
    public int CountOpenFlags() => _database.Read("count review flags", () =>
        (int)(Connection.ScalarInt64("SELECT COUNT(*) FROM review_flags WHERE resolved_at IS NULL;", null) ?? 0));

    private static string VerdictText(DecisionVerdict verdict) => verdict == DecisionVerdict.Accepted ? "accepted" : "rejected";

    private static CodingDecision ReadDecision(SqliteDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        SegmentId = reader.GetInt64(1),
        DocumentId = reader.GetInt64(2),
        CodeId = reader.GetString(3),
        Verdict = reader.GetString(4) == "accepted" ? DecisionVerdict.Accepted : DecisionVerdict.Rejected,
        Coder = reader.GetString(5),
        DecidedAt = CatalogTime.ParseInstant(reader.GetString(6)),
        Source = reader.GetString(7),
        Score = reader.IsDBNull(8) ? null : reader.GetDouble(8),
        TextHash = reader.GetString(9),
        State = Enum.Parse<DecisionState>(reader.GetString(10), ignoreCase: true),
    };

    private void InsertSuggestions(SqliteTransaction transaction, IReadOnlyList<CodeSuggestion> suggestions)
    {
        if (suggestions.Count == 0)
        {
            return;
        }

        using var insert = Connection.Command(
            """
            INSERT INTO suggestions (segment_id, code_id, score, source, source_detail, evidence_json, created_at)
            VALUES ($segment, $code, $score, $source, $detail, $evidence, $now)
            ON CONFLICT (segment_id, code_id) DO UPDATE SET score = excluded.score, source = excluded.source,
                source_detail = excluded.source_detail, evidence_json = excluded.evidence_json, created_at = excluded.created_at;
            """,
            transaction,
            ("$now", Now()));
        var segment = insert.Parameters.Add("$segment", SqliteType.Integer);
        var code = insert.Parameters.Add("$code", SqliteType.Text);
        var score = insert.Parameters.Add("$score", SqliteType.Real);
        var source = insert.Parameters.Add("$source", SqliteType.Text);
        var detail = insert.Parameters.Add("$detail", SqliteType.Text);
        var evidence = insert.Parameters.Add("$evidence", SqliteType.Text);
        insert.Prepare();
        foreach (var suggestion in suggestions)
        {
            segment.Value = suggestion.SegmentId;
            code.Value = suggestion.CodeId;
            score.Value = Math.Clamp(suggestion.Score, 0, 1);
            source.Value = suggestion.Source.ToString();
            detail.Value = suggestion.SourceDetail;
            evidence.Value = JsonSerializer.Serialize(suggestion.Evidence, CatalogJson.Options);
            insert.ExecuteNonQuery();
        }
    }

    private (long DocumentId, string Text)? QueryCurrentSegment(SqliteTransaction transaction, long segmentId)
    {
        using var command = Connection.Command(
            $"SELECT s.document_id, s.text FROM segments s WHERE s.id = $id AND {CurrentSegments};",
            transaction,
            ("$id", segmentId));
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetString(1)) : null;
    }

    private CodingDecision? QueryDecision(SqliteTransaction? transaction, long id)
    {
        using var command = Connection.Command($"SELECT {DecisionColumns} FROM decisions WHERE id = $id;", transaction, ("$id", id));
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadDecision(reader) : null;
    }

    private List<CodeSuggestion> QuerySuggestions(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Connection.Command(sql, null, parameters);
        using var reader = command.ExecuteReader();
        var list = new List<CodeSuggestion>();
        while (reader.Read())
        {
            list.Add(new CodeSuggestion
            {
                SegmentId = reader.GetInt64(0),
                CodeId = reader.GetString(1),
                Score = reader.GetDouble(2),
                Source = Enum.Parse<SuggestionSource>(reader.GetString(3)),
                SourceDetail = reader.GetString(4),
                Evidence = JsonSerializer.Deserialize<string[]>(reader.GetString(5), CatalogJson.Options) ?? [],
            });
        }

        return list;
    }

    private List<CodingDecision> QueryDecisions(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Connection.Command(sql, null, parameters);
        using var reader = command.ExecuteReader();
        var list = new List<CodingDecision>();
        while (reader.Read())
        {
            list.Add(ReadDecision(reader));
        }

        return list;
    }

    private List<CitedSegment> ReadSegments(string where, params (string Name, object? Value)[] parameters)
    {
        using var command = Connection.Command(
            $"""
            SELECT {SegmentRows.SelectColumns},
                (SELECT path FROM locations l WHERE l.document_id = d.id ORDER BY l.status = 'removed', l.first_seen, l.id LIMIT 1)
            FROM segments s JOIN documents d ON d.id = s.document_id AND s.version_id = d.current_version_id
            WHERE {where} ORDER BY s.ordinal;
            """,
            null,
            parameters);
        using var reader = command.ExecuteReader();
        var list = new List<CitedSegment>();
        while (reader.Read())
        {
            list.Add(SegmentRows.Read(reader));
        }

        return list;
    }

    private Dictionary<string, int> CountByCode(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Connection.Command(sql, null, parameters);
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read())
        {
            counts[reader.GetString(0)] = reader.GetInt32(1);
        }

        return counts;
    }

    private string Now() => CatalogTime.Format(_time.GetUtcNow());
}
