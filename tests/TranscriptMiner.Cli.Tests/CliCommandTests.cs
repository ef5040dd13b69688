using System.Text.Json;

namespace TranscriptMiner.Cli.Tests;

/// <summary>The command line end to end, in process: arguments, exit codes, outputs.</summary>
public sealed class CliCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tm-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Plugins_lists_the_four_builtin_plugins_as_loaded()
    {
        var (code, output, _) = await RunAsync("plugins");

        Assert.Equal(0, code);
        foreach (var id in new[] { "pdf", "docx", "text", "html" })
        {
            Assert.Contains(output.Split('\n'), line => line.StartsWith(id + " ", StringComparison.Ordinal) && line.Contains("Loaded", StringComparison.Ordinal));
        }

        Assert.Contains("application/pdf", output, StringComparison.Ordinal);
        Assert.Contains("text/vtt", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_prints_speaker_turns_of_a_transcript()
    {
        var file = Write("interview.txt", "Interviewer: How do you use the dashboard in practice?\n\nP12: Honestly we only trust the data when the GP practices have validated it first.\n");

        var (code, output, _) = await RunAsync("extract", file);

        Assert.Equal(0, code);
        Assert.Contains("Transcript", output, StringComparison.Ordinal);
        Assert.Contains("speaker Interviewer", output, StringComparison.Ordinal);
        Assert.Contains("speaker P12", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_json_has_segments_whose_offsets_are_consistent()
    {
        var file = Write("notes.md", "# Data quality\n\nThe board discussed data quality at length and agreed that the dashboard needs a named owner.\n\n## Actions\n\n- Appoint a data champion in each locality before the next meeting.\n");

        var (code, output, _) = await RunAsync("extract", file, "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var segments = json.RootElement.GetProperty("segments").EnumerateArray().ToList();
        Assert.NotEmpty(segments);
        Assert.Contains(segments, s => s.GetProperty("text").GetString()!.Contains("data champion", StringComparison.Ordinal));
        foreach (var segment in segments)
        {
            Assert.Equal(segment.GetProperty("end").GetInt32() - segment.GetProperty("start").GetInt32(), segment.GetProperty("text").GetString()!.Length);
        }
    }

    [Fact]
    public async Task Extract_of_garbage_named_docx_reports_a_corrupt_file_and_fails()
    {
        var file = Path.Combine(_folder, "minutes.docx");
        await File.WriteAllBytesAsync(file, [0x13, 0x37, 0x00, 0xFF, 0x42, 0x00, 0x01, 0x02, 0x03]);

        var (code, _, error) = await RunAsync("extract", file);

        Assert.Equal(1, code);
        Assert.Contains(file, error, StringComparison.Ordinal);
        Assert.Contains("corrupt", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_of_a_folder_continues_past_a_bad_file()
    {
        Write("good.txt", "The committee NOTED the report on interoperability between primary and secondary care records.\n");
        Write("empty.txt", string.Empty);

        var (code, output, error) = await RunAsync("extract", _folder);

        Assert.Equal(0, code);
        Assert.Contains("interoperability", output, StringComparison.Ordinal);
        Assert.Contains("empty.txt", error, StringComparison.Ordinal);
        Assert.Contains("1 extracted, 1 failed", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_of_a_missing_path_is_a_bad_argument()
    {
        var (code, _, error) = await RunAsync("extract", Path.Combine(_folder, "nope.pdf"));

        Assert.Equal(2, code);
        Assert.Contains("no such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_option_is_a_bad_argument()
    {
        var (code, _, error) = await RunAsync("extract", "--no-such-option");

        Assert.Equal(2, code);
        Assert.Contains("error", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configuration_limit_from_the_command_line_is_applied()
    {
        var file = Write("big.txt", new string('a', 5000) + " end of a long line.\n");

        var (code, _, error) = await RunAsync("extract", file, "--set", "TranscriptMiner:Extraction:MaxFileBytes=1000");

        Assert.Equal(1, code);
        Assert.Contains("too-large", error, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApplication.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
