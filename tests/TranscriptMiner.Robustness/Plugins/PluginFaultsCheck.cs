using System.Diagnostics;
using System.Globalization;
using System.Text;
using TranscriptMiner.Core.Catalog;

namespace TranscriptMiner.Robustness.Plugins;

/// <summary>
/// Plugin faults (issue 5, item 5): ingests corpus samples mixed with files for a plugin that throws (or kills its
/// process), one that never returns, one that allocates without bound, and one that carries its own, conflicting
/// YamlDotNet, in a child <c>transcriptminer ingest</c> with the fixture plugins installed. Checks that the process
/// survives, the good files are ingested exactly as without the faulty ones, each faulty file has a typed failure naming
/// its plugin, the hanging plugin is disabled after 3 timeouts (<c>plugins</c> shows it), memory and threads stay bounded,
/// and no worker process is left behind. A second run does the same with every plugin in process (hang and throw only).
/// </summary>
public sealed class PluginFaultsCheck : IRobustnessCheck
{
    private const int QuarantineAfter = 3;
    private const int Parallelism = 2;
    private const long HostMemoryBoundMegabytes = 1024;
    private const long ThreadBound = 150;

    /// <inheritdoc />
    public string Name => "plugins";

    /// <inheritdoc />
    public async Task<RobustnessReport> RunAsync(RobustnessOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var scale = options.Full ? Scale.Full : Scale.Fast;
        var run = new Run(options, log, scale);
        await run.ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return new RobustnessReport { Check = Name, Counts = run.Counts, Problems = run.Problems };
    }

    private sealed record Scale(int Hang, int Greedy, int CrashPerMode, int Yaml, int Text, int InProcessHang, int InProcessCrash, int InProcessText, double TimeoutSeconds, int WorkerMegabytes)
    {
        public static Scale Fast { get; } = new(5, 2, 1, 2, 3, 5, 2, 3, 4, 192);

        public static Scale Full { get; } = new(30, 20, 20, 50, 500, 20, 20, 50, 5, 256);
    }

    private sealed record ChildResult(int ExitCode, string Output, string Error, bool TimedOut, TimeSpan Elapsed, long PeakRssMb, long PeakThreads, long PeakWorkers, long PeakWorkerRssMb);

    private sealed class Run
    {
        private static readonly string[] CrashModes = ["throw", "thread", "exit"];

        private readonly RobustnessOptions options;
        private readonly TextWriter log;
        private readonly Scale scale;
        private readonly string bin;
        private readonly string fixtures;
        private readonly Dictionary<string, long> counts = new(StringComparer.Ordinal);
        private readonly List<string> problems = [];

        public Run(RobustnessOptions options, TextWriter log, Scale scale)
        {
            this.options = options;
            this.log = log;
            this.scale = scale;
            bin = Path.GetDirectoryName(Path.GetFullPath(options.ProgramPath))!;
            fixtures = Path.Combine(bin, "fixture-plugins");
        }

        public IReadOnlyDictionary<string, long> Counts => counts;

        public IReadOnlyList<string> Problems => problems;

        public async Task ExecuteAsync(CancellationToken cancellationToken)
        {
            if (!Directory.Exists(fixtures) || !Directory.Exists(Path.Combine(fixtures, "TranscriptMiner.Fixtures.HangingPlugin")))
            {
                problems.Add($"fixture plugins not found in {fixtures}");
                return;
            }

            string work = options.WorkFolder;
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }

            string good = Path.Combine(work, "input", "good");
            string faulty = Path.Combine(work, "input", "faulty");
            int goodFiles = WriteGoodFiles(good, scale.Text, scale.Yaml, withCorpus: true);
            int faultyFiles = WriteFaultyFiles(faulty, scale.Hang, scale.Greedy, CrashModes, scale.CrashPerMode);
            counts["good-files"] = goodFiles;
            counts["faulty-files"] = faultyFiles;
            counts["files"] = goodFiles + faultyFiles;

