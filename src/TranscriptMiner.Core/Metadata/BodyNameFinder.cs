using System.Text.RegularExpressions;

namespace TranscriptMiner.Core.Metadata;

/// <summary>
/// Finds organisation and committee names in title-like text: a known ending ("Integrated Care Board", "CCG",
/// "NHS Foundation Trust", "Council", "Committee", "Governing Body" ...) extended to the left over capitalised words,
/// "and" and "&amp;", stopping at words such as "Minutes", "Meeting" or "of".
/// </summary>
internal static partial class BodyNameFinder
{
    private const int MaxNameWords = 7;

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "minutes", "minute", "meeting", "meetings", "notes", "note", "agenda", "of", "the", "a", "an", "held", "on", "at",
        "in", "public", "private", "extraordinary", "part", "draft", "approved", "unconfirmed", "confirmed", "annual",
        "joint", "for", "to", "from", "by", "with", "report", "paper", "papers", "date", "venue", "time", "official",
        "sensitive", "this", "our", "their", "its", "title", "subject", "present", "virtual", "via", "teams", "zoom",
    };

    /// <summary>Finds the first organisation name in <paramref name="text"/>.</summary>
    public static NameSpan? FindOrganisation(string text)
    {
        foreach (Match suffix in OrganisationSuffix().Matches(text))
        {
            if (Extend(text, suffix, allowEmpty: false, stopAt: 0) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>Finds the first committee name in <paramref name="text"/> that is not part of an organisation's name.</summary>
    public static NameSpan? FindCommittee(string text)
    {
        var organisations = new List<NameSpan>();
        foreach (Match suffix in OrganisationSuffix().Matches(text))
        {
            organisations.Add(Extend(text, suffix, allowEmpty: true, stopAt: 0)!.Value);
        }

        foreach (Match suffix in CommitteeSuffix().Matches(text))
        {
            if (organisations.Any(o => suffix.Index < o.End && suffix.Index + suffix.Length > o.Index))
            {
                continue;
            }

            var stopAt = organisations.Where(o => o.End <= suffix.Index).Select(o => o.End).DefaultIfEmpty(0).Max();
            if (Extend(text, suffix, allowEmpty: true, stopAt) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    private static NameSpan? Extend(string text, Match suffix, bool allowEmpty, int stopAt)
    {
        var start = suffix.Index;
        var words = 0;
        var position = suffix.Index;
        while (words < MaxNameWords)
        {
            var end = position;
            while (end > stopAt && text[end - 1] == ' ')
            {
                end--;
            }

            if (end == position || end <= stopAt)
            {
                break;
            }

            var wordStart = end;
            while (wordStart > stopAt && !char.IsWhiteSpace(text[wordStart - 1]))
            {
                wordStart--;
            }

            if (wordStart == end)
            {
                break;
            }

            var word = text[wordStart..end];
            var connector = word is "and" or "&";
            if (!connector && (StopWords.Contains(word) || !char.IsUpper(word[0]) || !word.All(c => char.IsLetterOrDigit(c) || c is '-' or '\'' or '’' or '.')))
            {
                break;
            }

            position = wordStart;
            words++;
            if (!connector)
            {
                start = wordStart;
            }
        }

        if (start == suffix.Index && !allowEmpty)
        {
            return null;
        }

        var name = text[start..(suffix.Index + suffix.Length)];
        return new NameSpan(name, start, name.Length);
    }

    [GeneratedRegex(@"\b(?:Integrated\s+Care\s+Board|Clinical\s+Commissioning\s+Group|CCG|ICB|NHS\s+Foundation\s+Trust|Foundation\s+Trust|NHS\s+Trust|Primary\s+Care\s+Network|PCN|County\s+Council|Borough\s+Council|City\s+Council|District\s+Council|Council(?!\s+of\s+Governors)|University\s+Health\s+Board|Health\s+Board|Health\s+and\s+Care\s+Partnership|Integrated\s+Care\s+System|ICS)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OrganisationSuffix();

    [GeneratedRegex(@"\b(?:Sub-Committee|Sub-committee|Subcommittee|Committee|Governing\s+Body|Group|Board(?:\s+of\s+(?:Directors|Governors|Trustees|Management))?|Council\s+of\s+Governors|Panel|Forum|Partnership|Assembly|Cabinet)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CommitteeSuffix();
}
