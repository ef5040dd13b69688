using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Coding;
using static TranscriptMiner.Core.Tests.Catalog.CatalogTestDocuments;

namespace TranscriptMiner.Core.Tests.Catalog;

public sealed class CodingStoreTests : IDisposable
{
    private readonly CatalogFixture _catalog = new();

    private CodingStore Coding => new(_catalog.Database, _catalog.Clock);

    public void Dispose() => _catalog.Dispose();

    [Fact]
    public void RecordDecision_ThenReopen_DecisionIsStillThere()
    {
        var segments = WriteMinutes("a.pdf", 'a', "Preamble", "We trust the BI team's figures.");
        var decision = Coding.RecordDecision(segments[1], "trust-in-data", DecisionVerdict.Accepted, "amina", "rule: trust*", 0.6);

        _catalog.Reopen();

        var stored = Assert.Single(Coding.ReadDecisions(segments[1]));
        Assert.Equal(decision.Id, stored.Id);
        Assert.Equal("amina", stored.Coder);
        Assert.Equal("rule: trust*", stored.Source);
        Assert.Equal(0.6, stored.Score);
        Assert.Equal(_catalog.Clock.GetUtcNow(), stored.DecidedAt);
    }

    [Fact]
    public void RecordDecision_SameCoderTwice_LaterSupersedesAndUndoRestores()
    {
        var segments = WriteMinutes("a.pdf", 'a', "Preamble", "Cost pressures drove the decision.");
        var first = Coding.RecordDecision(segments[1], "financial-pressure", DecisionVerdict.Accepted, "amina", "human");
        var second = Coding.RecordDecision(segments[1], "financial-pressure", DecisionVerdict.Rejected, "amina", "human");

        Assert.Equal(second.Id, Assert.Single(Coding.ReadDecisions(segments[1])).Id);

        var restored = Coding.Undo(second.Id);

        Assert.Equal(first.Id, restored?.Id);
        Assert.Equal(DecisionVerdict.Accepted, Assert.Single(Coding.ReadDecisions(segments[1])).Verdict);
        Assert.Equal(
            [DecisionState.Current, DecisionState.Undone],
            Coding.ReadDecisionHistory().Select(d => d.State));
        Assert.Equal(new DecisionCounts(1, 1, 1), Coding.CountDecisions());
        Assert.Throws<CatalogException>(() => Coding.Undo(second.Id));
    }

    [Fact]
    public void FindDecision_AnyState_ReturnsItWithItsState()
    {
        var segments = WriteMinutes("a.pdf", 'a', "Preamble", "Cost pressures drove the decision.");
        var first = Coding.RecordDecision(segments[1], "financial-pressure", DecisionVerdict.Accepted, "amina", "rule: cost*", 0.7);
        var second = Coding.RecordDecision(segments[1], "financial-pressure", DecisionVerdict.Rejected, "amina", "human");

        var found = Coding.FindDecision(first.Id);

        Assert.Equal(DecisionState.Superseded, found?.State);
        Assert.Equal("amina", found?.Coder);
        Assert.Equal(0.7, found?.Score);
        Assert.Equal(DecisionState.Current, Coding.FindDecision(second.Id)?.State);
        Assert.Null(Coding.FindDecision(second.Id + 100));
    }

    [Fact]
    public void RecordDecision_UnknownSegment_ThrowsAndRecordsNothing()
    {
        var ex = Assert.Throws<CatalogException>(() => Coding.RecordDecision(999, "x", DecisionVerdict.Accepted, "amina", "human"));

        Assert.Contains("segment 999", ex.Message, StringComparison.Ordinal);
        Assert.Empty(Coding.ReadDecisionHistory());
    }

