using System.Text;
using TranscriptMiner.Abstractions;
using TranscriptMiner.Core.Metadata;
using TranscriptMiner.Core.Model;
using TranscriptMiner.Core.Segmentation;

namespace TranscriptMiner.Core.Tests.Segmentation;

public sealed class RandomDocumentTests
{
    private static readonly string[] Fragments =
    [
        "Interviewer:", "P12:", "[00:01:02]", "Dr. Smith", "e.g.", "1.", "4.2", "Item 7", "PCCC/21/045", "Present:", "Apologies:",
        "The", "committee", "noted", "the", "report.", "Why?", "Yes!", "\u00a0", "\t", "\r\n", "  ", "Cafe\u0301", "\U0001F600",
        "\uD800", "A&E", "GP", "—", "•", "(a)", "Action log", "minutes", "NHS Norchester CCG", "14/03/2021", "x", "",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Segment_RandomDocuments_KeepOffsetsExactAndLimitsForEveryKind(int seed)
    {
        var random = new Random(seed);
        var document = RandomDocument(random);
        var options = new SegmentationOptions { MaxWords = random.Next(5, 60), MinWords = random.Next(0, 8) };

        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            var result = new DocumentSegmenter(options).Segment(document, kind);

            var previousEnd = 0;
            for (var i = 0; i < result.Segments.Count; i++)
            {
                var segment = result.Segments[i];
                Assert.Equal(i, segment.Ordinal);
                Assert.True(segment.Start >= previousEnd && segment.End > segment.Start);
                Assert.Equal(segment.Text, result.PlainText[segment.Start..segment.End]);
                Assert.True(Words(segment.Text) <= options.MaxWords, $"{kind}: segment {i} has {Words(segment.Text)} words");
                Assert.True(segment.PageStart <= segment.PageEnd);
                previousEnd = segment.End;
            }
        }

        // Inference never throws on the same input either.
        _ = new MetadataInferrer().Infer(document, "random.bin");
    }

    private static int Words(string text) => text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;

    private static ExtractedDocument RandomDocument(Random random)
    {
        var blocks = new List<ExtractedBlock>();
        var page = 1;
        var count = random.Next(1, 80);
        for (var i = 0; i < count; i++)
        {
            var text = RandomText(random, random.Next(0, random.Next(2) == 0 ? 8 : 120));
            var block = random.Next(9) switch
            {
                0 => ExtractedBlock.Heading(text, random.Next(1, 4), page),
                1 => ExtractedBlock.ListItem(text, random.Next(3) switch { 0 => "•", 1 => "(a)", _ => $"{random.Next(1, 9)}.{random.Next(1, 5)}" }, page: page),
                2 => ExtractedBlock.TableRow([RandomText(random, 3), RandomText(random, random.Next(1, 30)), RandomText(random, 2)], page, random.Next(4) == 0),
                3 => ExtractedBlock.CaptionCue(text, TimeSpan.FromSeconds(i), random.Next(2) == 0 ? null : TimeSpan.FromSeconds(i + 1), random.Next(3) == 0 ? null : "Speaker " + random.Next(3)),
                4 => ExtractedBlock.PageBreak(++page),
                5 => ExtractedBlock.Paragraph(text, page) with { IsNote = true },
                6 => ExtractedBlock.Paragraph(text, page) with { Style = new StyleHints { BoldPrefixLength = random.Next(0, 20), Bold = random.Next(2) == 0 } },
                _ => ExtractedBlock.Paragraph(text, page),
            };
            blocks.Add(block);
        }

        return new ExtractedDocument(blocks, new DocumentProperties { Title = random.Next(2) == 0 ? null : RandomText(random, 5) });
    }

    private static string RandomText(Random random, int words)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            builder.Append(Fragments[random.Next(Fragments.Length)]);
            builder.Append(random.Next(10) == 0 ? string.Empty : " ");
        }

        return builder.ToString();
    }
}
