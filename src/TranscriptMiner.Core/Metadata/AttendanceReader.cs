using System.Text.RegularExpressions;
using TranscriptMiner.Abstractions;
using TranscriptMiner.Core.Model;
using TranscriptMiner.Core.Segmentation;

namespace TranscriptMiner.Core.Metadata;

/// <summary>
/// Reads the attendance record of minutes into Present, In attendance and Apologies lists: one person per line
/// ("Dr Jane Okafor, Chair", "Dr Jane Okafor (Chair)", "Jane Okafor – Chief Finance Officer"), table rows
/// [name, role], or lists on one line ("Present: A (Chair), B (Director of Finance)").
/// </summary>
internal sealed partial class AttendanceReader
{
    private static readonly string[] RoleWords =
    [
        "chair", "director", "officer", "manager", "lead", "member", "nurse", "secretary", "clinical", "head", "chief",
        "lay", "accountable", "gp", "deputy", "vice", "representative", "governance", "finance", "commissioning",
        "executive", "advisor", "adviser", "pharmacist", "consultant", "practitioner", "partner", "observer", "minutes",
        "minute-taker", "administrator", "coordinator", "co-ordinator", "healthwatch", "public health", "lmc", "ccg",
        "icb", "board", "officer", "treasurer", "president", "councillor", "analyst", "controller", "assistant",
    ];

    private readonly List<Participant> _present = [];
    private readonly List<Participant> _inAttendance = [];
    private readonly List<Participant> _apologies = [];

    public IReadOnlyList<Participant> Present => _present;

    public IReadOnlyList<Participant> InAttendance => _inAttendance;

    public IReadOnlyList<Participant> Apologies => _apologies;

    /// <summary>Reads the attendance record from the blocks (normalised texts given alongside).</summary>
    public void Read(IReadOnlyList<(ExtractedBlock Block, string Text)> blocks)
    {
        List<Participant>? list = null;
        var seenAny = false;
        foreach (var (block, text) in blocks)
        {
            var kind = AttendanceMarkers.Match(text, out var rest);
            if (kind != AttendanceMarkers.ListKind.None && block.Kind != BlockKind.TableRow)
            {
                list = kind switch
                {
                    AttendanceMarkers.ListKind.InAttendance => _inAttendance,
                    AttendanceMarkers.ListKind.Apologies => _apologies,
                    _ => _present,
                };
                seenAny = true;
                if (rest.Length > 0)
                {
                    AddLine(list, rest, inline: true);
                }

                continue;
            }

            if (list is null)
            {
                continue;
            }

            if (block.Kind == BlockKind.TableRow)
            {
                if (!AddRow(list, block))
                {
                    // A row that opens a list ("Present" | "Jane Okafor" | "Chair") switches lists.
                    var first = block.Cells.Count > 0 ? TextNormalizer.Normalize(block.Cells[0]) : string.Empty;
                    var rowKind = AttendanceMarkers.Match(first, out _);
                    if (rowKind != AttendanceMarkers.ListKind.None)
                    {
                        list = rowKind switch
                        {
                            AttendanceMarkers.ListKind.InAttendance => _inAttendance,
                            AttendanceMarkers.ListKind.Apologies => _apologies,
                            _ => _present,
                        };
                        AddRow(list, block, skipFirst: true);
                    }
                }

                continue;
            }

            if (block.Kind == BlockKind.Heading || LooksLikeAgendaItem(block, text) || text.Split(' ').Length > 16)
            {
                if (seenAny)
                {
                    list = null;
                }

                continue;
            }

            AddLine(list, text, inline: false);
        }
    }

    private static bool LooksLikeAgendaItem(ExtractedBlock block, string text)
    {
        var unit = new TextUnit(block, text, 0, 0, text.Split(' ').Length);
        return AgendaItemParser.Parse(unit) is not null;
    }

    private static bool AddRow(List<Participant> list, ExtractedBlock row, bool skipFirst = false)
    {
        var cells = row.Cells.Select(TextNormalizer.Normalize).Where(c => c.Length > 0).Skip(skipFirst ? 1 : 0).ToArray();
        if (cells.Length == 0 || row.IsHeaderRow || IsHeaderCell(cells[0]))
        {
            return skipFirst;
        }

        if (AttendanceMarkers.Match(cells[0], out _) != AttendanceMarkers.ListKind.None)
        {
            return false;
        }

        list.Add(new Participant(CleanName(cells[0]), cells.Length > 1 ? cells[1] : null));
        return true;
    }

