using System.Globalization;
using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Plugins.Docx;

/// <summary>Counts the bytes actually inflated from a package and refuses once they pass the limit.</summary>
internal sealed class InflateBudget
{
    private readonly long _maxBytes;
    private long _used;

    internal InflateBudget(long maxBytes)
    {
        _maxBytes = maxBytes;
    }

    /// <summary>Gets the bytes counted so far.</summary>
    internal long Used => _used;

    /// <summary>Counts <paramref name="bytes"/> more inflated bytes.</summary>
    /// <param name="bytes">How many bytes were just inflated.</param>
    /// <exception cref="ExtractionException">The total passed the limit.</exception>
    internal void Add(int bytes)
    {
        _used += bytes;
        if (_used > _maxBytes)
        {
            throw new ExtractionException(ExtractionFailureKind.TooLarge, $"the Word package decompresses to more than {Describe(_maxBytes)}");
        }
    }

    /// <summary>Describes a byte count in whole megabytes (or bytes when small).</summary>
    /// <param name="bytes">The byte count.</param>
    /// <returns>Text such as <c>512 MB</c>.</returns>
    internal static string Describe(long bytes) =>
        bytes >= 1024 * 1024
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)} MB")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");
}
