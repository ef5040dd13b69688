using TranscriptMiner.Benchmarks;

return await ExtractionBenchmark.RunAsync(BenchmarkSettings.Parse(args)).ConfigureAwait(false);
