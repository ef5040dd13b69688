namespace TranscriptMiner.Cli.Tests.Watch;

/// <summary>A clock the test moves by hand (only <see cref="GetUtcNow"/>; no timers).</summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private DateTimeOffset _now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
