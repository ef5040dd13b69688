using System.Globalization;
using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Coding;

namespace TranscriptMiner.Cli.Review;

/// <summary>
/// The review loop: shows the queue's segments one at a time, turns keys into decisions (each committed through
/// <see cref="CodingStore.RecordDecision"/> before anything else is shown), undoes the coder's last decisions, and
/// counts what happened.
/// </summary>
internal sealed class ReviewSession
{
    private readonly CodingStore _coding;
    private readonly Codebook _codebook;
    private readonly ReviewQuery _query;
    private readonly int _context;
    private readonly IReviewKeySource _keys;
    private readonly IReviewView _view;
    private readonly ReviewQueue _queue;
    private readonly Stack<(CodingDecision Decision, int Index, ReviewCandidateKind Kind)> _undo = new();
    private readonly ReviewSummary _summary = new();
    private int _index;
    private ReviewScreen? _screen;

    public ReviewSession(CodingStore coding, Codebook codebook, ReviewQuery query, int context, IReviewKeySource keys, IReviewView view)
    {
        _coding = coding;
        _codebook = codebook;
        _query = query;
        _context = Math.Max(0, context);
        _keys = keys;
        _view = view;
        _queue = new ReviewQueue(coding, query);
    }

    /// <summary>Reviews until the queue is empty, the coder quits or input ends.</summary>
    public ReviewSummary Run(CancellationToken cancellationToken)
    {
        if (!_queue.Extend())
        {
            _view.Note("Nothing to review.");
        }
        else if (MoveTo(0, forward: true))
        {
            Loop(cancellationToken);
        }

        _view.Finish(_summary);
        return _summary;
    }

