using System.Globalization;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using F = TranscriptMiner.Core.Indexing.SegmentFieldNames;

namespace TranscriptMiner.Core.Search;

/// <summary>
/// Counts facet values over every matching document. Each index segment's doc values are decoded once
/// into plain ordinal arrays (cached per segment core, so they survive NRT reopens and deletes), making
/// a collected document four array increments.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private const int FirstYear = 1900;
    private const int YearCount = 300;
    private static readonly ConditionalWeakTable<object, LeafFacets> Cache = [];

    private readonly Dictionary<string, int> _documentKinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _organisations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _speakers = new(StringComparer.Ordinal);
    private readonly int[] _years = new int[YearCount];
    private LeafFacets? _leaf;
    private int[] _kindCounts = [];
    private int[] _organisationCounts = [];
    private int[] _speakerCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var reader = context.AtomicReader;
        _leaf = Cache.GetValue(reader.CoreCacheKey, _ => LeafFacets.Load(reader));
        _kindCounts = new int[_leaf.DocumentKind.Values.Length];
        _organisationCounts = new int[_leaf.Organisation.Values.Length];
        _speakerCounts = new int[_leaf.Speaker.Values.Length];
    }

    public void Collect(int doc)
    {
        var leaf = _leaf!;
        var ord = leaf.DocumentKind.Ords[doc];
        if (ord >= 0)
        {
            _kindCounts[ord]++;
        }

        ord = leaf.Organisation.Ords[doc];
        if (ord >= 0)
        {
            _organisationCounts[ord]++;
        }

        ord = leaf.Speaker.Ords[doc];
        if (ord >= 0)
        {
            _speakerCounts[ord]++;
        }

        var year = leaf.YearIndexes[doc];
        if (year >= 0)
        {
            _years[year]++;
        }
    }

    public FacetCounts ToCounts()
    {
        Flush();
        var years = new List<FacetValue>();
        for (var i = 0; i < YearCount; i++)
        {
            if (_years[i] > 0)
            {
                years.Add(new FacetValue((FirstYear + i).ToString(CultureInfo.InvariantCulture), _years[i]));
            }
        }

        return new FacetCounts
        {
            DocumentKind = Sorted(_documentKinds),
            Organisation = Sorted(_organisations),
            Speaker = Sorted(_speakers),
            Year = [.. years.OrderByDescending(v => v.Count).ThenByDescending(v => v.Value, StringComparer.Ordinal)],
        };
    }

    private static List<FacetValue> Sorted(Dictionary<string, int> totals) =>
        [.. totals.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.OrdinalIgnoreCase).Select(p => new FacetValue(p.Key, p.Value))];

    private static void Add(Dictionary<string, int> totals, Ordinals ordinals, int[] counts)
    {
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] > 0 && ordinals.Values[ord].Length > 0)
            {
                totals[ordinals.Values[ord]] = totals.GetValueOrDefault(ordinals.Values[ord]) + counts[ord];
            }
        }
    }

    private void Flush()
    {
        if (_leaf is null)
        {
            return;
        }

        Add(_documentKinds, _leaf.DocumentKind, _kindCounts);
        Add(_organisations, _leaf.Organisation, _organisationCounts);
        Add(_speakers, _leaf.Speaker, _speakerCounts);
        _leaf = null;
    }

    private sealed record Ordinals(int[] Ords, string[] Values)
    {
        public static Ordinals Load(AtomicReader reader, string field)
        {
            var values = reader.GetSortedDocValues(field);
            var ords = new int[reader.MaxDoc];
            if (values is null)
            {
                Array.Fill(ords, -1);
                return new Ordinals(ords, []);
            }

            for (var doc = 0; doc < ords.Length; doc++)
            {
                ords[doc] = values.GetOrd(doc);
            }

            var names = new string[values.ValueCount];
            var bytes = new BytesRef();
            for (var ord = 0; ord < names.Length; ord++)
            {
                values.LookupOrd(ord, bytes);
                names[ord] = bytes.Utf8ToString();
            }

            return new Ordinals(ords, names);
        }
    }

    private sealed record LeafFacets(Ordinals DocumentKind, Ordinals Organisation, Ordinals Speaker, short[] YearIndexes)
    {
        public static LeafFacets Load(AtomicReader reader)
        {
            var years = new short[reader.MaxDoc];
            var values = reader.GetNumericDocValues(F.Year);
            for (var doc = 0; doc < years.Length; doc++)
            {
                var year = values?.Get(doc) ?? 0;
                years[doc] = year is >= FirstYear and < FirstYear + YearCount ? (short)(year - FirstYear) : (short)-1;
            }

            return new LeafFacets(
                Ordinals.Load(reader, F.DocumentKind),
                Ordinals.Load(reader, F.Organisation),
                Ordinals.Load(reader, F.Speaker),
                years);
        }
    }
}
