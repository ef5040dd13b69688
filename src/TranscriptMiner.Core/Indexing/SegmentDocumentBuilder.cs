using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using TranscriptMiner.Core.Model;
using F = TranscriptMiner.Core.Indexing.SegmentFieldNames;

namespace TranscriptMiner.Core.Indexing;

/// <summary>
/// Turns a <see cref="CitedSegment"/> into a Lucene document. One builder reuses one document and its
/// field instances, so a builder belongs to one thread and each built document must be handed to the
/// writer before the next is built. Every field is always present (empty or -1 when unknown) so that
/// the field set never changes between documents.
/// </summary>
internal sealed class SegmentDocumentBuilder
{
    internal const char HeadingSeparator = '\u001F';

    private readonly Document _document = [];
    private readonly StringField _segmentId = new(F.SegmentId, string.Empty, Field.Store.YES);
    private readonly NumericDocValuesField _segmentIdValues = new(F.SegmentId, 0L);
    private readonly StringField _documentId = new(F.DocumentId, string.Empty, Field.Store.YES);
    private readonly StoredField _versionId = new(F.VersionId, 0L);
    private readonly StoredField _ordinal = new(F.Ordinal, 0);
    private readonly Field _text = new(F.Text, string.Empty, TextField.TYPE_STORED);
    private readonly Field _textExact = new(F.TextExact, string.Empty, TextField.TYPE_NOT_STORED);
    private readonly StringField _kind = new(F.Kind, string.Empty, Field.Store.YES);
    private readonly StringField _documentKind = new(F.DocumentKind, string.Empty, Field.Store.YES);
    private readonly SortedDocValuesField _documentKindValues = new(F.DocumentKind, new BytesRef());
    private readonly KeywordFields _organisation = new(F.Organisation, facet: true);
    private readonly KeywordFields _committee = new(F.Committee, facet: false);
    private readonly KeywordFields _speaker = new(F.Speaker, facet: true);
    private readonly KeywordFields _agendaNumber = new(F.AgendaNumber, facet: false);
    private readonly Int32Field _meetingDate = new(F.MeetingDate, 0, Field.Store.YES);
    private readonly NumericDocValuesField _meetingDateValues = new(F.MeetingDate, 0L);
    private readonly StringField _year = new(F.Year, string.Empty, Field.Store.NO);
    private readonly NumericDocValuesField _yearValues = new(F.Year, 0L);
    private readonly Field _agendaTitle = new(F.AgendaTitle, string.Empty, TextField.TYPE_STORED);
    private readonly StoredField _pageStart = new(F.PageStart, 0);
    private readonly StoredField _pageEnd = new(F.PageEnd, 0);
    private readonly Field _headingPath = new(F.HeadingPath, string.Empty, TextField.TYPE_STORED);
    private readonly StoredField _cueStart = new(F.CueStartMs, 0L);
    private readonly StoredField _cueEnd = new(F.CueEndMs, 0L);
    private readonly StoredField _start = new(F.StartOffset, 0);
    private readonly StoredField _end = new(F.EndOffset, 0);
    private readonly StoredField _sourcePath = new(F.SourcePath, string.Empty);
    private readonly Field _title = new(F.Title, string.Empty, TextField.TYPE_STORED);
    private readonly StoredField _contentHash = new(F.ContentHash, string.Empty);

    public SegmentDocumentBuilder()
    {
        _document.Add(_segmentId);
        _document.Add(_segmentIdValues);
        _document.Add(_documentId);
        _document.Add(_versionId);
        _document.Add(_ordinal);
        _document.Add(_text);
        _document.Add(_textExact);
        _document.Add(_kind);
        _document.Add(_documentKind);
        _document.Add(_documentKindValues);
        _organisation.AddTo(_document);
        _committee.AddTo(_document);
        _speaker.AddTo(_document);
        _agendaNumber.AddTo(_document);
        _document.Add(_meetingDate);
        _document.Add(_meetingDateValues);
        _document.Add(_year);
        _document.Add(_yearValues);
        _document.Add(_agendaTitle);
        _document.Add(_pageStart);
        _document.Add(_pageEnd);
        _document.Add(_headingPath);
        _document.Add(_cueStart);
        _document.Add(_cueEnd);
        _document.Add(_start);
        _document.Add(_end);
        _document.Add(_sourcePath);
        _document.Add(_title);
        _document.Add(_contentHash);
    }

