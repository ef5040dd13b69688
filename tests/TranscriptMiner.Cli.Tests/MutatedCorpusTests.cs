using TranscriptMiner.Core.Extraction;

namespace TranscriptMiner.Cli.Tests;

/// <summary>
/// A seeded sweep of damaged copies of every corpus sample (truncations, byte flips, zero fill, wrong extension)
/// through the whole pipeline: each copy is either extracted with consistent offsets or fails with a typed failure.
/// </summary>
public sealed class MutatedCorpusTests : IClassFixture<PipelineFixture>, IDisposable
{
    private readonly PipelineFixture _pipeline;
    private readonly string _folder = Directory.CreateTempSubdirectory("tm-mut-").FullName;

    public MutatedCorpusTests(PipelineFixture pipeline) => _pipeline = pipeline;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Every_damaged_copy_is_extracted_or_fails_with_a_typed_error()
    {
        var random = new Random(20261123);
        var samples = Directory.EnumerateFiles(RepositoryPaths.CorpusSamples, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".json", StringComparison.Ordinal) && !f.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var tried = 0;
        var failed = 0;
        foreach (var sample in samples)
        {
            var bytes = await File.ReadAllBytesAsync(sample);
            foreach (var (name, content) in Mutations(Path.GetFileName(sample), bytes, random))
            {
                var path = Path.Combine(_folder, name);
                await File.WriteAllBytesAsync(path, content);
                tried++;
                try
                {
                    var document = await _pipeline.Processor.ProcessAsync(path, CancellationToken.None);
                    CorpusSampleTests.AssertOffsetsExact(document);
                }
                catch (DocumentFailedException failure)
                {
                    failed++;
                    Assert.Equal(path, failure.Path);
                    Assert.False(string.IsNullOrWhiteSpace(failure.Reason));
                }
            }
        }

        Assert.True(tried >= 150, $"only {tried} damaged files were tried");
        Assert.InRange(failed, 1, tried - 1);
    }

    private static IEnumerable<(string Name, byte[] Content)> Mutations(string fileName, byte[] bytes, Random random)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var extension = Path.GetExtension(fileName);
        foreach (var fraction in new[] { 0.02, 0.3, 0.6, 0.97 })
        {
            yield return ($"{stem}-cut{fraction}{extension}", bytes[..(int)(bytes.Length * fraction)]);
        }

        for (var i = 0; i < 10; i++)
        {
            var copy = (byte[])bytes.Clone();
            var flips = i < 5 ? 3 : 40;
            for (var f = 0; f < flips; f++)
            {
                copy[random.Next(copy.Length)] = (byte)random.Next(256);
            }

            yield return ($"{stem}-flip{i}{extension}", copy);
        }

        yield return ($"{stem}-zero{extension}", new byte[bytes.Length]);
        yield return ($"{stem}-renamed{(extension == ".pdf" ? ".docx" : ".pdf")}", bytes);
    }
}
