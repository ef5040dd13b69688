using System.CommandLine;

namespace TranscriptMiner.Cli.Commands;

/// <summary>
/// A command whose work runs inside the generic host: the host is built from the global options (a bad option is
/// reported and exits with <see cref="CliApplication.BadArguments"/>), the work gets its services, and the host is
/// disposed afterwards.
/// </summary>
internal abstract class HostedCommand
{
    protected HostedCommand(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        Globals = globals;
        Output = output;
        Error = error;
    }

    public Command Command { get; protected set; } = null!;

    protected GlobalOptions Globals { get; }

    protected TextWriter Output { get; }

    protected TextWriter Error { get; }

    /// <summary>Wraps a piece of work as a command action that runs it inside the host.</summary>
    protected Func<ParseResult, CancellationToken, Task<int>> InHost(Func<ParseResult, IServiceProvider, CancellationToken, Task<int>> work) =>
        async (parseResult, cancellationToken) =>
        {
            using var host = await Globals.TryBuildHostAsync(parseResult, Error).ConfigureAwait(false);
            return host is null
                ? CliApplication.BadArguments
                : await work(parseResult, host.Services, cancellationToken).ConfigureAwait(false);
        };
}
