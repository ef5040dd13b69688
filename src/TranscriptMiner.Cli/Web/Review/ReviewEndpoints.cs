using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using TranscriptMiner.Cli.Review;
using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Coding;
using TranscriptMiner.Core.Model;

namespace TranscriptMiner.Cli.Web.Review;

/// <summary>
/// The review endpoints of the workbench API: the coder's queue, one segment's review screen, decisions and undo. They
/// record the same durable, audited decisions as <c>transcriptminer review</c>: the candidates come from
/// <see cref="ReviewCandidates"/>, the evidence from <see cref="EvidenceMarker"/>, a decision's source and score from
/// <see cref="ReviewCandidates.DecisionSource"/>, and everything is written through <see cref="CodingStore"/>.
/// </summary>
internal static class ReviewEndpoints
{
    /// <summary>The most segments one queue answer lists.</summary>
    public const int MaxLimit = 10_000;

    /// <summary>The most context segments asked for on each side.</summary>
    public const int MaxContext = 20;

    /// <summary>The longest coder name accepted.</summary>
    public const int MaxCoderLength = 100;

    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var review = api.MapGroup("/review");
        review.MapGet("/queue", Queue);
        review.MapGet("/items/{segmentId}", Item);
        review.MapPost("/decisions", Decide);
        review.MapPost("/undo", Undo);
    }

    private static ReviewQueueResponse Queue(
        WorkbenchWorkspace workspace,
        [FromQuery] string? coder,
        [FromQuery] string? code,
        [FromQuery] string? document,
        [FromQuery] string? order,
        [FromQuery] string? limit)
    {
        var codebook = workspace.LoadCodebook();
        var query = new ReviewQuery
        {
            Coder = Coder(coder),
            CodeId = CodeFilter(codebook, code),
            DocumentId = QueryNumber.Parse(document, "document", 1, long.MaxValue),
        };
        var take = (int)(QueryNumber.Parse(limit, "limit", 1, MaxLimit) ?? 1000);
        var asked = Order(order);
        using var catalog = workspace.OpenReadOnly();
        query = query with { Order = asked ?? ReviewQueue.DefaultOrder(catalog.Coding, query), Limit = int.MaxValue };
        var all = catalog.Coding.ReadReviewQueue(query);
        return new ReviewQueueResponse(all.Take(take).ToList(), all.Count, query.Order.ToString().ToLowerInvariant(), Codes(codebook));
    }

    private static ReviewItemResponse Item(
        WorkbenchWorkspace workspace,
        string segmentId,
        [FromQuery] string? coder,
        [FromQuery] string? code,
        [FromQuery] string? context)
    {
        var id = SegmentId(segmentId);
        var who = Coder(coder);
        var codebook = workspace.LoadCodebook();
        var codeFilter = CodeFilter(codebook, code);
        var around = (int)(QueryNumber.Parse(context, "context", 0, MaxContext) ?? Math.Clamp(workspace.Serve.ContextSegments, 0, MaxContext));
        using var catalog = workspace.OpenReadOnly();
        var item = catalog.Coding.ReadReviewItem(id) ?? throw UnknownSegment(id);
        var candidates = ReviewCandidates.Build(item, who, codeFilter, codebook);
        var text = item.Segment.Segment.Text;
        var ordinal = item.Segment.Segment.Ordinal;
        var neighbours = catalog.Coding.ReadContext(id, around, around);
        return new ReviewItemResponse
        {
            Segment = Segment(item.Segment) with
            {
                Parts = EvidenceMarker.Split(text, candidates.SelectMany(c => c.Evidence)).Select(p => new ReviewTextPart(p.Text, p.Marked)).ToList(),
            },
            Before = neighbours.Where(s => s.Segment.Ordinal < ordinal).Select(Segment).ToList(),
            After = neighbours.Where(s => s.Segment.Ordinal > ordinal).Select(Segment).ToList(),
            Candidates = candidates.Select(c => Candidate(c, text, codebook)).ToList(),
            Flags = item.Flags.Select(f => new ReviewFlagDto(f.CodeId, f.Reason, f.DecisionId)).ToList(),
            Codes = Codes(codebook),
            Coder = who,
        };
    }

    private static ReviewDecisionDto Decide(WorkbenchWorkspace workspace, ReviewDecisionRequest? request)
    {
        if (request is null)
        {
            throw WorkbenchException.BadRequest("send a JSON body { segmentId, codeId, verdict, coder }");
        }

        var who = Coder(request.Coder);
        var segmentId = request.SegmentId ?? throw WorkbenchException.BadRequest("segmentId is required");
        var verdict = request.Verdict?.Trim().ToLowerInvariant() switch
        {
            "accepted" => DecisionVerdict.Accepted,
            "rejected" => DecisionVerdict.Rejected,
            _ => throw WorkbenchException.BadRequest($"verdict must be 'accepted' or 'rejected' (got '{request.Verdict}')"),
        };
        if (string.IsNullOrWhiteSpace(request.CodeId))
        {
            throw WorkbenchException.BadRequest("codeId is required");
        }

        var codebook = workspace.LoadCodebook();
        using var catalog = workspace.OpenForCoding();
        var item = catalog.Coding.ReadReviewItem(segmentId) ?? throw UnknownSegment(segmentId);
        var candidates = ReviewCandidates.Build(item, who, codeFilter: null, codebook);
        var asked = request.CodeId.Trim();
        var listed = candidates.FirstOrDefault(c => string.Equals(c.CodeId, asked, StringComparison.OrdinalIgnoreCase));
        var codeId = listed?.CodeId ?? AssignableCode(codebook, asked)?.Id
            ?? throw WorkbenchException.BadRequest($"'{asked}' is not an assignable code of the codebook (nor listed on segment {segmentId})");
        var (decidedCode, source, score, _) = ReviewCandidates.DecisionSource(candidates, codeId);
        try
        {
            return ReviewDecisionDto.From(catalog.Coding.RecordDecision(segmentId, decidedCode, verdict, who, source, score));
        }
        catch (CatalogException exception) when (catalog.Coding.ReadSegment(segmentId) is null)
        {
            throw WorkbenchException.NotFound($"segment {segmentId} was replaced meanwhile; nothing was recorded ({exception.Message})");
        }
    }

    private static ReviewUndoResponse Undo(WorkbenchWorkspace workspace, ReviewUndoRequest? request)
    {
        if (request is null)
        {
            throw WorkbenchException.BadRequest("send a JSON body { decisionId, coder }");
        }

        var who = Coder(request.Coder);
        var id = request.DecisionId ?? throw WorkbenchException.BadRequest("decisionId is required");
        using var catalog = workspace.OpenForCoding();
        var decision = catalog.Coding.FindDecision(id) ?? throw WorkbenchException.NotFound(string.Create(CultureInfo.InvariantCulture, $"no decision {id}"));
        if (!string.Equals(decision.Coder, who, StringComparison.Ordinal))
        {
            throw WorkbenchException.Conflict(string.Create(CultureInfo.InvariantCulture, $"decision {id} was recorded by '{decision.Coder}', not '{who}': only its coder can undo it"));
        }

        if (decision.State != DecisionState.Current)
        {
            throw WorkbenchException.Conflict(string.Create(CultureInfo.InvariantCulture, $"decision {id} is no longer in force (it is {decision.State.ToString().ToLowerInvariant()}): only a current decision can be undone"));
        }

        CodingDecision? restored;
        try
        {
            restored = catalog.Coding.Undo(id);
        }
        catch (CatalogException exception)
        {
            throw WorkbenchException.Conflict(exception.Message);
        }

        var undone = catalog.Coding.FindDecision(id) ?? decision with { State = DecisionState.Undone };
        return new ReviewUndoResponse(ReviewDecisionDto.From(undone), restored is null ? null : ReviewDecisionDto.From(restored));
    }

    private static ReviewSegmentDto Segment(CitedSegment segment)
    {
        var s = segment.Segment;
        return new ReviewSegmentDto
        {
            Id = segment.SegmentId,
            DocumentId = segment.DocumentId,
            DocumentTitle = segment.DocumentTitle ?? Path.GetFileName(segment.SourcePath),
            Text = s.Text,
            Citation = Citation.Format(segment),
            Speaker = s.Speaker,
            AgendaItem = AgendaItemText.Of(s),
            PageStart = s.PageStart,
            PageEnd = s.PageEnd,
        };
    }

    private static ReviewCandidateDto Candidate(ReviewCandidate candidate, string text, Codebook codebook) => new()
    {
        CodeId = candidate.CodeId,
        CodeName = candidate.CodeName,
        Description = codebook.Find(candidate.CodeId)?.Description,
        Kind = candidate.Kind,
        Score = candidate.Score,
        Source = candidate.Source,
        IsPending = candidate.IsPending,
        Verdict = candidate.Decision?.Verdict,
        DecisionId = candidate.Decision?.Id,
        FlagReason = candidate.FlagReason,
        EvidenceTerms = candidate.Evidence,
        Evidence = EvidenceMarker.Find(text, candidate.Evidence).Select(r => new ReviewSpan(r.Start, r.Length)).ToList(),
    };

    private static List<ReviewCodeDto> Codes(Codebook codebook) =>
        codebook.Assignable.Select((c, i) => new ReviewCodeDto(i + 1, c.Id, c.Name, c.Description, c.WhenToUse)).ToList();

    private static Code? AssignableCode(Codebook codebook, string idOrName)
    {
        var code = codebook.Find(idOrName);
        return code is null || codebook.IsGroup(code.Id) ? null : code;
    }

    private static string Coder(string? coder)
    {
        var trimmed = coder?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw WorkbenchException.BadRequest("coder is required: the name decisions are recorded under");
        }

        return trimmed.Length > MaxCoderLength
            ? throw WorkbenchException.BadRequest(string.Create(CultureInfo.InvariantCulture, $"coder must be at most {MaxCoderLength} characters"))
            : trimmed;
    }

    private static string? CodeFilter(Codebook codebook, string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        return (codebook.Find(code) ?? throw WorkbenchException.BadRequest($"no code '{code.Trim()}' in the codebook")).Id;
    }

    private static ReviewOrder? Order(string? order) => order?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "uncertainty" => ReviewOrder.Uncertainty,
        "score" => ReviewOrder.Score,
        "document" => ReviewOrder.Document,
        _ => throw WorkbenchException.BadRequest($"order must be uncertainty, score or document (got '{order}')"),
    };

    private static long SegmentId(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw WorkbenchException.BadRequest($"segment id must be a positive number (got '{text}')");

    private static WorkbenchException UnknownSegment(long id) =>
        WorkbenchException.NotFound(string.Create(CultureInfo.InvariantCulture, $"no segment {id} (or it belongs to a replaced version of its document)"));
}