            // Baseline: the good files alone, same plugins installed.
            log.WriteLine($"plugins: baseline ingest of {goodFiles} good files");
            string baselineWorkspace = Path.Combine(work, "ws-baseline");
            ChildResult baseline = await IngestAsync(good, baselineWorkspace, [], cancellationToken).ConfigureAwait(false);
            Expect(baseline.ExitCode == 0 && !baseline.TimedOut, $"baseline ingest failed (exit {baseline.ExitCode}): {Tail(baseline.Error)}");
            HashSet<string> expected = LivePaths(baselineWorkspace);
            counts["baseline-ingested"] = expected.Count;

            // Out of process (the default for third-party plugins): good and faulty files together.
            log.WriteLine($"plugins: ingest of {goodFiles} good and {faultyFiles} faulty files, third-party plugins in worker processes");
            string workspace = Path.Combine(work, "ws");
            ChildResult mixed = await IngestAsync(Path.Combine(work, "input"), workspace, [], cancellationToken).ConfigureAwait(false);
            Record("worker", mixed);
            VerifySurvived("worker run", mixed);
            VerifyGoodFiles("worker run", workspace, good, expected);
            VerifyFaultyFiles("worker run", workspace, faulty, scale.Hang, expectMemory: true, out long typed);
            counts["typed-failures"] = typed;
            await VerifyPluginsCommandAsync(workspace, cancellationToken).ConfigureAwait(false);
            Expect(mixed.PeakWorkerRssMb <= scale.WorkerMegabytes + 256, $"a worker process reached {mixed.PeakWorkerRssMb} MB, above its {scale.WorkerMegabytes} MB heap limit plus runtime overhead");
            await VerifyNoStrayWorkersAsync(cancellationToken).ConfigureAwait(false);

            // In process: the hanging and throwing plugins on dedicated threads of the host.
            string inProcess = Path.Combine(work, "input-inprocess");
            int inGood = WriteGoodFiles(Path.Combine(inProcess, "good"), scale.InProcessText, 0, withCorpus: false);
            int inFaulty = WriteFaultyFiles(Path.Combine(inProcess, "faulty"), scale.InProcessHang, 0, ["throw"], scale.InProcessCrash);
            counts["inprocess-files"] = inGood + inFaulty;
            log.WriteLine($"plugins: ingest of {inGood} good and {inFaulty} faulty files, every plugin in process");
            string inWorkspace = Path.Combine(work, "ws-inprocess");
            ChildResult local = await IngestAsync(inProcess, inWorkspace, ["--set", "TranscriptMiner:Plugins:Isolation=InProcess"], cancellationToken).ConfigureAwait(false);
            Record("inprocess", local);
            VerifySurvived("in-process run", local);
            HashSet<string> inLive = LivePaths(inWorkspace);
            Expect(inLive.Count == inGood, $"in-process run: {inLive.Count} documents ingested, expected the {inGood} good files");
            VerifyFaultyFiles("in-process run", inWorkspace, Path.Combine(inProcess, "faulty"), scale.InProcessHang, expectMemory: false, out long inTyped);
            counts["inprocess-typed-failures"] = inTyped;
            counts["crashes"] = (mixed.ExitCode != 0 ? 1 : 0) + (local.ExitCode != 0 ? 1 : 0) + (baseline.ExitCode != 0 ? 1 : 0);
            counts["hangs"] = (mixed.TimedOut ? 1 : 0) + (local.TimedOut ? 1 : 0) + (baseline.TimedOut ? 1 : 0);
        }

        private int WriteGoodFiles(string folder, int text, int yaml, bool withCorpus)
        {
            Directory.CreateDirectory(folder);
            int written = 0;
            if (withCorpus)
            {
                string corpus = FindCorpus();
                foreach (string file in Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories))
                {
                    string name = Path.GetFileName(file);
                    if (name.EndsWith(".expected.json", StringComparison.Ordinal) || name.EndsWith(".meta.json", StringComparison.Ordinal) || name.EndsWith(".yaml", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    File.Copy(file, Path.Combine(folder, name));
                    written++;
                }
            }

            for (int i = 0; i < text; i++)
            {
                File.WriteAllText(
                    Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"minutes-{i:D4}.txt")),
                    string.Create(CultureInfo.InvariantCulture, $"Minutes of the Quality Committee, meeting {i}\n\n1. Data quality\n\nThe committee noted dashboard report {i} and asked the data champion for locality {i % 9} to review the figures.\n"));
                written++;
            }

