using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace TranscriptMiner.Robustness.Hostile;

/// <summary>
/// A seeded generator of damaged copies of the corpus samples: truncations at many points, byte flips, zero fill, empty
/// files, wrong extensions, broken PDF cross-reference tables and <c>startxref</c>, circular PDF object references,
/// removed or duplicated DOCX zip entries, deeply nested and oversized XML, decompression bombs, invalid text encodings
/// and absurd caption timings. The same seed, samples and count give the same files.
/// </summary>
public sealed partial class HostileCorpusGenerator
{
    private static readonly string[] Extensions = [".pdf", ".docx", ".html", ".vtt", ".srt", ".txt", ".md"];
    private static readonly Encoding Latin1 = Encoding.Latin1;

    private readonly Random _random;
    private readonly bool _full;

    /// <summary>Initializes a generator.</summary>
    /// <param name="seed">The seed of every random choice.</param>
    /// <param name="full">Whether heavy mutations get their full size (bombs of GBs, XML nested 100k deep) rather than a CI-sized one.</param>
    public HostileCorpusGenerator(int seed, bool full)
    {
        _random = new Random(seed);
        _full = full;
    }

    /// <summary>Lists the corpus samples the generator mutates (every PDF, DOCX, HTML, VTT, SRT, TXT and MD file, ordinal order).</summary>
    /// <param name="corpusFolder">The corpus-samples folder.</param>
    /// <returns>Full paths.</returns>
    public static IReadOnlyList<string> Samples(string corpusFolder) =>
        Directory.EnumerateFiles(corpusFolder, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Writes <paramref name="count"/> damaged files into <paramref name="outputFolder"/>, taking the samples in turn.</summary>
    /// <param name="corpusFolder">The corpus-samples folder.</param>
    /// <param name="outputFolder">Where to write (created if missing).</param>
    /// <param name="count">How many files to write.</param>
    /// <returns>The files written.</returns>
    public IReadOnlyList<HostileFile> Generate(string corpusFolder, string outputFolder, int count)
    {
        Directory.CreateDirectory(outputFolder);
        var samples = Samples(corpusFolder);
        if (samples.Count == 0)
        {
            throw new InvalidOperationException($"no corpus samples in {corpusFolder}");
        }

        var streams = samples.Select(s => Mutations(Path.GetFileName(s), File.ReadAllBytes(s)).GetEnumerator()).ToList();
        var written = new List<HostileFile>(count);
        var names = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            for (var i = 0; written.Count < count; i = (i + 1) % streams.Count)
            {
                var stream = streams[i];
                if (!stream.MoveNext())
                {
                    throw new InvalidOperationException("a mutation stream ended");
                }

                var (name, mutation, content) = stream.Current;
                var unique = name;
                for (var n = 2; !names.Add(unique); n++)
                {
                    unique = Path.GetFileNameWithoutExtension(name) + "-" + n.ToString(CultureInfo.InvariantCulture) + Path.GetExtension(name);
                }

                var path = Path.Combine(outputFolder, unique);
                content(path);
                written.Add(new HostileFile(path, mutation, Path.GetFileName(samples[i])));
            }
        }
        finally
        {
            foreach (var stream in streams)
            {
                stream.Dispose();
            }
        }

        return written;
    }

    /// <summary>An endless stream of mutations of one sample: type-specific ones interleaved with generic ones, then random truncations and flips.</summary>
    private IEnumerable<(string Name, string Mutation, Action<string> Write)> Mutations(string fileName, byte[] bytes)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        using var specific = Specific(stem, extension, bytes).GetEnumerator();
        using var generic = Generic(stem, extension, bytes).GetEnumerator();
        var more = true;
        while (more)
        {
            more = false;
            if (specific.MoveNext())
            {
                more = true;
                yield return specific.Current;
            }

            if (generic.MoveNext())
            {
                more = true;
                yield return generic.Current;
            }
        }