    [Fact]
    public void ReadTrainingExamples_LatestDecisionAcrossCodersWins()
    {
        var segments = WriteMinutes("a.pdf", 'a', "Preamble", "A dashboard of waiting times.", "Nothing here.");
        Coding.RecordDecision(segments[1], "presentation", DecisionVerdict.Accepted, "amina", "human");
        _catalog.Clock.Advance(TimeSpan.FromMinutes(1));
        Coding.RecordDecision(segments[1], "presentation", DecisionVerdict.Rejected, "ben", "human");
        Coding.RecordDecision(segments[1], "priority-setting", DecisionVerdict.Accepted, "ben", "human");
        Coding.RecordDecision(segments[2], "presentation", DecisionVerdict.Rejected, "amina", "human");

        var examples = Coding.ReadTrainingExamples();

        Assert.Equal(2, examples.Count);
        Assert.Equal(["priority-setting"], examples[0].Accepted);
        Assert.Equal(["presentation"], examples[0].Rejected);
        Assert.False(examples[0].LabelFor("presentation"));
        Assert.False(examples[0].LabelFor("data-champion"));
        Assert.Null(examples[1].LabelFor("data-champion"));
        Assert.Equal("A dashboard of waiting times.", examples[0].Text);
    }

    [Fact]
    public void SegmentIdsWithCode_SeparatesConfirmedFromPendingSuggestions()
    {
        var segments = WriteMinutes("a.pdf", 'a', "Preamble", "We trust it.", "We rely on it.");
        Coding.ReplaceSuggestions(segments, [Suggest(segments[1], "trust-in-data", 0.7), Suggest(segments[2], "trust-in-data", 0.6)]);
        Coding.RecordDecision(segments[1], "trust-in-data", DecisionVerdict.Accepted, "amina", "rule: trust*", 0.7);

        Assert.Equal([segments[1]], Coding.SegmentIdsWithCode("trust-in-data", confirmed: true));
        Assert.Equal([segments[2]], Coding.SegmentIdsWithCode("trust-in-data", confirmed: false));
    }

    [Fact]
    public void ReadDocumentDecisionsAndSuggestions_ReadOneDocumentsCurrentCodingInSegmentOrder()
    {
        var segments = WriteMinutes("a.pdf", 'a', "Preamble", "We trust it.", "We rely on it.");
        var other = WriteMinutes("b.pdf", 'b', "Elsewhere we trust it.");
        Coding.ReplaceSuggestions([.. segments, .. other], [Suggest(segments[2], "b", 0.6), Suggest(segments[1], "a", 0.7), Suggest(segments[1], "c", 0.9), Suggest(other[0], "a", 0.8)]);
        Coding.RecordDecision(segments[2], "a", DecisionVerdict.Accepted, "amina", "human");
        Coding.RecordDecision(segments[1], "a", DecisionVerdict.Rejected, "ben", "rule: trust*", 0.7);
        var undone = Coding.RecordDecision(segments[1], "b", DecisionVerdict.Accepted, "ben", "human");
        Coding.Undo(undone.Id);
        Coding.RecordDecision(other[0], "a", DecisionVerdict.Accepted, "amina", "human");
        var documentId = Coding.ReadSegment(segments[0])!.DocumentId;

        var decisions = Coding.ReadDocumentDecisions(documentId);
        var suggestions = Coding.ReadDocumentSuggestions(documentId);

        Assert.Equal([(segments[1], "a", DecisionVerdict.Rejected), (segments[2], "a", DecisionVerdict.Accepted)], decisions.Select(d => (d.SegmentId, d.CodeId, d.Verdict)));
        Assert.Equal([(segments[1], "c"), (segments[1], "a"), (segments[2], "b")], suggestions.Select(s => (s.SegmentId, s.CodeId)));
        Assert.Equal(["trust"], suggestions[0].Evidence);
        Assert.Empty(Coding.ReadDocumentDecisions(999_999));
        Assert.Empty(Coding.ReadDocumentSuggestions(999_999));
    }

    [Fact]
    public void CountsByCode_SeparateConfirmedRejectedAndPendingSuggestions()
    {
        var segments = WriteMinutes("a.pdf", 'a', "We trust it.", "We rely on it.", "We doubt it.", "Maybe.");
        Coding.ReplaceSuggestions(segments, [Suggest(segments[0], "trust-in-data", 0.7), Suggest(segments[1], "trust-in-data", 0.6), Suggest(segments[2], "trust-in-data", 0.8), Suggest(segments[3], "trust-in-data", 0.3)]);
        Coding.RecordDecision(segments[0], "trust-in-data", DecisionVerdict.Accepted, "amina", "human");
        Coding.RecordDecision(segments[2], "trust-in-data", DecisionVerdict.Rejected, "amina", "human");
        Coding.RecordDecision(segments[2], "trust-in-data", DecisionVerdict.Rejected, "ben", "human");

        Assert.Equal(4, Coding.CountSuggestionsByCode()["trust-in-data"]);
        Assert.Equal(1, Coding.CountPendingSuggestionsByCode()["trust-in-data"]); // segments[1]; [3] scores below 0.5
        Assert.Equal(1, Coding.CountConfirmedByCode()["trust-in-data"]);
        Assert.Equal(1, Coding.CountRejectedByCode()["trust-in-data"]);
        Assert.False(Coding.CountRejectedByCode().ContainsKey("financial-pressure"));
    }

