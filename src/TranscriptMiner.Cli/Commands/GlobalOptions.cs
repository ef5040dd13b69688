using System.CommandLine;
using Microsoft.Extensions.Hosting;
using TranscriptMiner.Cli.Hosting;

namespace TranscriptMiner.Cli.Commands;

/// <summary>Options every command accepts; they become the last (strongest) configuration layer.</summary>
internal sealed class GlobalOptions
{
    public Option<string?> Workspace { get; } = new("--workspace")
    {
        Description = "Workspace folder (default: ./workspace, or TranscriptMiner:Workspace in configuration).",
        Recursive = true,
    };

    public Option<string[]> Settings { get; } = new("--set")
    {
        Description = "Override a configuration value, e.g. --set TranscriptMiner:Extraction:TimeoutSeconds=30 (repeatable).",
        Recursive = true,
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Show debug log lines.",
        Recursive = true,
    };

    public void AddTo(Command command)
    {
        command.Add(Workspace);
        command.Add(Settings);
        command.Add(Verbose);
    }

    /// <summary>Turns the parsed options into configuration key/value pairs.</summary>
    public IReadOnlyDictionary<string, string?> ToConfiguration(ParseResult parseResult)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var setting in parseResult.GetValue(Settings) ?? [])
        {
            var equals = setting.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new ArgumentException($"--set expects KEY=VALUE, got '{setting}'.");
            }

            values[setting[..equals].Trim()] = setting[(equals + 1)..];
        }

        var workspace = parseResult.GetValue(Workspace);
        if (!string.IsNullOrWhiteSpace(workspace))
        {
            values["TranscriptMiner:Workspace"] = workspace;
        }

        if (parseResult.GetValue(Verbose))
        {
            values["Logging:LogLevel:TranscriptMiner"] = "Debug";
        }

        return values;
    }

    /// <summary>Builds the host from the parsed options, or reports a bad option and returns null.</summary>
    public async Task<IHost?> TryBuildHostAsync(ParseResult parseResult, TextWriter error)
    {
        try
        {
            return TranscriptMinerHost.Build(ToConfiguration(parseResult));
        }
        catch (ArgumentException exception)
        {
            await error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return null;
        }
    }
}
