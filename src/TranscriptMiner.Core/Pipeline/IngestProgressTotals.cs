namespace TranscriptMiner.Core.Pipeline;

/// <summary>The totals of a run known so far, handed to every progress callback.</summary>
/// <param name="FilesDiscovered">Files found so far (grows while folders are expanded).</param>
/// <param name="DiscoveryComplete"><see langword="true"/> once every input path was expanded (then <paramref name="FilesDiscovered"/> is final).</param>
/// <param name="FilesDone">Files finished, whatever their outcome.</param>
/// <param name="Pages">Pages of the documents processed so far.</param>
/// <param name="Failures">Files failed so far.</param>
public readonly record struct IngestProgressTotals(int FilesDiscovered, bool DiscoveryComplete, int FilesDone, long Pages, int Failures);