    private void Loop(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested && _screen is not null)
        {
            _view.Show(_screen);
            if (_keys.ReadKey() is not { } key)
            {
                return;
            }

            var (action, number) = ReviewKeyMap.Map(key);
            if (!Handle(action, number, key))
            {
                return;
            }
        }
    }

    /// <returns><see langword="false"/> to stop (quit, end of input or end of the queue).</returns>
    private bool Handle(ReviewAction action, int number, ConsoleKeyInfo key)
    {
        var screen = _screen!;
        switch (action)
        {
            case ReviewAction.Quit:
                return false;
            case ReviewAction.Accept or ReviewAction.Reject when screen.Candidates.Count == 0:
                _view.Note("No suggestion on this segment: press c to add a code, s to skip.");
                return true;
            case ReviewAction.Accept or ReviewAction.Reject:
                var verdict = action == ReviewAction.Accept ? DecisionVerdict.Accepted : DecisionVerdict.Rejected;
                var selected = screen.Candidates[screen.Selected];
                if (selected.Decision?.Verdict == verdict)
                {
                    _view.Note($"'{selected.CodeId}' is already {ReviewText.Verdict(verdict)}.");
                    return true;
                }

                Decide([selected], verdict);
                return AfterDecision();
            case ReviewAction.AcceptAll or ReviewAction.RejectAll:
                Decide(screen.Candidates.Where(c => c.IsPending).ToList(), action == ReviewAction.AcceptAll ? DecisionVerdict.Accepted : DecisionVerdict.Rejected);
                return AfterDecision();
            case ReviewAction.AddCode:
                return AddCode();
            case ReviewAction.Skip:
                _summary.Skipped++;
                return MoveTo(_index + 1, forward: true);
            case ReviewAction.Undo:
                return Undo();
            case ReviewAction.Select when number <= screen.Candidates.Count:
                _screen = screen with { Selected = number - 1 };
                return true;
            case ReviewAction.Up or ReviewAction.Down when screen.Candidates.Count > 0:
                var step = action == ReviewAction.Up ? -1 : 1;
                _screen = screen with { Selected = (screen.Selected + step + screen.Candidates.Count) % screen.Candidates.Count };
                return true;
            default:
                _view.Note(string.Create(CultureInfo.InvariantCulture, $"Key '{key.KeyChar}' does nothing here. {ReviewKeyMap.Help}"));
                return true;
        }
    }

    private void Decide(IReadOnlyList<ReviewCandidate> candidates, DecisionVerdict verdict)
    {
        foreach (var candidate in candidates)
        {
            Record(candidate.CodeId, verdict, candidate.Source, candidate.Score, candidate.Kind);
        }
    }

    private bool Record(string codeId, DecisionVerdict verdict, string source, double? score, ReviewCandidateKind kind)
    {
        CodingDecision decision;
        try
        {
            decision = _coding.RecordDecision(_screen!.Segment.SegmentId, codeId, verdict, _query.Coder, source, score);
        }
        catch (CatalogException exception)
        {
            _view.Note($"Not recorded: {exception.Message}");
            return false;
        }

        _undo.Push((decision, _index, kind));
        Count(kind, verdict, +1);
        _view.Decided(decision);
        return true;
    }

    /// <summary>Stays on the segment while it has undecided codes, otherwise moves on.</summary>
    private bool AfterDecision()
    {
        if (!Load(_index, forward: false, preferCode: null))
        {
            return MoveTo(_index + 1, forward: true);
        }

        return _screen!.Candidates.Any(c => c.IsPending) || MoveTo(_index + 1, forward: true);
    }

    private bool AddCode()
    {
        _view.PromptCode();
        var text = _keys.ReadLine();
        if (text is null)
        {
            return false;
        }

        if (text.Trim().Length == 0)
        {
            return true;
        }

        var matches = CodeMatcher.Match(_codebook, text);
        var code = matches.Count == 1 ? matches[0] : null;
        if (matches.Count == 0)
        {
            _view.Note($"No assignable code matches '{text.Trim()}'.");
            return true;
        }

        if (code is null)
        {
            _view.PromptChoice(matches);
            var choice = _keys.ReadLine();
            if (choice is null)
            {
                return false;
            }

            if (!int.TryParse(choice.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > matches.Count)
            {
                _view.Note("No code added.");
                return true;
            }

            code = matches[number - 1];
        }

        var (codeId, source, score, kind) = ReviewCandidates.DecisionSource(_screen!.Candidates, code.Id);
        Record(codeId, DecisionVerdict.Accepted, source, score, kind);

        return Load(_index, forward: false, preferCode: code.Id) || MoveTo(_index + 1, forward: true);
    }

    private bool Undo()
    {
        if (!_undo.TryPop(out var last))
        {
            _view.Note("Nothing to undo in this session.");
            return true;
        }

        try
        {
            var restored = _coding.Undo(last.Decision.Id);
            Count(last.Kind, last.Decision.Verdict, -1);
            _view.Undone(last.Decision, restored);
        }
        catch (CatalogException exception)
        {
            _view.Note($"Not undone: {exception.Message}");
        }

        return Load(last.Index, forward: false, preferCode: last.Decision.CodeId) || MoveTo(_index + 1, forward: true);
    }

    private void Count(ReviewCandidateKind kind, DecisionVerdict verdict, int delta)
    {
        if (kind == ReviewCandidateKind.Added && verdict == DecisionVerdict.Accepted)
        {
            _summary.Added += delta;
        }
        else if (verdict == DecisionVerdict.Accepted)
        {
            _summary.Accepted += delta;
        }
        else
        {
            _summary.Rejected += delta;
        }
    }

    /// <summary>Moves to the first segment from an index on that still has something for the coder to decide.</summary>
    private bool MoveTo(int index, bool forward)
    {
        while (true)
        {
            if (index >= _queue.Count && !_queue.Extend())
            {
                _screen = null;
                _view.Note("End of the review queue.");
                return false;
            }

            if (Load(index, forward, preferCode: null))
            {
                return true;
            }

            index++;
        }
    }

    /// <summary>Shows the segment at an index; with <paramref name="forward"/>, only when something is left to decide.</summary>
    private bool Load(int index, bool forward, string? preferCode)
    {
        var item = _coding.ReadReviewItem(_queue[index]);
        if (item is null)
        {
            return false;
        }

        var candidates = ReviewCandidates.Build(item, _query.Coder, _query.CodeId, _codebook);
        if (forward && !candidates.Any(c => c.IsPending))
        {
            return false;
        }

        var context = _coding.ReadContext(item.Segment.SegmentId, _context, _context);
        var ordinal = item.Segment.Segment.Ordinal;
        var selected = candidates.FindIndex(c => preferCode is not null && string.Equals(c.CodeId, preferCode, StringComparison.OrdinalIgnoreCase));
        if (selected < 0)
        {
            selected = Math.Max(0, candidates.FindIndex(c => c.IsPending));
        }

        _index = index;
        _screen = new ReviewScreen
        {
            Segment = item.Segment,
            Before = context.Where(s => s.Segment.Ordinal < ordinal).ToList(),
            After = context.Where(s => s.Segment.Ordinal > ordinal).ToList(),
            Candidates = candidates,
            Selected = selected,
            Position = index + 1,
            QueueLength = _queue.Count,
            Coder = _query.Coder,
        };
        return true;
    }
}