    [Fact]
    public void ReplaceSuggestions_DropsOldOnesOfThoseSegmentsOnly()
    {
        var segments = WriteMinutes("a.pdf", 'a', "One", "Two");
        Coding.ReplaceSuggestions(segments, [Suggest(segments[0], "a", 0.9), Suggest(segments[1], "b", 0.8)]);
        Coding.ReplaceSuggestions([segments[0]], [Suggest(segments[0], "c", 0.55)]);
        Coding.UpsertSuggestions([Suggest(segments[1], "d", 0.5)]);

        Assert.Equal(["c"], Coding.ReadSuggestions(segments[0]).Select(s => s.CodeId));
        Assert.Equal(["b", "d"], Coding.ReadSuggestions(segments[1]).Select(s => s.CodeId));
        Assert.Equal(["trust"], Coding.ReadSuggestions(segments[0])[0].Evidence);
    }

    [Fact]
    public void ReadReviewQueue_OrdersByUncertaintyOrScore_AndSkipsWhatTheCoderDecided()
    {
        var segments = WriteMinutes("a.pdf", 'a', "One", "Two", "Three");
        Coding.ReplaceSuggestions(segments, [Suggest(segments[0], "a", 0.95), Suggest(segments[1], "a", 0.52), Suggest(segments[2], "a", 0.7)]);

        Assert.Equal([segments[1], segments[2], segments[0]], Coding.ReadReviewQueue(new ReviewQuery { Coder = "amina", Order = ReviewOrder.Uncertainty }));
        Assert.Equal([segments[0], segments[2], segments[1]], Coding.ReadReviewQueue(new ReviewQuery { Coder = "amina", Order = ReviewOrder.Score }));

        Coding.RecordDecision(segments[1], "a", DecisionVerdict.Rejected, "amina", "rule: x", 0.52);

        Assert.Equal([segments[0], segments[2]], Coding.ReadReviewQueue(new ReviewQuery { Coder = "amina" }));
        Assert.Equal(3, Coding.ReadReviewQueue(new ReviewQuery { Coder = "ben" }).Count);
        var document = Coding.ReadSegment(segments[0])!.DocumentId;
        Assert.Equal([segments[2], segments[0]], Coding.ReadReviewQueue(new ReviewQuery { Coder = "amina", DocumentId = document, Order = ReviewOrder.Uncertainty }));
        Assert.Empty(Coding.ReadReviewQueue(new ReviewQuery { Coder = "amina", DocumentId = document + 1 }));
    }

    [Fact]
    public void HasQueuedModelSuggestion_OnlyForPendingModelSuggestionsMatchingTheFilters()
    {
        var segments = WriteMinutes("a.pdf", 'a', "One", "Two", "Three");
        Coding.ReplaceSuggestions(segments, [Suggest(segments[0], "a", 0.95), Suggest(segments[1], "b", 0.4) with { Source = SuggestionSource.Model }]);

        Assert.False(Coding.HasQueuedModelSuggestion(new ReviewQuery { Coder = "amina" }));

        Coding.ReplaceSuggestions(segments, [Suggest(segments[0], "a", 0.95), Suggest(segments[2], "b", 0.6) with { Source = SuggestionSource.Model }]);

        Assert.True(Coding.HasQueuedModelSuggestion(new ReviewQuery { Coder = "amina" }));
        Assert.True(Coding.HasQueuedModelSuggestion(new ReviewQuery { Coder = "amina", CodeId = "B" }));
        Assert.False(Coding.HasQueuedModelSuggestion(new ReviewQuery { Coder = "amina", CodeId = "a" }));
        Assert.False(Coding.HasQueuedModelSuggestion(new ReviewQuery { Coder = "amina", DocumentId = long.MaxValue }));

        Coding.RecordDecision(segments[2], "b", DecisionVerdict.Rejected, "amina", "model: v1", 0.6);

        Assert.False(Coding.HasQueuedModelSuggestion(new ReviewQuery { Coder = "amina" }));
        Assert.True(Coding.HasQueuedModelSuggestion(new ReviewQuery { Coder = "ben" }));
    }

