using System.Text;

namespace TranscriptMiner.Plugins.Docx;

/// <summary>Tells an encrypted OOXML document (an OLE compound file holding an EncryptionInfo stream) from a legacy .doc.</summary>
internal static class CompoundFileProbe
{
    /// <summary>How much of the file is searched for the stream name.</summary>
    private const int MaxProbeBytes = 4 * 1024 * 1024;

    private static readonly byte[] EncryptionInfoName = Encoding.Unicode.GetBytes("EncryptionInfo");

    /// <summary>Returns whether the compound file names an EncryptionInfo stream in its first few megabytes.</summary>
    /// <param name="source">The compound file, positioned at its start.</param>
    /// <returns>True when the file looks like an encrypted Office document.</returns>
    internal static bool LooksEncrypted(Stream source)
    {
        var buffer = new byte[MaxProbeBytes];
        var read = source.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return buffer.AsSpan(0, read).IndexOf(EncryptionInfoName) >= 0;
    }
}
