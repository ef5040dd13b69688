using System.Text;

namespace TranscriptMiner.Plugins.Tests.Pdf;

/// <summary>Writes tiny PDFs byte by byte, for cases the PdfPig builder cannot produce (encryption).</summary>
internal static class HandmadePdf
{
    /// <summary>A one-page PDF whose Standard security handler rejects the empty password (its /U entry matches no password).</summary>
    public static byte[] EncryptedWithUnknownPassword()
    {
        var bytes32 = string.Concat(Enumerable.Repeat("5A3C", 16));
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            $"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <{bytes32}> /U <{bytes32}> >>",
        ];
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(text.Length);
            text.Append(FormattableString.Invariant($"{i + 1} 0 obj\n{objects[i]}\nendobj\n"));
        }

        var xref = text.Length;
        text.Append(FormattableString.Invariant($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            text.Append(FormattableString.Invariant($"{offset:D10} 00000 n \n"));
        }

        text.Append(FormattableString.Invariant(
            $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] >>\nstartxref\n{xref}\n%%EOF\n"));
        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
