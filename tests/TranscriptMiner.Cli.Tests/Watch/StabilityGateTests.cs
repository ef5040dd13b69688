using TranscriptMiner.Cli.Watch;

namespace TranscriptMiner.Cli.Tests.Watch;

public sealed class StabilityGateTests
{
    private static readonly DateTime T0 = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Observe_two_equal_observations_is_ready()
    {
        var gate = new StabilityGate(2);

        Assert.Equal(GateDecision.Unsettled, gate.Observe("/a.txt", new FileObservation(true, 10, T0, true)));
        Assert.Equal(GateDecision.Ready, gate.Observe("/a.txt", new FileObservation(true, 10, T0, true)));
        Assert.Equal(0, gate.Following);
    }

    [Fact]
    public void Observe_growing_file_is_never_ready_until_it_stops_growing()
    {
        var gate = new StabilityGate(2);

        Assert.Equal(GateDecision.Unsettled, gate.Observe("/a.pdf", new FileObservation(true, 10, T0, true)));
        Assert.Equal(GateDecision.Unsettled, gate.Observe("/a.pdf", new FileObservation(true, 20, T0.AddSeconds(1), true)));
        Assert.Equal(GateDecision.Unsettled, gate.Observe("/a.pdf", new FileObservation(true, 20, T0.AddSeconds(2), true)));
        Assert.Equal(GateDecision.Ready, gate.Observe("/a.pdf", new FileObservation(true, 20, T0.AddSeconds(2), true)));
    }

    [Fact]
    public void Observe_stable_but_held_exclusively_is_locked_until_it_opens()
    {
        var gate = new StabilityGate(2);
        gate.Observe("/a.pdf", new FileObservation(true, 10, T0, false));

        Assert.Equal(GateDecision.Locked, gate.Observe("/a.pdf", new FileObservation(true, 10, T0, false)));
        Assert.Equal(GateDecision.Locked, gate.Observe("/a.pdf", new FileObservation(true, 10, T0, false)));
        Assert.Equal(GateDecision.Ready, gate.Observe("/a.pdf", new FileObservation(true, 10, T0, true)));
    }

    [Fact]
    public void Observe_missing_file_is_missing_and_forgotten()
    {
        var gate = new StabilityGate(2);
        gate.Observe("/a.txt", new FileObservation(true, 10, T0, true));

        Assert.Equal(GateDecision.Missing, gate.Observe("/a.txt", FileObservation.Missing));
        Assert.Equal(0, gate.Following);
        Assert.Equal(GateDecision.Unsettled, gate.Observe("/a.txt", new FileObservation(true, 10, T0, true)));
    }

    [Fact]
    public void Observe_three_checks_needs_three_equal_observations()
    {
        var gate = new StabilityGate(3);
        var seen = new FileObservation(true, 5, T0, true);

        Assert.Equal(GateDecision.Unsettled, gate.Observe("/a.txt", seen));
        Assert.Equal(GateDecision.Unsettled, gate.Observe("/a.txt", seen));
        Assert.Equal(GateDecision.Ready, gate.Observe("/a.txt", seen));
    }

    [Fact]
    public void Observe_unreadable_stamp_is_never_ready()
    {
        var gate = new StabilityGate(1);

        Assert.Equal(GateDecision.Unsettled, gate.Observe("/a.txt", new FileObservation(true, -1, default, false)));
    }

    [Fact]
    public void Of_file_held_exclusively_cannot_be_opened()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("tm-gate-").FullName, "a.txt");
        try
        {
            using (var writer = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                writer.Write("hello"u8);
                writer.Flush();
                var held = FileObservation.Of(path);
                Assert.True(held.Exists);
                Assert.False(held.CanOpen);
            }

            var released = FileObservation.Of(path);
            Assert.True(released.CanOpen);
            Assert.Equal(5, released.Size);
            Assert.False(FileObservation.Of(path + ".gone").Exists);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }
}
