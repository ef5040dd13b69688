using System.Text;
using System.Text.Unicode;
using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Plugins.Text;

/// <summary>
/// Reads a text file's bytes and decodes them: byte-order marks first, then UTF-16 without a BOM (NUL patterns),
/// then strict UTF-8, then Windows-1252. Refuses empty files and binary content.
/// </summary>
internal static class TextDecoder
{
    private const int SampleBytes = 64 * 1024;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);
    private static readonly Encoding LenientUtf8 = new UTF8Encoding(false, false);
    private static readonly Encoding Windows1252 = CreateWindows1252();

    /// <summary>Reads the whole stream (without disposing it) and decodes it.</summary>
    public static async Task<string> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        var bytes = await ReadAllBytesAsync(content, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return Decode(bytes);
    }

    /// <summary>Decodes bytes to text, choosing the encoding as described on the type.</summary>
    public static string Decode(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            throw new ExtractionException(ExtractionFailureKind.Corrupt, "the file is empty");
        }

        var text = DecodeWithDetectedEncoding(bytes);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ExtractionException(ExtractionFailureKind.Corrupt, "the file is empty");
        }

        if (HasManyControlCharacters(text.AsSpan(0, Math.Min(text.Length, SampleBytes))))
        {
            throw new ExtractionException(ExtractionFailureKind.Unsupported, "binary content, not text");
        }

        return text;
    }

    private static string DecodeWithDetectedEncoding(byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return LenientUtf8.GetString(span[3..]);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return new UTF32Encoding(false, false).GetString(span[4..]);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return new UTF32Encoding(true, false).GetString(span[4..]);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(span[2..]);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(span[2..]);
        }

        var sample = span[..Math.Min(span.Length, SampleBytes)];
        var utf16 = DetectUtf16WithoutBom(sample);
        if (utf16 is not null)
        {
            return utf16.GetString(span);
        }

        if (LooksBinary(sample))
        {
            throw new ExtractionException(ExtractionFailureKind.Unsupported, "binary content, not text");
        }

        return Utf8.IsValid(span) ? StrictUtf8.GetString(span) : Windows1252.GetString(span);
    }

    /// <summary>UTF-16 text in a Latin script has a NUL in (nearly) every other byte.</summary>
    private static Encoding? DetectUtf16WithoutBom(ReadOnlySpan<byte> sample)
    {
        var pairs = sample.Length / 2;
        if (pairs < 2)
        {
            return null;
        }

        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            if (sample[i] == 0)
            {
                evenNuls++;
            }

            if (sample[i + 1] == 0)
            {
                oddNuls++;
            }
        }

        // At least 40% of the pairs carry a NUL on one side and almost none on the other.
        if (oddNuls * 10 >= pairs * 4 && evenNuls * 20 <= pairs)
        {
            return Encoding.Unicode;
        }

        if (evenNuls * 10 >= pairs * 4 && oddNuls * 20 <= pairs)
        {
            return Encoding.BigEndianUnicode;
        }

        return null;
    }

    /// <summary>Binary content: NULs or control characters that text files do not contain, above 2% of the sample.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> sample)
    {
        var suspicious = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                suspicious += 2;
            }
            else if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0B or 0x0C or 0x1A or 0x1B))
            {
                suspicious++;
            }
        }

        return suspicious * 50 > sample.Length;
    }

    /// <summary>Decoded text (UTF-16 or UTF-32 included) with control characters above 2% of the sample is binary.</summary>
    private static bool HasManyControlCharacters(ReadOnlySpan<char> sample)
    {
        var controls = 0;
        foreach (var c in sample)
        {
            if (char.IsControl(c) && !char.IsWhiteSpace(c) && c is not ('\u001A' or '\u001B'))
            {
                controls++;
            }
        }

        return controls * 50 > sample.Length;
    }

    private static async Task<byte[]> ReadAllBytesAsync(Stream content, CancellationToken cancellationToken)
    {
        if (content.CanSeek)
        {
            var remaining = content.Length - content.Position;
            if (remaining > Array.MaxLength)
            {
                throw new ExtractionException(ExtractionFailureKind.TooLarge, "the text file is larger than 2 GB");
            }

            var buffer = new byte[remaining];
            var read = 0;
            while (read < buffer.Length)
            {
                var n = await content.ReadAsync(buffer.AsMemory(read), cancellationToken).ConfigureAwait(false);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }

            return read == buffer.Length ? buffer : buffer[..read];
        }

        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
        return copy.ToArray();
    }

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