        for (var i = 0; ; i++)
        {
            var copy = bytes[..Math.Max(0, _random.Next(bytes.Length))];
            yield return (Name(stem, $"rcut{i}", extension), "truncate", Bytes(copy));
            yield return (Name(stem, $"rflip{i}", extension), "flip", Bytes(Flip(bytes, 1 + _random.Next(64))));
        }
    }

    private IEnumerable<(string Name, string Mutation, Action<string> Write)> Generic(string stem, string extension, byte[] bytes)
    {
        yield return (Name(stem, "empty", extension), "empty", Bytes([]));
        yield return (Name(stem, "zero", extension), "zero-fill", Bytes(new byte[bytes.Length]));
        foreach (var other in Extensions.Where(e => e != extension))
        {
            yield return (Name(stem, "as" + other.TrimStart('.'), other), "wrong-extension", Bytes(bytes));
        }

        var points = new[] { 1, 4, 8, 16, 64, 100, 512 }
            .Concat(new[] { 0.05, 0.1, 0.2, 0.33, 0.5, 0.66, 0.8, 0.9, 0.95, 0.99 }.Select(f => (int)(bytes.Length * f)))
            .Concat([bytes.Length - 1, bytes.Length - 8, bytes.Length - 30])
            .Where(p => p > 0 && p < bytes.Length)
            .Distinct();
        foreach (var point in points)
        {
            yield return (Name(stem, "cut" + point.ToString(CultureInfo.InvariantCulture), extension), "truncate", Bytes(bytes[..point]));
        }

        foreach (var flips in new[] { 1, 2, 3, 5, 8, 13, 40, 100, 400 })
        {
            yield return (Name(stem, "flip" + flips.ToString(CultureInfo.InvariantCulture), extension), "flip", Bytes(Flip(bytes, flips)));
        }

        var garbage = new byte[Math.Max(1, bytes.Length)];
        _random.NextBytes(garbage);
        yield return (Name(stem, "garbage", extension), "garbage", Bytes(garbage));
        var headOnly = bytes[..Math.Min(bytes.Length, 8)].Concat(new byte[4096]).ToArray();
        yield return (Name(stem, "magic-then-zeros", extension), "zero-fill", Bytes(headOnly));
        var doubled = bytes.Concat(bytes).ToArray();
        yield return (Name(stem, "doubled", extension), "duplicated-content", Bytes(doubled));
    }

    private IEnumerable<(string Name, string Mutation, Action<string> Write)> Specific(string stem, string extension, byte[] bytes) => extension switch
    {
        ".pdf" => PdfMutations(stem, bytes),
        ".docx" => DocxMutations(stem, bytes),
        ".html" => HtmlMutations(stem, bytes).Concat(TextMutations(stem, extension, bytes)),
        ".vtt" or ".srt" => CaptionMutations(stem, extension, bytes).Concat(TextMutations(stem, extension, bytes)),
        _ => TextMutations(stem, extension, bytes),
    };

    // ---- PDF ------------------------------------------------------------------------------------------------------

    private IEnumerable<(string, string, Action<string>)> PdfMutations(string stem, byte[] bytes)
    {
        var text = Latin1.GetString(bytes);
        yield return (Name(stem, "startxref-huge", ".pdf"), "pdf-startxref", Text(StartXref().Replace(text, "startxref\n999999999999"), Latin1));
        yield return (Name(stem, "startxref-negative", ".pdf"), "pdf-startxref", Text(StartXref().Replace(text, "startxref\n-42"), Latin1));
        yield return (Name(stem, "startxref-gone", ".pdf"), "pdf-startxref", Text(StartXref().Replace(text, string.Empty), Latin1));
        yield return (Name(stem, "startxref-zero", ".pdf"), "pdf-startxref", Text(StartXref().Replace(text, "startxref\n0"), Latin1));
        yield return (Name(stem, "xref-shifted", ".pdf"), "pdf-xref", Text(XrefEntry().Replace(text, m => (long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 37).ToString("D10", CultureInfo.InvariantCulture) + m.Groups[2].Value), Latin1));
        yield return (Name(stem, "xref-garbage", ".pdf"), "pdf-xref", Text(XrefEntry().Replace(text, _ => _random.NextInt64(0, 9_999_999_999).ToString("D10", CultureInfo.InvariantCulture) + " 00000 n"), Latin1));
        yield return (Name(stem, "xref-gone", ".pdf"), "pdf-xref", Text(XrefTable().Replace(text, "xref\n0 0\ntrailer"), Latin1));
        yield return (Name(stem, "xref-count-huge", ".pdf"), "pdf-xref", Text(XrefHeader().Replace(text, "xref\n0 2147483647"), Latin1));
        yield return (Name(stem, "trailer-no-root", ".pdf"), "pdf-xref", Text(RootRef().Replace(text, "/Root 9999 0 R"), Latin1));
        yield return (Name(stem, "trailer-size-huge", ".pdf"), "pdf-xref", Text(SizeEntry().Replace(text, "/Size 2147483647"), Latin1));
        yield return (Name(stem, "kids-loop", ".pdf"), "pdf-circular", Text(KidsLoop(text), Latin1));
        yield return (Name(stem, "parent-loop", ".pdf"), "pdf-circular", Text(ParentLoop(text), Latin1));
        yield return (Name(stem, "stream-self-length", ".pdf"), "pdf-circular", Text(SelfLengthStream(text), Latin1));
        yield return (Name(stem, "pages-count-huge", ".pdf"), "pdf-page-count", Text(CountEntry().Replace(text, "/Count 100000"), Latin1));
        yield return (Name(stem, "pages-count-negative", ".pdf"), "pdf-page-count", Text(CountEntry().Replace(text, "/Count -5"), Latin1));
        yield return (Name(stem, "length-huge", ".pdf"), "pdf-stream-length", Text(LengthEntry().Replace(text, "/Length 2147483647"), Latin1));
        yield return (Name(stem, "length-negative", ".pdf"), "pdf-stream-length", Text(LengthEntry().Replace(text, "/Length -1"), Latin1));
        yield return (Name(stem, "endobj-gone", ".pdf"), "pdf-structure", Text(text.Replace("endobj", string.Empty, StringComparison.Ordinal), Latin1));
        yield return (Name(stem, "endstream-gone", ".pdf"), "pdf-structure", Text(text.Replace("endstream", string.Empty, StringComparison.Ordinal), Latin1));
        yield return (Name(stem, "deep-array", ".pdf"), "pdf-nesting", Text(text.Replace("/Type /Catalog", "/Type /Catalog /Deep " + new string('[', Scaled(100_000, 5_000)) + new string(']', Scaled(100_000, 5_000)), StringComparison.Ordinal), Latin1));
        yield return (Name(stem, "deep-dict", ".pdf"), "pdf-nesting", Text(text.Replace("/Type /Catalog", "/Type /Catalog /Deep " + string.Concat(Enumerable.Repeat("<</A ", Scaled(50_000, 2_500))) + string.Concat(Enumerable.Repeat(">>", Scaled(50_000, 2_500))), StringComparison.Ordinal), Latin1));
        yield return (Name(stem, "flate-garbage", ".pdf"), "pdf-stream", Text(FlateGarbage(text), Latin1));
        yield return (Name(stem, "header-only", ".pdf"), "truncate", Bytes(Latin1.GetBytes("%PDF-1.7\n")));
        yield return (Name(stem, "eof-only", ".pdf"), "truncate", Bytes(Latin1.GetBytes("%PDF-1.4\n%%EOF\n")));
        yield return (Name(stem, "encrypt-claimed", ".pdf"), "pdf-encrypt", Text(RootRef().Replace(text, m => m.Value + " /Encrypt 1 0 R"), Latin1));
    }

    private static string KidsLoop(string text)
    {
        var pages = PagesObject().Match(text);
        return pages.Success ? KidsArray().Replace(text, $"/Kids [{pages.Groups[1].Value} 0 R]", 1, pages.Index) : text + "\n1 0 obj <</Type /Pages /Kids [1 0 R] /Count 1>> endobj\n";
    }

    private static string ParentLoop(string text) =>
        PageObject().Replace(text, m => m.Value.Replace(ParentRef().Match(m.Value).Value, $"/Parent {m.Groups[1].Value} 0 R", StringComparison.Ordinal));

    private static string SelfLengthStream(string text) =>
        StreamObject().Replace(text, m => m.Value.Replace(LengthEntry().Match(m.Value).Value, $"/Length {m.Groups[1].Value} 0 R", StringComparison.Ordinal), 1);

    private string FlateGarbage(string text)
    {
        var start = text.IndexOf("stream", StringComparison.Ordinal);
        if (start < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = start + 8; i < Math.Min(chars.Length, start + 200); i++)
        {
            chars[i] = (char)_random.Next(256);
        }

        return new string(chars);
    }

    // ---- DOCX -----------------------------------------------------------------------------------------------------

    private IEnumerable<(string, string, Action<string>)> DocxMutations(string stem, byte[] bytes)
    {
        var entries = ReadZip(bytes);
        foreach (var name in entries.Keys)
        {
            yield return (Name(stem, "without-" + Slug(name), ".docx"), "docx-entry-removed", Zip(entries.Where(e => e.Key != name).ToList()));
        }

        foreach (var name in entries.Keys)
        {
            var list = entries.ToList();
            list.Add(new(name, Encoding.UTF8.GetBytes("<oops/>")));
            yield return (Name(stem, "twice-" + Slug(name), ".docx"), "docx-entry-duplicated", Zip(list));
        }

        var document = entries.GetValueOrDefault("word/document.xml") ?? [];
        var depth = Scaled(100_000, 4_000);
        yield return (Name(stem, "nested-xml", ".docx"), "docx-deep-xml", ZipWith(entries, "word/document.xml", w => WriteNested(w, depth, "<x>", "</x>")));
        yield return (Name(stem, "nested-sdt", ".docx"), "docx-deep-xml", ZipWith(entries, "word/document.xml", w => WriteNested(w, depth / 2, "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>")));
        yield return (Name(stem, "oversized-xml", ".docx"), "docx-oversized-xml", ZipWith(entries, "word/document.xml", w => WriteManyParagraphs(w, Scaled(3_000_000, 100_000))));
        yield return (Name(stem, "bomb-document", ".docx"), "docx-bomb", ZipWith(entries, "word/document.xml", w => WriteWhitespaceBomb(w, document, Scaled(2L << 30, 64L << 20))));
        yield return (Name(stem, "bomb-content-types", ".docx"), "docx-bomb", ZipWith(entries, "[Content_Types].xml", w => WriteWhitespaceBomb(w, entries.GetValueOrDefault("[Content_Types].xml") ?? [], Scaled(1L << 30, 32L << 20))));
        yield return (Name(stem, "bomb-styles", ".docx"), "docx-bomb", ZipWith(entries, "word/styles.xml", w => WriteWhitespaceBomb(w, entries.GetValueOrDefault("word/styles.xml") ?? [], Scaled(1L << 30, 32L << 20))));
        yield return (Name(stem, "billion-laughs", ".docx"), "docx-entity-bomb", ZipWith(entries, "word/document.xml", WriteBillionLaughs));
        yield return (Name(stem, "document-not-xml", ".docx"), "docx-corrupt-xml", ZipWith(entries, "word/document.xml", w => w.Write(Flip(document, 50))));
        yield return (Name(stem, "document-utf16-no-bom", ".docx"), "invalid-encoding", ZipWith(entries, "word/document.xml", w => w.Write(Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(document)))));
        yield return (Name(stem, "many-entries", ".docx"), "docx-many-entries", Zip([.. entries, .. Enumerable.Range(0, Scaled(60_000, 3_000)).Select(i => new KeyValuePair<string, byte[]>($"junk/{i}.xml", []))]));
        yield return (Name(stem, "not-a-zip-after-magic", ".docx"), "docx-corrupt-zip", Bytes([.. bytes[..4], .. new byte[bytes.Length]]));
    }

    private static Dictionary<string, byte[]> ReadZip(byte[] bytes)
    {
        using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            entries[entry.FullName] = copy.ToArray();
        }

        return entries;
    }

    private static Action<string> Zip(IReadOnlyList<KeyValuePair<string, byte[]>> entries) => path =>
    {
        using var file = File.Create(path);
        using var archive = new ZipArchive(file, ZipArchiveMode.Create);
        foreach (var (name, content) in entries)
        {
            using var stream = archive.CreateEntry(name, CompressionLevel.Fastest).Open();
            stream.Write(content);
        }
    };

    private static Action<string> ZipWith(Dictionary<string, byte[]> entries, string replaced, Action<Stream> write) => path =>
    {
        using var file = File.Create(path);
        using var archive = new ZipArchive(file, ZipArchiveMode.Create);
        foreach (var (name, content) in entries)
        {
            using var stream = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
            if (name == replaced)
            {
                using var buffered = new BufferedStream(stream, 1 << 20);
                write(buffered);
            }
            else
            {
                stream.Write(content);
            }
        }
    };

    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static void WriteAscii(Stream stream, string text) => stream.Write(Encoding.ASCII.GetBytes(text));

    /// <summary>A document.xml whose one paragraph sits <paramref name="depth"/> elements deep, each level <paramref name="openTag"/> ... <paramref name="closeTag"/>.</summary>
    private static void WriteNested(Stream stream, int depth, string openTag, string closeTag)
    {
        WriteAscii(stream, $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"{WordNamespace}\"><w:body>");
        var open = Encoding.ASCII.GetBytes(openTag);
        var close = Encoding.ASCII.GetBytes(closeTag);
        for (var i = 0; i < depth; i++)
        {
            stream.Write(open);
        }

        WriteAscii(stream, "<w:p><w:r><w:t>deep</w:t></w:r></w:p>");
        for (var i = 0; i < depth; i++)
        {
            stream.Write(close);
        }

        WriteAscii(stream, "</w:body></w:document>");
    }

    private static void WriteManyParagraphs(Stream stream, int paragraphs)
    {
        WriteAscii(stream, $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"{WordNamespace}\"><w:body>");
        var paragraph = Encoding.ASCII.GetBytes("<w:p><w:r><w:t>The committee noted the dashboard and the data quality report.</w:t></w:r></w:p>");
        for (var i = 0; i < paragraphs; i++)
        {
            stream.Write(paragraph);
        }

        WriteAscii(stream, "</w:body></w:document>");
    }

    private static void WriteWhitespaceBomb(Stream stream, byte[] original, long size)
    {
        // Whitespace after the XML declaration's end: well-formed until the parser has read gigabytes.
        var text = Encoding.UTF8.GetString(original);
        var split = text.IndexOf("?>", StringComparison.Ordinal) is var i and >= 0 ? i + 2 : 0;
        stream.Write(Encoding.UTF8.GetBytes(text[..split]));
        var spaces = new byte[1 << 20];
        Array.Fill(spaces, (byte)' ');
        for (long written = 0; written < size; written += spaces.Length)
        {
            stream.Write(spaces);
        }

        stream.Write(Encoding.UTF8.GetBytes(text[split..]));
    }

    private static void WriteBillionLaughs(Stream stream)
    {
        var builder = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? string.Empty : (i - 1).ToString(CultureInfo.InvariantCulture))};", 10))}\">");
        }

        builder.Append(CultureInfo.InvariantCulture, $"]><w:document xmlns:w=\"{WordNamespace}\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>");
        WriteAscii(stream, builder.ToString());
    }

    // ---- text, HTML, captions -------------------------------------------------------------------------------------

    private IEnumerable<(string, string, Action<string>)> TextMutations(string stem, string extension, byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        yield return (Name(stem, "utf16le-no-bom", extension), "invalid-encoding", Bytes(Encoding.Unicode.GetBytes(text)));
        yield return (Name(stem, "utf16be-no-bom", extension), "invalid-encoding", Bytes(Encoding.BigEndianUnicode.GetBytes(text)));
        yield return (Name(stem, "utf16-lone-surrogates", extension), "invalid-encoding", Bytes([0xFF, 0xFE, .. LoneSurrogatesUtf16(text)]));
        yield return (Name(stem, "utf8-surrogates", extension), "invalid-encoding", Bytes(Sprinkle(bytes, [0xED, 0xA0, 0x80], 20)));
        yield return (Name(stem, "utf8-invalid", extension), "invalid-encoding", Bytes(Sprinkle(bytes, [0xC0, 0xAF, 0xFF, 0xFE], 30)));
        yield return (Name(stem, "utf8-cut-multibyte", extension), "invalid-encoding", Bytes([.. bytes, 0xE2, 0x82]));
        yield return (Name(stem, "nul-bytes", extension), "invalid-encoding", Bytes(Sprinkle(bytes, [0x00], 50)));
        yield return (Name(stem, "utf32", extension), "invalid-encoding", Bytes(Encoding.UTF32.GetBytes(text)));
        yield return (Name(stem, "cp1252", extension), "invalid-encoding", Bytes(Latin1.GetBytes(text.Replace('\u2019', '\u0092'))));
        yield return (Name(stem, "bom-only", extension), "empty", Bytes([0xEF, 0xBB, 0xBF]));
        yield return (Name(stem, "whitespace-only", extension), "empty", Bytes(Encoding.ASCII.GetBytes(new string(' ', 5000) + "\n\n\t\r\n")));
        yield return (Name(stem, "control-chars", extension), "invalid-encoding", Bytes(Sprinkle(bytes, [0x1B, 0x07, 0x0C, 0x7F], 40)));
        yield return (Name(stem, "no-newlines", extension), "long-line", Bytes(Encoding.UTF8.GetBytes(text.Replace('\n', ' ').Replace('\r', ' '))));
        yield return (Name(stem, "cr-only", extension), "line-endings", Bytes(Encoding.UTF8.GetBytes(text.Replace("\r\n", "\r", StringComparison.Ordinal).Replace('\n', '\r'))));
    }

    private IEnumerable<(string, string, Action<string>)> HtmlMutations(string stem, byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var depth = Scaled(100_000, 5_000);
        yield return (Name(stem, "nested-divs", ".html"), "html-deep-nesting", Text(text.Replace("<body>", "<body>" + string.Concat(Enumerable.Repeat("<div>", depth)), StringComparison.OrdinalIgnoreCase), Encoding.UTF8));
        yield return (Name(stem, "nested-tables", ".html"), "html-deep-nesting", Text("<html><body>" + string.Concat(Enumerable.Repeat("<table><tr><td>", depth / 3)) + "cell</body></html>", Encoding.UTF8));
        yield return (Name(stem, "unclosed", ".html"), "truncate", Text(TagEnd().Replace(text, string.Empty), Encoding.UTF8));
        yield return (Name(stem, "huge-attribute", ".html"), "html-huge-attribute", Text(text.Replace("<body>", $"<body><p title=\"{new string('x', Scaled(20_000_000, 500_000))}\">attr</p>", StringComparison.OrdinalIgnoreCase), Encoding.UTF8));
        yield return (Name(stem, "script-only", ".html"), "empty", Text("<html><head><script>" + new string(';', 100_000) + "</script></head><body></body></html>", Encoding.UTF8));
        yield return (Name(stem, "entity-flood", ".html"), "html-entities", Text("<html><body><p>" + string.Concat(Enumerable.Repeat("&amp;&#x1F600;&#0;&#xD800;&bogus;", Scaled(200_000, 10_000))) + "</p></body></html>", Encoding.UTF8));
        yield return (Name(stem, "meta-charset-lie", ".html"), "invalid-encoding", Bytes(Encoding.Unicode.GetBytes(text.Replace("<head>", "<head><meta charset=\"utf-8\">", StringComparison.OrdinalIgnoreCase))));
    }

    private IEnumerable<(string, string, Action<string>)> CaptionMutations(string stem, string extension, byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var separator = extension == ".srt" ? ',' : '.';
        yield return (Name(stem, "negative-times", extension), "caption-timing", Text(CueTime().Replace(text, m => "-" + m.Value), Encoding.UTF8));
        yield return (Name(stem, "99999-hours", extension), "caption-timing", Text(CueTime().Replace(text, $"99999:59:59{separator}999"), Encoding.UTF8));
        yield return (Name(stem, "huge-hours", extension), "caption-timing", Text(CueTime().Replace(text, $"999999999999999:00:00{separator}000"), Encoding.UTF8));
        yield return (Name(stem, "end-before-start", extension), "caption-timing", Text(CueLine().Replace(text, m => $"{m.Groups[2].Value} --> {m.Groups[1].Value}"), Encoding.UTF8));
        yield return (Name(stem, "minutes-99", extension), "caption-timing", Text(CueTime().Replace(text, $"00:99:99{separator}9999"), Encoding.UTF8));
        yield return (Name(stem, "no-arrows", extension), "caption-timing", Text(text.Replace("-->", "->", StringComparison.Ordinal), Encoding.UTF8));
        yield return (Name(stem, "all-same-time", extension), "caption-timing", Text(CueTime().Replace(text, $"00:00:00{separator}000"), Encoding.UTF8));
        yield return (Name(stem, "many-cues", extension), "caption-many-cues", path => WriteCues(path, extension, Scaled(200_000, 10_000)));
        yield return (Name(stem, "cue-ids-huge", extension), "caption-timing", Text(CueId().Replace(text, "99999999999999999999999"), Encoding.UTF8));
    }

    /// <summary>Writes a caption file of <paramref name="cues"/> one-line cues.</summary>
    /// <param name="path">The file.</param>
    /// <param name="extension"><c>.vtt</c> or <c>.srt</c>.</param>
    /// <param name="cues">How many cues.</param>
    internal static void WriteCues(string path, string extension, int cues)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        var srt = extension == ".srt";
        if (!srt)
        {
            writer.Write("WEBVTT\n\n");
        }

        for (var i = 0; i < cues; i++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{i + 1}\n{CueStamp(i * 1000L, srt)} --> {CueStamp((i * 1000L) + 900, srt)}\nSpeaker {i % 7}: cue {i}\n\n"));
        }
    }

    private static string CueStamp(long milliseconds, bool srt) =>
        string.Create(CultureInfo.InvariantCulture, $"{milliseconds / 3_600_000:D2}:{milliseconds / 60_000 % 60:D2}:{milliseconds / 1000 % 60:D2}{(srt ? ',' : '.')}{milliseconds % 1000:D3}");

    // ---- helpers --------------------------------------------------------------------------------------------------

    private int Scaled(int full, int fast) => _full ? full : fast;

    private long Scaled(long full, long fast) => _full ? full : fast;

    private static string Name(string stem, string mutation, string extension) => $"{stem}--{mutation}{extension}";

    private static string Slug(string entry) => SlugChars().Replace(entry, "_");

    private static Action<string> Bytes(byte[] content) => path => File.WriteAllBytes(path, content);

    private static Action<string> Text(string content, Encoding encoding) => path => File.WriteAllBytes(path, encoding.GetBytes(content));

    private byte[] Flip(byte[] bytes, int flips)
    {
        var copy = (byte[])bytes.Clone();
        for (var f = 0; f < flips && copy.Length > 0; f++)
        {
            copy[_random.Next(copy.Length)] = (byte)_random.Next(256);
        }

        return copy;
    }

    private byte[] Sprinkle(byte[] bytes, byte[] insert, int times)
    {
        var list = bytes.ToList();
        for (var i = 0; i < times; i++)
        {
            list.InsertRange(_random.Next(list.Count + 1), insert);
        }

        return [.. list];
    }

    private byte[] LoneSurrogatesUtf16(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < 20 && chars.Length > 0; i++)
        {
            chars[_random.Next(chars.Length)] = (char)(i % 2 == 0 ? 0xD800 + _random.Next(0x400) : 0xDC00 + _random.Next(0x400));
        }

        var bytes = new byte[chars.Length * 2];
        for (var i = 0; i < chars.Length; i++)
        {
            bytes[2 * i] = (byte)chars[i];
            bytes[(2 * i) + 1] = (byte)(chars[i] >> 8);
        }

        return bytes;
    }

    [GeneratedRegex(@"startxref\s+\d+")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"(\d{10})( \d{5} [nf])")]
    private static partial Regex XrefEntry();

    [GeneratedRegex(@"xref\s+[\s\S]*?trailer")]
    private static partial Regex XrefTable();

    [GeneratedRegex(@"xref\s+0 \d+")]
    private static partial Regex XrefHeader();

    [GeneratedRegex(@"/Root\s+\d+\s+\d+\s+R")]
    private static partial Regex RootRef();

    [GeneratedRegex(@"/Size\s+\d+")]
    private static partial Regex SizeEntry();

    [GeneratedRegex(@"/Count\s+\d+")]
    private static partial Regex CountEntry();

    [GeneratedRegex(@"/Length\s+\d+")]
    private static partial Regex LengthEntry();

    [GeneratedRegex(@"(\d+)\s+0\s+obj\s*<<(?:(?!endobj)[\s\S])*?/Type\s*/Pages\b")]
    private static partial Regex PagesObject();

    [GeneratedRegex(@"/Kids\s*\[[^\]]*\]")]
    private static partial Regex KidsArray();

    [GeneratedRegex(@"(\d+)\s+0\s+obj\s*<<(?:(?!endobj)[\s\S])*?/Type\s*/Page\b(?:(?!endobj)[\s\S])*?/Parent\s+\d+\s+\d+\s+R")]
    private static partial Regex PageObject();

    [GeneratedRegex(@"/Parent\s+\d+\s+\d+\s+R")]
    private static partial Regex ParentRef();

    [GeneratedRegex(@"(\d+)\s+0\s+obj\s*<<[^>]*?/Length\s+\d+")]
    private static partial Regex StreamObject();

    [GeneratedRegex(@"</[a-zA-Z0-9]+>")]
    private static partial Regex TagEnd();

    [GeneratedRegex(@"\d{2}:\d{2}:\d{2}[.,]\d{3}")]
    private static partial Regex CueTime();

    [GeneratedRegex(@"(\d{2}:\d{2}:\d{2}[.,]\d{3})\s*-->\s*(\d{2}:\d{2}:\d{2}[.,]\d{3})")]
    private static partial Regex CueLine();

    [GeneratedRegex(@"(?m)^\d+$")]
    private static partial Regex CueId();

    [GeneratedRegex(@"[^A-Za-z0-9]+")]
    private static partial Regex SlugChars();
}