            for (int i = 0; i < yaml; i++)
            {
                File.WriteAllText(
                    Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"interview-{i:D4}.ytr")),
                    string.Create(CultureInfo.InvariantCulture, $"- speaker: Interviewer\n  text: How do you use data in commissioning decision {i}?\n- speaker: P{i}\n  text: We trust the dashboard when the figures agree with what clinicians tell us.\n"));
                written++;
            }

            return written;
        }

        private static int WriteFaultyFiles(string folder, int hang, int greedy, string[] crashModes, int crashPerMode)
        {
            Directory.CreateDirectory(folder);
            int written = 0;
            for (int i = 0; i < hang; i++)
            {
                File.WriteAllText(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"stuck-{i:D3}.hang")), string.Create(CultureInfo.InvariantCulture, $"hang {i}\n"));
                written++;
            }

            for (int i = 0; i < greedy; i++)
            {
                File.WriteAllText(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"hungry-{i:D3}.greedy")), string.Create(CultureInfo.InvariantCulture, $"greedy {i}\n"));
                written++;
            }

            foreach (string mode in crashModes)
            {
                for (int i = 0; i < crashPerMode; i++)
                {
                    File.WriteAllText(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"broken-{mode}-{i:D3}.crash")), string.Create(CultureInfo.InvariantCulture, $"{mode} {i}\n"));
                    written++;
                }
            }

            return written;
        }

        private string FindCorpus()
        {
            for (var directory = new DirectoryInfo(bin); directory is not null; directory = directory.Parent)
            {
                string candidate = Path.Combine(directory.FullName, "corpus-samples");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("corpus-samples not found above " + bin);
        }

        private string[] PluginSettings(string workspace) =>
        [
            "--workspace", workspace,
            "--set", "TranscriptMiner:Plugins:Folders:0=" + Path.Combine(bin, "plugins"),
            "--set", "TranscriptMiner:Plugins:Folders:1=" + fixtures,
            "--set", string.Create(CultureInfo.InvariantCulture, $"TranscriptMiner:Plugins:WorkerMemoryMegabytes={scale.WorkerMegabytes}"),
            "--set", string.Create(CultureInfo.InvariantCulture, $"TranscriptMiner:Plugins:QuarantineAfterTimeouts={QuarantineAfter}"),
            "--set", string.Create(CultureInfo.InvariantCulture, $"TranscriptMiner:Extraction:TimeoutSeconds={scale.TimeoutSeconds}"),
        ];

        private Task<ChildResult> IngestAsync(string input, string workspace, string[] extra, CancellationToken cancellationToken) =>
            RunChildAsync(["ingest", input, "--parallelism", Parallelism.ToString(CultureInfo.InvariantCulture), .. PluginSettings(workspace), .. extra], cancellationToken);

        private async Task<ChildResult> RunChildAsync(string[] arguments, CancellationToken cancellationToken)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                Environment = { ["CI"] = "true" },
            };
            start.ArgumentList.Add(options.ProgramPath);
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            var watch = Stopwatch.StartNew();
            using Process child = Process.Start(start) ?? throw new InvalidOperationException("could not start transcriptminer");
            var sampler = new ProcessSampler(child.Id);
            Task<string> output = child.StandardOutput.ReadToEndAsync(cancellationToken);
            Task<string> error = child.StandardError.ReadToEndAsync(cancellationToken);
            bool timedOut = false;
            using (var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                deadline.CancelAfter(TimeSpan.FromMinutes(options.Full ? 20 : 5));
                try
                {
                    await child.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    timedOut = true;
                    child.Kill(entireProcessTree: true);
                    await child.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                }
            }

            await sampler.DisposeAsync().ConfigureAwait(false);
            return new ChildResult(
                child.ExitCode,
                await output.ConfigureAwait(false),
                await error.ConfigureAwait(false),
                timedOut,
                watch.Elapsed,
                sampler.PeakResidentMegabytes,
                sampler.PeakThreads,
                sampler.PeakChildren,
                sampler.PeakChildResidentMegabytes);
        }

        private void Record(string prefix, ChildResult result)
        {
            counts[prefix + "-seconds"] = (long)Math.Round(result.Elapsed.TotalSeconds);
            counts[prefix + "-host-peak-rss-mb"] = result.PeakRssMb;
            counts[prefix + "-host-peak-threads"] = result.PeakThreads;
            counts[prefix + "-peak-workers"] = result.PeakWorkers;
            counts[prefix + "-worker-peak-rss-mb"] = result.PeakWorkerRssMb;
        }

        private void VerifySurvived(string what, ChildResult result)
        {
            Expect(!result.TimedOut, $"{what}: the ingest did not finish (hang)");
            Expect(result.ExitCode == 0, $"{what}: the ingest exited with {result.ExitCode}: {Tail(result.Error)}");
            Expect(result.Output.Contains(" files in ", StringComparison.Ordinal), $"{what}: no ingest summary on standard output");
            Expect(result.PeakRssMb <= HostMemoryBoundMegabytes, $"{what}: the host reached {result.PeakRssMb} MB resident (bound {HostMemoryBoundMegabytes} MB)");
            Expect(result.PeakThreads <= ThreadBound, $"{what}: the host reached {result.PeakThreads} threads (bound {ThreadBound})");
        }

        private void VerifyGoodFiles(string what, string workspace, string good, HashSet<string> expected)
        {
            HashSet<string> live = LivePaths(workspace);
            var goodLive = live.Where(path => path.StartsWith(good + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
            counts["ingested"] = goodLive.Count;
            foreach (string missing in expected.Except(goodLive))
            {
                problems.Add($"{what}: {missing} was ingested without the faulty plugins but not with them");
            }

            foreach (string extra in goodLive.Except(expected))
            {
                problems.Add($"{what}: {extra} was ingested with the faulty plugins but not in the baseline run");
            }

            Expect(live.Count == goodLive.Count, $"{what}: {live.Count - goodLive.Count} faulty files were ingested");
            Expect(expected.Count > 0, $"{what}: the baseline ingested nothing");
            int yaml = goodLive.Count(path => path.EndsWith(".ytr", StringComparison.Ordinal));
            counts["yaml-ingested"] = yaml;
            Expect(yaml == scale.Yaml, $"{what}: the YAML plugin (its own YamlDotNet 13, the host has 18) ingested {yaml} of {scale.Yaml} .ytr files");
        }

        private void VerifyFaultyFiles(string what, string workspace, string faulty, int hangFiles, bool expectMemory, out long typed)
        {
            typed = 0;
            IReadOnlyList<FailureRecord> failures;
            using (CatalogWorkspace catalog = CatalogWorkspace.OpenReadOnly(new WorkspaceLayout(workspace)))
            {
                failures = catalog.Store.ListFailures();
            }

            var byPath = failures.ToDictionary(f => f.Path, StringComparer.Ordinal);
            int timedOut = 0;
            int refused = 0;
            foreach (string file in Directory.EnumerateFiles(faulty))
            {
                (string plugin, string kind) = Path.GetExtension(file) switch
                {
                    ".hang" => ("fixture-hang", "timed-out"),
                    ".greedy" => ("fixture-greedy", "too-large"),
                    _ => ("fixture-crash", "corrupt"),
                };
                if (!byPath.TryGetValue(file, out FailureRecord? failure))
                {
                    problems.Add($"{what}: {Path.GetFileName(file)} has no recorded failure");
                    continue;
                }

                bool ok = failure.Kind == kind && failure.PluginId == plugin && failure.Message.Contains(plugin, StringComparison.Ordinal);
                if (plugin == "fixture-greedy")
                {
                    ok &= failure.Message.Contains("memory limit", StringComparison.Ordinal);
                }

                if (plugin == "fixture-hang")
                {
                    if (failure.Message.Contains("is disabled after", StringComparison.Ordinal))
                    {
                        refused++;
                    }
                    else
                    {
                        timedOut++;
                    }
                }

                if (ok)
                {
                    typed++;
                }
                else
                {
                    problems.Add($"{what}: {Path.GetFileName(file)} failed as '{failure.Kind}' by '{failure.PluginId}' ({failure.Message}); expected {kind} naming {plugin}");
                }
            }

            string prefix = expectMemory ? string.Empty : "inprocess-";
            counts[prefix + "timeouts"] = timedOut;
            counts[prefix + "refused-after-quarantine"] = refused;
            counts[prefix + "untyped"] = Directory.EnumerateFiles(faulty).Count() - typed;
            Expect(timedOut >= QuarantineAfter && timedOut <= QuarantineAfter + Parallelism - 1, $"{what}: {timedOut} hang timeouts; expected {QuarantineAfter} to {QuarantineAfter + Parallelism - 1} before the plugin is disabled");
            Expect(hangFiles <= QuarantineAfter + Parallelism - 1 || refused >= 1, $"{what}: the hanging plugin was never disabled");
            if (expectMemory)
            {
                counts["memory-limit"] = failures.Count(f => f.PluginId == "fixture-greedy" && f.Message.Contains("memory limit", StringComparison.Ordinal));
                counts["worker-deaths"] = failures.Count(f => f.Message.Contains("worker process died", StringComparison.Ordinal));
            }
        }

        private async Task VerifyPluginsCommandAsync(string workspace, CancellationToken cancellationToken)
        {
            ChildResult plugins = await RunChildAsync(["plugins", .. PluginSettings(workspace)], cancellationToken).ConfigureAwait(false);
            string output = plugins.Output;
            Expect(plugins.ExitCode == 0, $"plugins exited with {plugins.ExitCode}: {Tail(plugins.Error)}");
            Expect(output.Split('\n').Any(line => line.StartsWith("fixture-hang", StringComparison.Ordinal) && line.Contains("Disabled", StringComparison.Ordinal)), "plugins does not show fixture-hang as Disabled");
            Expect(output.Contains($"plugin fixture-hang is disabled after {QuarantineAfter} timeouts", StringComparison.Ordinal), "plugins does not say why fixture-hang is disabled");
            Expect(output.Split('\n').Any(line => line.StartsWith("fixture-greedy", StringComparison.Ordinal) && line.Contains("Loaded", StringComparison.Ordinal)), "plugins does not show fixture-greedy loaded");
            Expect(output.Contains("memory limits", StringComparison.Ordinal), "plugins shows no fault counts");
            Expect(output.Contains("runs: worker process", StringComparison.Ordinal), "plugins does not show the worker processes");
        }

        private async Task VerifyNoStrayWorkersAsync(CancellationToken cancellationToken)
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(TimeSpan.FromSeconds(15));
            IReadOnlyList<int> strays = Strays();
            try
            {
                while (strays.Count > 0)
                {
                    await Task.Delay(100, deadline.Token).ConfigureAwait(false);
                    strays = Strays();
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                foreach (int pid in strays)
                {
                    try
                    {
                        using Process stray = Process.GetProcessById(pid);
                        stray.Kill();
                    }
                    catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
                    {
                        // Already gone.
                    }
                }
            }

            counts["stray-workers"] = strays.Count;
            Expect(strays.Count == 0, $"{strays.Count} worker processes outlived the host");
        }

        private IReadOnlyList<int> Strays() =>
            ProcessSampler.FindByCommandLine(fixtures + Path.DirectorySeparatorChar)
                .Where(pid => ProcessSampler.FindByCommandLine("plugin-worker").Contains(pid))
                .ToList();

        private static HashSet<string> LivePaths(string workspace)
        {
            if (!File.Exists(new WorkspaceLayout(workspace).CatalogPath))
            {
                return [];
            }

            using CatalogWorkspace catalog = CatalogWorkspace.OpenReadOnly(new WorkspaceLayout(workspace));
            return catalog.Store.ListLivePaths().ToHashSet(StringComparer.Ordinal);
        }

        private void Expect(bool condition, string problem)
        {
            if (!condition)
            {
                problems.Add(problem);
            }
        }

        private static string Tail(string text)
        {
            string trimmed = text.Trim();
            return trimmed.Length <= 600 ? trimmed : trimmed[^600..];
        }
    }
}
