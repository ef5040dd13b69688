using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using TranscriptMiner.Core.Indexing;
using F = TranscriptMiner.Core.Indexing.SegmentFieldNames;

namespace TranscriptMiner.Core.Search;

/// <summary>
/// Lucene's classic query parser with three additions. (1) Synonyms: the text of a term or a quoted
/// phrase that matches a synonym variant becomes an OR of the variants, multi-word variants as
/// phrases (with the same slop). The classic parser splits unquoted text on spaces before analysis,
/// so a multi-word variant is recognised only inside quotes ("emergency department" finds A&amp;E,
/// unquoted emergency department does not); a one-word variant (A&amp;E, GP) works either way.
/// (2) A quoted phrase on the default field matches on the stemmed <c>text</c>; its exact-wording
/// version on <c>text_exact</c> is kept in <see cref="ExactPhrases"/> to rescore the top hits. (3) <c>meeting_date:[2023-01-01 TO 2023-12-31]</c>
/// and <c>meeting_date:2023-05-04</c> become numeric queries. Not thread-safe: one per search.
/// </summary>
internal sealed class SegmentQueryParser : QueryParser
{
    private readonly SynonymTable _synonyms;

    public SegmentQueryParser(Analyzer analyzer, SynonymTable synonyms)
        : base(SegmentAnalyzer.Version, F.Text, analyzer)
    {
        _synonyms = synonyms;
        AutoGeneratePhraseQueries = true;
        AllowLeadingWildcard = false;
        LowercaseExpandedTerms = true;
    }

    /// <summary>
    /// Gets the exact-wording (<c>text_exact</c>) versions of the quoted phrases on the default field,
    /// for rescoring the top hits: exact wording ranks first without doubling the phrase work on every match.
    /// </summary>
    public List<Query> ExactPhrases { get; } = [];

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (field == F.Text && quoted)
        {
            var stemmed = Expand(F.Text, queryText, quoted: true);
            var exact = Expand(F.TextExact, queryText, quoted: true);
            if (stemmed is null)
            {
                // only stop words ("to be or not to be"): the exact field is the only one that can match
                return exact!;
            }

            if (exact is not null)
            {
                ExactPhrases.Add(exact);
            }

            return stemmed;
        }

        if (field is F.Text or F.TextExact or F.Title or F.AgendaTitle or F.HeadingPath)
        {
            return Expand(field, queryText, quoted)!;
        }

        if (field == F.MeetingDate)
        {
            var date = ParseDate(queryText);
            return NumericRangeQuery.NewInt32Range(F.MeetingDate, date, date, true, true);
        }

        return base.GetFieldQuery(field, queryText, quoted);
    }

    protected override Query GetFieldQuery(string field, string queryText, int slop)
    {
        var before = ExactPhrases.Count;
        var query = GetFieldQuery(field, queryText, quoted: true);
        ApplySlop(query, slop);
        for (var i = before; i < ExactPhrases.Count; i++)
        {
            ApplySlop(ExactPhrases[i], slop);
        }

        return query;
    }

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        if (field != F.MeetingDate)
        {
            return base.GetRangeQuery(field, part1, part2, startInclusive, endInclusive);
        }

        int? low = part1 is null or "*" ? null : ParseDate(part1);
        int? high = part2 is null or "*" ? null : ParseDate(part2);
        return NumericRangeQuery.NewInt32Range(F.MeetingDate, low, high, startInclusive, endInclusive);
    }

    private static void ApplySlop(Query? query, int slop)
    {
        switch (query)
        {
            case PhraseQuery phrase:
                phrase.Slop = slop;
                break;
            case MultiPhraseQuery multi:
                multi.Slop = slop;
                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                {
                    ApplySlop(clause.Query, slop);
                }

                break;
        }
    }

    private static int ParseDate(string text)
    {
        string[] formats = ["yyyy-MM-dd", "yyyyMMdd"];
        if (DateOnly.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return SegmentDocumentBuilder.EncodeDate(date);
        }

        throw new ParseException($"'{text}' is not a date (use yyyy-mm-dd)");
    }

    private Query? Expand(string field, string queryText, bool quoted)
    {
        var alternatives = _synonyms.Expand(queryText);
        if (alternatives is null)
        {
            return base.GetFieldQuery(field, queryText, quoted);
        }

        var any = new BooleanQuery(disableCoord: true);
        var own = base.GetFieldQuery(field, queryText, quoted);
        if (own is not null)
        {
            any.Add(own, Occur.SHOULD);
        }

        foreach (var alternative in alternatives.Skip(1))
        {
            var query = base.GetFieldQuery(field, string.Join(' ', alternative), quoted || alternative.Length > 1);
            if (query is not null)
            {
                any.Add(query, Occur.SHOULD);
            }
        }

        return any.Clauses.Count switch
        {
            0 => null,
            1 => any.Clauses[0].Query,
            _ => any,
        };
    }
}
