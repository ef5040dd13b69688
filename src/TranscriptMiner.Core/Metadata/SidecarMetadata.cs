using System.Text.Json;
using TranscriptMiner.Abstractions;
using TranscriptMiner.Core.Extraction;
using TranscriptMiner.Core.Model;

namespace TranscriptMiner.Core.Metadata;

/// <summary>
/// Reads a document's metadata sidecar, <c>&lt;document&gt;.meta.json</c> (such as <c>minutes.pdf.meta.json</c>), and
/// lets the fields it sets override the inferred ones.
/// </summary>
/// <remarks>
/// The sidecar is a JSON object with optional fields <c>kind</c> ("minutes", "board-paper", "transcript", "other"),
/// <c>title</c>, <c>organisation</c>, <c>committee</c>, <c>meetingDate</c> (ISO or a UK date), <c>author</c>, and
/// <c>present</c>, <c>inAttendance</c>, <c>apologies</c> (arrays of "Name (Role)" strings or { "name", "role" } objects).
/// Field names are matched case-insensitively; unknown fields and null values are ignored.
/// </remarks>
public sealed class SidecarMetadata
{
    /// <summary>The suffix appended to a document's path to find its sidecar.</summary>
    public const string Suffix = ".meta.json";

    private const long MaxSidecarBytes = 1024 * 1024;

    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 16,
    };

    /// <summary>Applies the sidecar of <paramref name="documentPath"/>, if it has one, to <paramref name="inferred"/>.</summary>
    /// <param name="inferred">The metadata inferred from the document.</param>
    /// <param name="documentPath">The document's path; the sidecar is <c>documentPath + ".meta.json"</c>.</param>
    /// <returns>The inferred metadata with the sidecar's fields set and listed in <see cref="DocumentMetadata.OverriddenFields"/>;
    /// <paramref name="inferred"/> itself when there is no sidecar.</returns>
    /// <exception cref="DocumentFailedException">The sidecar is malformed (kind corrupt) or cannot be read (kind unreadable).</exception>
    public DocumentMetadata ApplySidecar(DocumentMetadata inferred, string documentPath)
    {
        ArgumentNullException.ThrowIfNull(inferred);
        ArgumentException.ThrowIfNullOrEmpty(documentPath);
        var sidecarPath = documentPath + Suffix;
        if (!File.Exists(sidecarPath))
        {
            return inferred;
        }

        byte[] bytes;
        try
        {
            var info = new FileInfo(sidecarPath);
            if (info.Length > MaxSidecarBytes)
            {
                throw Invalid(sidecarPath, $"the file is larger than {MaxSidecarBytes / 1024} KB");
            }

            bytes = File.ReadAllBytes(sidecarPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DocumentFailedException(sidecarPath, ExtractionFailureKind.Unreadable, $"metadata sidecar cannot be read: {ex.Message}", innerException: ex);
        }

        try
        {
            ReadOnlyMemory<byte> content = bytes;
            if (content.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                content = content[3..];
            }

            using var json = JsonDocument.Parse(content, JsonOptions);
            return Apply(inferred, json.RootElement, sidecarPath);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, position {(ex.BytePositionInLine ?? 0) + 1})" : string.Empty;
            throw Invalid(sidecarPath, FirstSentence(ex.Message) + where, ex);
        }
    }

    private static DocumentMetadata Apply(DocumentMetadata inferred, JsonElement root, string path)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(path, $"expected a JSON object at the top level, found {root.ValueKind.ToString().ToLowerInvariant()}");
        }

        var result = inferred;
        var overridden = new List<string>(inferred.OverriddenFields);
        foreach (var property in root.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            var field = property.Name.ToUpperInvariant() switch
            {
                "KIND" => "kind",
                "TITLE" => "title",
                "ORGANISATION" or "ORGANIZATION" => "organisation",
                "COMMITTEE" => "committee",
                "MEETINGDATE" or "DATE" => "meetingDate",
                "AUTHOR" => "author",
                "PRESENT" => "present",
                "INATTENDANCE" => "inAttendance",
                "APOLOGIES" => "apologies",
                _ => null,
            };
            if (field is null)
            {
                continue;
            }

            var value = property.Value;
            result = field switch
            {
                "kind" => result with { Kind = ParseKind(ReadString(value, field, path), path) },
                "title" => result with { Title = ReadString(value, field, path) },
                "organisation" => result with { Organisation = ReadString(value, field, path) },
                "committee" => result with { Committee = ReadString(value, field, path) },
                "meetingDate" => result with { MeetingDate = ParseDate(ReadString(value, field, path), path) },
                "author" => result with { Author = ReadString(value, field, path) },
                "present" => result with { Present = ReadParticipants(value, field, path) },
                "inAttendance" => result with { InAttendance = ReadParticipants(value, field, path) },
                _ => result with { Apologies = ReadParticipants(value, field, path) },
            };
            if (!overridden.Contains(field))
            {
                overridden.Add(field);
            }
        }

        return result with { OverriddenFields = overridden };
    }

    private static string ReadString(JsonElement value, string field, string path)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw Invalid(path, $"field '{field}' must be a string, found {value.ValueKind.ToString().ToLowerInvariant()}");
        }

        return value.GetString()!.Trim();
    }

    private static DocumentKind ParseKind(string text, string path) => text.ToUpperInvariant().Replace("_", "-", StringComparison.Ordinal).Replace(" ", "-", StringComparison.Ordinal) switch
    {
        "MINUTES" => DocumentKind.Minutes,
        "BOARD-PAPER" or "BOARDPAPER" or "PAPER" => DocumentKind.BoardPaper,
        "TRANSCRIPT" => DocumentKind.Transcript,
        "OTHER" => DocumentKind.Other,
        _ => throw Invalid(path, $"field 'kind' must be one of minutes, board-paper, transcript, other; found '{text}'"),
    };

    private static DateOnly ParseDate(string text, string path) =>
        UkDateParser.TryParse(text, out var date)
            ? date
            : throw Invalid(path, $"field 'meetingDate' is not a valid date: '{text}' (use 2021-03-14 or 14 March 2021)");

    private static Participant[] ReadParticipants(JsonElement value, string field, string path)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Invalid(path, $"field '{field}' must be an array, found {value.ValueKind.ToString().ToLowerInvariant()}");
        }

        var result = new List<Participant>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            switch (item.ValueKind)
            {
                case JsonValueKind.String:
                    var participant = ParseParticipant(item.GetString()!);
                    if (participant is not null)
                    {
                        result.Add(participant);
                    }

                    break;
                case JsonValueKind.Object:
                    string? name = null;
                    string? role = null;
                    foreach (var member in item.EnumerateObject())
                    {
                        if (member.Value.ValueKind == JsonValueKind.Null)
                        {
                            continue;
                        }

                        if (member.NameEquals("name") || member.Name.Equals("name", StringComparison.OrdinalIgnoreCase))
                        {
                            name = ReadString(member.Value, $"{field}[{index}].name", path);
                        }
                        else if (member.Name.Equals("role", StringComparison.OrdinalIgnoreCase))
                        {
                            role = ReadString(member.Value, $"{field}[{index}].role", path);
                        }
                    }

                    if (string.IsNullOrWhiteSpace(name))
                    {
                        throw Invalid(path, $"field '{field}[{index}]' has no name");
                    }

                    result.Add(new Participant(name, string.IsNullOrWhiteSpace(role) ? null : role));
                    break;
                default:
                    throw Invalid(path, $"field '{field}[{index}]' must be a string or an object with name and role");
            }

            index++;
        }

        return [.. result];
    }

    private static Participant? ParseParticipant(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        var open = trimmed.LastIndexOf('(');
        if (open > 0 && trimmed.EndsWith(')'))
        {
            var role = trimmed[(open + 1)..^1].Trim();
            return new Participant(trimmed[..open].Trim(), role.Length == 0 ? null : role);
        }

        return new Participant(trimmed);
    }

    private static string FirstSentence(string message)
    {
        foreach (var marker in new[] { " Path:", " LineNumber:" })
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }

        return message.TrimEnd('.', ' ', '|');
    }

    private static DocumentFailedException Invalid(string path, string reason, Exception? inner = null) =>
        new(path, ExtractionFailureKind.Corrupt, "invalid metadata sidecar: " + reason, innerException: inner);
}