    private static bool IsHeaderCell(string cell) => cell.Equals("Name", StringComparison.OrdinalIgnoreCase)
        || cell.Equals("Member", StringComparison.OrdinalIgnoreCase) || cell.Equals("Members", StringComparison.OrdinalIgnoreCase);

    private static void AddLine(List<Participant> list, string line, bool inline)
    {
        var trimmed = line.Trim().TrimEnd('.', ';', ',');
        trimmed = trimmed.TrimStart('•', '-', '*', '·', ' ');
        if (trimmed.Length == 0 || trimmed.Equals("None", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("None received", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        // "Name – Role" on a line of its own; the role may hold brackets ("Trust Secretary (minutes)").
        var dash = DashSeparator().Match(trimmed);
        if (!inline && dash.Success && !HasBracketBefore(trimmed, dash.Index))
        {
            list.Add(new Participant(CleanName(trimmed[..dash.Index]), trimmed[(dash.Index + dash.Length)..].Trim()));
            return;
        }

        var index = -1;
        foreach (var piece in SplitOutsideParentheses(trimmed))
        {
            index++;
            var leadingDash = DashSeparator().Match(piece);
            if (leadingDash.Success && !HasBracketBefore(piece, leadingDash.Index))
            {
                list.Add(new Participant(CleanName(piece[..leadingDash.Index]), piece[(leadingDash.Index + leadingDash.Length)..].Trim()));
                continue;
            }

            var paren = ParenthesisedRole().Match(piece);
            if (paren.Success && index > 0 && list[^1].Role is null && LooksLikeRole(paren.Groups["name"].Value))
            {
                // "Professor Ruth Allardyce, Non-Executive Member (Chair)": the piece after the comma is the role.
                list[^1] = list[^1] with { Role = piece };
                continue;
            }

            if (paren.Success)
            {
                list.Add(new Participant(CleanName(paren.Groups["name"].Value), paren.Groups["role"].Value.Trim()));
                continue;
            }

            var pieceDash = DashSeparator().Match(piece);
            if (pieceDash.Success)
            {
                list.Add(new Participant(CleanName(piece[..pieceDash.Index]), piece[(pieceDash.Index + pieceDash.Length)..].Trim()));
                continue;
            }

            if (list.Count > 0 && list[^1].Role is null && LooksLikeRole(piece))
            {
                list[^1] = list[^1] with { Role = piece };
                continue;
            }

            list.Add(new Participant(CleanName(piece)));
        }
    }

    private static bool HasBracketBefore(string text, int index) => text.AsSpan(0, index).IndexOf('(') >= 0;

    private static bool LooksLikeRole(string piece)
    {
        if (TitlePrefix().IsMatch(piece))
        {
            return false;
        }

        var lower = piece.ToLowerInvariant();
        return RoleWords.Any(w => Regex.IsMatch(lower, $@"\b{Regex.Escape(w)}\b", RegexOptions.CultureInvariant))
            || char.IsLower(piece[0]);
    }

    private static IEnumerable<string> SplitOutsideParentheses(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && c is ',' or ';')
            {
                var piece = text[start..i].Trim();
                if (piece.Length > 0)
                {
                    yield return piece;
                }

                start = i + 1;
            }
        }

        var last = text[start..].Trim();
        if (last.Length > 0)
        {
            yield return last;
        }
    }

    private static string CleanName(string name) => name.Trim().TrimEnd(',', ';', ':', '.').Trim();

    [GeneratedRegex(@"\s+[–—-]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex DashSeparator();

    [GeneratedRegex(@"^(?<name>[^()]+?)\s*\((?<role>[^()]+)\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ParenthesisedRole();

    [GeneratedRegex(@"^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Cllr|Councillor|Sir|Dame|Lord|Lady|Rev|Revd)\.?\s", RegexOptions.CultureInvariant)]
    private static partial Regex TitlePrefix();
}