    [Fact]
    public void ReingestChangedDocument_CarriesDecisionsOnUnchangedText_FlagsTheRest()
    {
        var path = _catalog.File("a.pdf");
        var old = WriteMinutes("a.pdf", 'a', "Preamble", "We trust the BI team.", "Budgets are tight this year.");
        var kept = Coding.RecordDecision(old[1], "trust-in-data", DecisionVerdict.Accepted, "amina", "human");
        var changed = Coding.RecordDecision(old[2], "financial-pressure", DecisionVerdict.Accepted, "amina", "human");
        Coding.ReplaceSuggestions(old, [Suggest(old[1], "trust-in-data", 0.7)]);

        var write = _catalog.Store.WriteDocument(Minutes(path, "Preamble", "We trust the BI team.", "Budgets are very tight this year."), new string('b', 64), Stamp(minute: 5));
        var fresh = write.SegmentsToIndex.Select(s => s.SegmentId).ToArray();

        Assert.Empty(Coding.ReadSuggestions(old[1]));

        var current = Coding.ReadDecisions();
        var carried = Assert.Single(current);
        Assert.Equal(fresh[1], carried.SegmentId);
        Assert.Equal(kept.DecidedAt, carried.DecidedAt);
        Assert.Equal("amina", carried.Coder);
        var history = Coding.ReadDecisionHistory();
        Assert.Equal(DecisionState.Superseded, history.Single(d => d.Id == kept.Id).State);
        Assert.Equal(DecisionState.Stale, history.Single(d => d.Id == changed.Id).State);
        var flag = Assert.Single(Coding.ReadFlags(fresh[2]));
        Assert.Equal("financial-pressure", flag.CodeId);
        Assert.Equal(changed.Id, flag.DecisionId);
        Assert.Equal([fresh[2]], Coding.ReadReviewQueue(new ReviewQuery { Coder = "amina" }));

        Coding.RecordDecision(fresh[2], "financial-pressure", DecisionVerdict.Accepted, "amina", "human");

        Assert.Empty(Coding.ReadFlags(fresh[2]));
        Assert.Equal(0, Coding.CountOpenFlags());
    }

    [Fact]
    public void RecordDecision_WithOriginalTime_KeepsIt()
    {
        var segments = WriteMinutes("a.pdf", 'a', "Imported passage.");
        var original = new DateTimeOffset(2019, 6, 3, 14, 30, 0, TimeSpan.Zero);

        Coding.RecordDecision(segments[0], "data-champion", DecisionVerdict.Accepted, "nvivo-user", "import project.qdpx", decidedAt: original);

        Assert.Equal(original, Assert.Single(Coding.ReadDecisions()).DecidedAt);
    }

    [Fact]
    public void ReadContext_ReturnsNeighboursInOrder()
    {
        var segments = WriteMinutes("a.pdf", 'a', "One", "Two", "Three", "Four");

        var context = Coding.ReadContext(segments[2], 1, 1);

        Assert.Equal(["Two", "Three", "Four"], context.Select(c => c.Segment.Text));
        Assert.EndsWith("a.pdf", context[0].SourcePath, StringComparison.Ordinal);
    }

    private static CodeSuggestion Suggest(long segment, string code, double score) => new()
    {
        SegmentId = segment,
        CodeId = code,
        Score = score,
        Source = SuggestionSource.Rule,
        SourceDetail = "trust*",
        Evidence = ["trust"],
    };

    private long[] WriteMinutes(string name, char hash, params string[] paragraphs) =>
        _catalog.Store.WriteDocument(Minutes(_catalog.File(name), paragraphs), new string(hash, 64), Stamp())
            .SegmentsToIndex.Select(s => s.SegmentId).ToArray();
}
