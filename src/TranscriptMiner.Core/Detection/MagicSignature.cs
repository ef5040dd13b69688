namespace TranscriptMiner.Core.Detection;

/// <summary>A binary signature at a fixed offset that names a format we do not extract.</summary>
/// <param name="Offset">Where the signature starts.</param>
/// <param name="Bytes">The signature.</param>
/// <param name="FormatName">The format's name as shown to the user.</param>
internal sealed record MagicSignature(int Offset, byte[] Bytes, string FormatName)
{
    /// <summary>Gets whether <paramref name="sample"/> carries this signature.</summary>
    /// <param name="sample">The first bytes of the file.</param>
    /// <returns>True when the signature matches.</returns>
    public bool Matches(ReadOnlySpan<byte> sample) =>
        sample.Length >= Offset + Bytes.Length && sample.Slice(Offset, Bytes.Length).SequenceEqual(Bytes);
}
