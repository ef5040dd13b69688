using TranscriptMiner.Cli.Watch;

namespace TranscriptMiner.Cli.Tests.Watch;

public sealed class PendingPathsTests
{
    private static readonly string A = Path.GetFullPath("/watch/a.txt");

    [Fact]
    public void TakeDue_returns_a_path_only_one_debounce_after_its_latest_hint()
    {
        var time = new ManualTimeProvider();
        var pending = new PendingPaths(time, TimeSpan.FromSeconds(1));

        pending.Hint(A);
        time.Advance(TimeSpan.FromMilliseconds(600));
        pending.Hint(A);
        time.Advance(TimeSpan.FromMilliseconds(600));
        Assert.Empty(pending.TakeDue());

        time.Advance(TimeSpan.FromMilliseconds(400));
        Assert.Equal([A], pending.TakeDue());
        Assert.Equal(0, pending.Count);
    }

    [Fact]
    public void Hint_many_times_holds_the_path_once()
    {
        var time = new ManualTimeProvider();
        var pending = new PendingPaths(time, TimeSpan.FromSeconds(1));

        for (var i = 0; i < 100; i++)
        {
            pending.Hint(A);
        }

        Assert.Equal(1, pending.Count);
    }

    [Fact]
    public void Recheck_does_not_pull_forward_a_newer_hint()
    {
        var time = new ManualTimeProvider();
        var pending = new PendingPaths(time, TimeSpan.FromSeconds(1));
        time.Advance(TimeSpan.FromSeconds(1));
        pending.Hint(A);
        time.Advance(TimeSpan.FromMilliseconds(500));

        pending.Recheck(A);
        time.Advance(TimeSpan.FromMilliseconds(500));

        Assert.True(pending.Contains(A));
        Assert.Equal([A], pending.TakeDue());
    }
}
