namespace TranscriptMiner.Cli.Commands;

/// <summary>The files a command will process, and the paths that did not exist.</summary>
internal sealed record InputFiles(IReadOnlyList<string> Files, IReadOnlyList<string> Missing);
