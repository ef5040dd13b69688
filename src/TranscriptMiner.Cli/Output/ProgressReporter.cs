namespace TranscriptMiner.Cli.Output;

/// <summary>
/// Shows progress of multi-file work on standard error: a line rewritten in place on a terminal, plain
/// "[done/total] file" lines otherwise (CI, pipes, log files).
/// </summary>
internal sealed class ProgressReporter : IDisposable
{
    private readonly TextWriter _error;
    private readonly int _total;
    private readonly bool _interactive;
    private readonly bool _enabled;
    private int _done;
    private bool _lineOpen;

    private ProgressReporter(TextWriter error, int total, bool interactive)
    {
        _error = error;
        _total = total;
        _interactive = interactive;
        _enabled = total > 1;
    }

    public static ProgressReporter Create(TextWriter error, int total)
    {
        var interactive = ReferenceEquals(error, Console.Error)
            && !Console.IsErrorRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        return new ProgressReporter(error, total, interactive);
    }

    public void Advance(string file)
    {
        _done++;
        if (!_enabled)
        {
            return;
        }

        var line = $"[{_done}/{_total}] {Path.GetFileName(file)}";
        if (_interactive)
        {
            var width = Math.Max(20, SafeWindowWidth() - 1);
            _error.Write('\r' + (line.Length > width ? line[..width] : line.PadRight(width)));
            _lineOpen = true;
        }
        else
        {
            _error.WriteLine(line);
        }
    }

    /// <summary>Ends the in-place line so that a message can be written under it.</summary>
    public void Interrupt()
    {
        if (_lineOpen)
        {
            _error.WriteLine();
            _lineOpen = false;
        }
    }

    public void Dispose() => Interrupt();

    private static int SafeWindowWidth()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (IOException)
        {
            return 80;
        }
    }
}
