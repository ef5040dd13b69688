using TranscriptMiner.Core.Model;

namespace TranscriptMiner.Core.Search;

/// <summary>One matching segment with its citation and a keyword-in-context snippet.</summary>
/// <param name="Score">The BM25 score (plus the exact-wording bonus for quoted phrases when sorted by relevance).</param>
/// <param name="Segment">The segment and its citation (title, source path, organisation, committee, meeting date, pages, agenda item, speaker, cue times, ids), as stored in the index.</param>
/// <param name="Snippet">About <see cref="SearchRequest.SnippetLength"/> characters around the best matches, matched terms wrapped in the request's markers, "…" where text was cut.</param>
public sealed record SearchHit(float Score, CitedSegment Segment, string Snippet);
