using System.Diagnostics;

namespace TranscriptMiner.Cli.Tests;

/// <summary>
/// Files and folders the user may not read: ingest records them as unreadable ("permission denied") and carries on.
/// Root reads everything, so under root the command runs as the unprivileged user <c>nobody</c> (setpriv).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PermissionDeniedTests : IDisposable
{
    private const UnixFileMode Everyone = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    private readonly string _root = Directory.CreateTempSubdirectory("tm-perm-").FullName;

    public void Dispose()
    {
        foreach (var path in Directory.EnumerateFileSystemEntries(_root, "*", SearchOption.AllDirectories).Prepend(_root))
        {
            File.SetUnixFileMode(path, Everyone);
        }

        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Unreadable_file_and_folder_are_reported_and_the_rest_is_ingested()
    {
        var input = Directory.CreateDirectory(Path.Combine(_root, "in")).FullName;
        var locked = Directory.CreateDirectory(Path.Combine(input, "locked")).FullName;
        await File.WriteAllTextAsync(Path.Combine(input, "open.txt"), "The committee NOTED the data quality report and thanked the data champion for her work.\n");
        var secret = Path.Combine(input, "secret.txt");
        await File.WriteAllTextAsync(secret, "Confidential interview notes about the dashboard and the finance team.\n");
        await File.WriteAllTextAsync(Path.Combine(locked, "hidden.txt"), "Minutes that nobody may read, about interoperability.\n");
        File.SetUnixFileMode(_root, Everyone);
        File.SetUnixFileMode(input, Everyone);
        File.SetUnixFileMode(secret, UnixFileMode.None);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        var workspace = Path.Combine(_root, "workspace");

        var (code, output) = await IngestAsUnprivilegedUserAsync(input, workspace);

        Assert.Equal(0, code);
        Assert.Contains("1 added", output, StringComparison.Ordinal);
        Assert.Contains($"failed: {secret}: unreadable", output, StringComparison.Ordinal);
        Assert.Contains($"{secret}: unreadable: permission denied", output, StringComparison.Ordinal);
        Assert.Contains("locked: folder cannot be read", output, StringComparison.Ordinal);
    }

    /// <summary>The test's output folder when <c>nobody</c> can reach it, else a world-readable copy of it.</summary>
    private static string ProgramFolderForOthers(string scratch)
    {
        var folder = AppContext.BaseDirectory;
        var reachable = true;
        for (var directory = new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
        {
            reachable &= directory.UnixFileMode.HasFlag(UnixFileMode.OtherExecute);
        }

        if (reachable && new DirectoryInfo(folder).UnixFileMode.HasFlag(UnixFileMode.OtherRead))
        {
            return folder;
        }

        var copy = Path.Combine(scratch, "program");
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        foreach (var path in Directory.EnumerateFileSystemEntries(copy, "*", SearchOption.AllDirectories).Prepend(copy))
        {
            File.SetUnixFileMode(path, Everyone);
        }

        return copy;
    }

    private static async Task<(int Code, string Output)> IngestAsUnprivilegedUserAsync(string input, string workspace)
    {
        string[] arguments = ["ingest", input, "--workspace", workspace];
        if (Environment.UserName != "root")
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = await CliApplication.RunAsync(arguments, output, error);
            return (code, output.ToString() + error);
        }

        var program = Path.Combine(ProgramFolderForOthers(Path.GetDirectoryName(workspace)!), "transcriptminer.dll");
        var start = new ProcessStartInfo("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "--", "dotnet", program, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["HOME"] = Path.GetDirectoryName(workspace)!, ["CI"] = "true", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" },
        };
        using var child = Process.Start(start) ?? throw new InvalidOperationException("could not start setpriv");
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = child.StandardError.ReadToEndAsync();
        await child.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
        return (child.ExitCode, await stdout + await stderr);
    }
}
