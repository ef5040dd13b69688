using System.Buffers.Binary;
using System.Text;

namespace TranscriptMiner.Plugins.Docx;

/// <summary>Tells an encrypted OOXML document (an OLE compound file holding an EncryptionInfo stream) from a legacy .doc.</summary>
internal static class CompoundFileProbe
{
    /// <summary>How much of the file's start is searched when the directory cannot be located.</summary>
    private const int HeadProbeBytes = 1024 * 1024;

    /// <summary>How much of the first directory sector chain is read (a directory entry is 128 bytes).</summary>
    private const int DirectoryProbeBytes = 16 * 1024;

    private static readonly byte[] EncryptionInfoName = Encoding.Unicode.GetBytes("EncryptionInfo");

    /// <summary>Returns whether the compound file's directory names an EncryptionInfo stream.</summary>
    /// <param name="source">The compound file (seekable), positioned at its start.</param>
    /// <returns>True when the file looks like an encrypted Office document.</returns>
    internal static bool LooksEncrypted(Stream source)
    {
        var head = new byte[HeadProbeBytes];
        var read = source.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (head.AsSpan(0, read).IndexOf(EncryptionInfoName) >= 0)
        {
            return true;
        }

        if (read < 512)
        {
            return false;
        }

        // The header gives the sector size (as a power of two) and the first directory sector.
        var sectorShift = BinaryPrimitives.ReadUInt16LittleEndian(head.AsSpan(0x1E));
        var firstDirectorySector = BinaryPrimitives.ReadInt32LittleEndian(head.AsSpan(0x30));
        if (sectorShift is < 7 or > 16 || firstDirectorySector < 0)
        {
            return false;
        }

        var offset = (firstDirectorySector + 1L) << sectorShift;
        if (offset + EncryptionInfoName.Length > source.Length)
        {
            return false;
        }

        source.Position = offset;
        var directory = new byte[DirectoryProbeBytes];
        read = source.ReadAtLeast(directory, directory.Length, throwOnEndOfStream: false);
        return directory.AsSpan(0, read).IndexOf(EncryptionInfoName) >= 0;
    }
}
