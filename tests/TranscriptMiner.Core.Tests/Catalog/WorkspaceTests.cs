using System.Diagnostics;
using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Tests.Support;

namespace TranscriptMiner.Core.Tests.Catalog;

public sealed class WorkspaceTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void WorkspaceLock_SecondAcquireWhileHeld_ThrowsInUseWithPid()
    {
        var layout = new WorkspaceLayout(_temp.Combine("ws"));
        using var held = WorkspaceLock.Acquire(layout);

        var ex = Assert.Throws<WorkspaceInUseException>(() => WorkspaceLock.Acquire(layout));

        Assert.Equal(layout.Root, ex.Workspace);
        Assert.Contains($"workspace {layout.Root} is in use by another TranscriptMiner process", ex.Message, StringComparison.Ordinal);
        Assert.Equal(Environment.ProcessId, ex.OwnerProcessId);
        Assert.Contains($"(pid {Environment.ProcessId})", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkspaceLock_AcrossProcesses_ExcludesBothWaysAndKilledHolderReleases()
    {
        // .NET's FileShare.None is an advisory flock(LOCK_EX) on Linux; util-linux `flock` takes the same kind of
        // lock, so it stands in for a second TranscriptMiner process without starting another runtime.
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/flock"))
        {
            return;
        }

        var layout = new WorkspaceLayout(_temp.Combine("ws"));
        using (WorkspaceLock.Acquire(layout))
        {
            using var probe = StartFlock(layout.LockPath, "true");
            probe.WaitForExit();
            Assert.Equal(1, probe.ExitCode);
        }

        using var holder = StartFlock(layout.LockPath, "echo locked; exec cat");
        try
        {
            Assert.Equal("locked", holder.StandardOutput.ReadLine());
            Assert.Throws<WorkspaceInUseException>(() => WorkspaceLock.Acquire(layout));
        }
        finally
        {
            // Only the flock process holds the lock (-o): killing it is a holder dying; cat ends when its stdin closes.
            holder.Kill();
            holder.WaitForExit();
            holder.StandardInput.Close();
        }

        using var mine = WorkspaceLock.Acquire(layout);
        Assert.Equal(layout.Root, mine.Workspace);
    }

    [Fact]
    public void WorkspaceLock_AfterDispose_CanBeTakenAgain()
    {
        var layout = new WorkspaceLayout(_temp.Combine("ws"));
        WorkspaceLock.Acquire(layout).Dispose();

        using var again = WorkspaceLock.Acquire(layout);

        Assert.Equal(layout.Root, again.Workspace);
    }

    [Fact]
    public void WorkspaceLock_StaleLockFileFromDeadProcess_DoesNotBlock()
    {
        var layout = new WorkspaceLayout(_temp.Combine("ws"));
        Directory.CreateDirectory(layout.Root);
        File.WriteAllText(layout.LockPath, "stale");
        File.WriteAllText(layout.LockPath + ".pid", "999999\n2020-01-01T00:00:00Z\n");

        using (WorkspaceLock.Acquire(layout))
        {
            Assert.StartsWith($"{Environment.ProcessId}\n", File.ReadAllText(layout.LockPath + ".pid"), StringComparison.Ordinal);
        }

        Assert.False(File.Exists(layout.LockPath + ".pid"));
    }

    [Fact]
    public void WorkspaceLocation_RelativeAndAbsolute()
    {
        var baseDirectory = _temp.Path;

        Assert.Equal(Path.Combine(baseDirectory, "workspace"), WorkspaceLocation.Resolve(null, baseDirectory));
        Assert.Equal(Path.Combine(baseDirectory, "workspace"), WorkspaceLocation.Resolve("  ", baseDirectory));
        Assert.Equal(Path.Combine(baseDirectory, "data", "ws"), WorkspaceLocation.Resolve("data/ws/", baseDirectory));
        Assert.Equal(_temp.Combine("abs"), WorkspaceLocation.Resolve(_temp.Combine("abs"), "/elsewhere"));
    }

    [Fact]
    public void WorkspaceLayout_PathsAndEnsureCreated()
    {
        var layout = new WorkspaceLayout(_temp.Combine("ws") + Path.DirectorySeparatorChar);

        layout.EnsureCreated();

        Assert.Equal(_temp.Combine("ws"), layout.Root);
        Assert.Equal(_temp.Combine("ws", "catalog.db"), layout.CatalogPath);
        Assert.Equal(_temp.Combine("ws", "codebook.yaml"), layout.CodebookPath);
        Assert.Equal(_temp.Combine("ws", "synonyms.txt"), layout.SynonymsPath);
        Assert.True(Directory.Exists(layout.IndexFolder));
        Assert.True(Directory.Exists(layout.ModelsFolder));
    }

    [Fact]
    public void WorkspaceOptions_BusyTimeoutClamped()
    {
        Assert.Equal(TimeSpan.FromSeconds(5), new WorkspaceOptions().BusyTimeout);
        Assert.Equal(TimeSpan.Zero, new WorkspaceOptions { BusyTimeoutSeconds = -3 }.BusyTimeout);
        Assert.Equal(TimeSpan.FromMinutes(10), new WorkspaceOptions { BusyTimeoutSeconds = 1e9 }.BusyTimeout);
    }

    private static Process StartFlock(string lockPath, string command)
    {
        var start = new ProcessStartInfo("/usr/bin/flock")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-n", "-o", lockPath, "-c", command })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }
}
