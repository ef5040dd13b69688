using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Util;

namespace TranscriptMiner.Core.Indexing;

/// <summary>
/// The analyzer for every segment field. English fields (<see cref="SegmentFieldNames.Text"/>, titles,
/// headings): <see cref="SegmentTokenizer"/>, possessive "'s" removed, lower case, English stop words,
/// Porter stemming. <see cref="SegmentFieldNames.TextExact"/>: the same tokenizer and lower case only.
/// Keyword fields: the whole value, lower case. <see cref="SynonymKeyField"/> (not indexed) is used to
/// match synonyms: tokenizer, possessive removed, lower case.
/// </summary>
internal sealed class SegmentAnalyzer : Analyzer
{
    /// <summary>The pseudo field whose analysis is used to match query text against synonym variants.</summary>
    public const string SynonymKeyField = "__synonym";

    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public SegmentAnalyzer()
        : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        switch (fieldName)
        {
            case SegmentFieldNames.TextExact:
            {
                var source = new SegmentTokenizer(reader);
                return new TokenStreamComponents(source, new LowerCaseFilter(Version, source));
            }

            case SynonymKeyField:
            {
                var source = new SegmentTokenizer(reader);
                TokenStream stream = new EnglishPossessiveFilter(Version, source);
                return new TokenStreamComponents(source, new LowerCaseFilter(Version, stream));
            }

            case SegmentFieldNames.Text:
            case SegmentFieldNames.Title:
            case SegmentFieldNames.AgendaTitle:
            case SegmentFieldNames.HeadingPath:
            {
                var source = new SegmentTokenizer(reader);
                TokenStream stream = new EnglishPossessiveFilter(Version, source);
                stream = new LowerCaseFilter(Version, stream);
                stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
                stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }

            default:
            {
                var source = new KeywordTokenizer(reader);
                return new TokenStreamComponents(source, new LowerCaseFilter(Version, source));
            }
        }
    }
}