    public static int EncodeDate(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    public static DateOnly? DecodeDate(int value) =>
        value <= 0 ? null : new DateOnly(value / 10000, value / 100 % 100, value % 100);

    public static string IdTerm(long id) => id.ToString(CultureInfo.InvariantCulture);

    public Document Build(CitedSegment cited)
    {
        var segment = cited.Segment;
        _segmentId.SetStringValue(IdTerm(cited.SegmentId));
        _segmentIdValues.SetInt64Value(cited.SegmentId);
        _documentId.SetStringValue(IdTerm(cited.DocumentId));
        _versionId.SetInt64Value(cited.VersionId);
        _ordinal.SetInt32Value(segment.Ordinal);
        _text.SetStringValue(segment.Text);
        _textExact.SetStringValue(segment.Text);
        _kind.SetStringValue(segment.Kind.ToString().ToLowerInvariant());
        var documentKind = cited.DocumentKind.ToString();
        _documentKind.SetStringValue(documentKind.ToLowerInvariant());
        _documentKindValues.SetBytesValue(new BytesRef(documentKind));
        _organisation.Set(cited.Organisation);
        _committee.Set(cited.Committee);
        _speaker.Set(segment.Speaker);
        _agendaNumber.Set(segment.AgendaItemNumber);
        var date = cited.MeetingDate is { } d ? EncodeDate(d) : 0;
        _meetingDate.SetInt32Value(date);
        _meetingDateValues.SetInt64Value(date);
        _year.SetStringValue(cited.MeetingDate is { } y ? y.Year.ToString(CultureInfo.InvariantCulture) : string.Empty);
        _yearValues.SetInt64Value(cited.MeetingDate?.Year ?? 0);
        _agendaTitle.SetStringValue(segment.AgendaItemTitle ?? string.Empty);
        _pageStart.SetInt32Value(segment.PageStart);
        _pageEnd.SetInt32Value(segment.PageEnd);
        _headingPath.SetStringValue(string.Join(HeadingSeparator, segment.HeadingPath));
        _cueStart.SetInt64Value(segment.CueStart is { } cs ? (long)cs.TotalMilliseconds : -1L);
        _cueEnd.SetInt64Value(segment.CueEnd is { } ce ? (long)ce.TotalMilliseconds : -1L);
        _start.SetInt32Value(segment.Start);
        _end.SetInt32Value(segment.End);
        _sourcePath.SetStringValue(cited.SourcePath);
        _title.SetStringValue(cited.DocumentTitle ?? string.Empty);
        _contentHash.SetStringValue(cited.ContentHash);
        return _document;
    }

    /// <summary>A keyword matched case-insensitively, stored as written and optionally faceted.</summary>
    private sealed class KeywordFields(string name, bool facet)
    {
        private readonly StringField _indexed = new(name, string.Empty, Field.Store.NO);
        private readonly StoredField _stored = new(name, string.Empty);
        private readonly SortedDocValuesField? _facet = facet ? new SortedDocValuesField(name, new BytesRef()) : null;

        public void AddTo(Document document)
        {
            document.Add(_indexed);
            document.Add(_stored);
            if (_facet is not null)
            {
                document.Add(_facet);
            }
        }

        public void Set(string? value)
        {
            var text = value?.Trim() ?? string.Empty;
            _indexed.SetStringValue(text.ToLowerInvariant());
            _stored.SetStringValue(text);
            _facet?.SetBytesValue(new BytesRef(text));
        }
    }
}
