using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using F = TranscriptMiner.Core.Indexing.SegmentFieldNames;

namespace TranscriptMiner.Core.Search;

/// <summary>
/// Counts facet values over every matching document from doc values: ordinals counted per index
/// segment in arrays, resolved to strings once per segment.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly OrdinalCounter _documentKind = new(F.DocumentKind);
    private readonly OrdinalCounter _organisation = new(F.Organisation);
    private readonly OrdinalCounter _speaker = new(F.Speaker);
    private readonly Dictionary<long, int> _years = [];
    private NumericDocValues? _yearValues;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        _documentKind.NextReader(reader);
        _organisation.NextReader(reader);
        _speaker.NextReader(reader);
        _yearValues = reader.GetNumericDocValues(F.Year);
    }

    public void Collect(int doc)
    {
        _documentKind.Collect(doc);
        _organisation.Collect(doc);
        _speaker.Collect(doc);
        if (_yearValues is not null)
        {
            var year = _yearValues.Get(doc);
            if (year > 0)
            {
                _years[year] = _years.GetValueOrDefault(year) + 1;
            }
        }
    }

    public FacetCounts ToCounts() => new()
    {
        DocumentKind = _documentKind.Result(),
        Organisation = _organisation.Result(),
        Speaker = _speaker.Result(),
        Year = _years
            .OrderByDescending(p => p.Value)
            .ThenByDescending(p => p.Key)
            .Select(p => new FacetValue(p.Key.ToString(CultureInfo.InvariantCulture), p.Value))
            .ToList(),
    };

    private sealed class OrdinalCounter(string field)
    {
        private readonly Dictionary<string, int> _totals = new(StringComparer.Ordinal);
        private SortedDocValues? _values;
        private int[] _counts = [];

        public void NextReader(AtomicReader reader)
        {
            Flush();
            _values = reader.GetSortedDocValues(field);
            _counts = _values is null ? [] : new int[_values.ValueCount];
        }

        public void Collect(int doc)
        {
            if (_values is null)
            {
                return;
            }

            var ord = _values.GetOrd(doc);
            if (ord >= 0)
            {
                _counts[ord]++;
            }
        }

        public IReadOnlyList<FacetValue> Result()
        {
            Flush();
            return _totals
                .OrderByDescending(p => p.Value)
                .ThenBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
                .Select(p => new FacetValue(p.Key, p.Value))
                .ToList();
        }

        private void Flush()
        {
            if (_values is null)
            {
                return;
            }

            var bytes = new BytesRef();
            for (var ord = 0; ord < _counts.Length; ord++)
            {
                if (_counts[ord] == 0)
                {
                    continue;
                }

                _values.LookupOrd(ord, bytes);
                var value = bytes.Utf8ToString();
                if (value.Length > 0)
                {
                    _totals[value] = _totals.GetValueOrDefault(value) + _counts[ord];
                }
            }

            _values = null;
            _counts = [];
        }
    }
}
