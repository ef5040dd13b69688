using System.Text;

namespace TranscriptMiner.Plugins.Docx;

/// <summary>Joins a paragraph's text pieces into one line: whitespace collapsed, invisible characters dropped, bold prefix measured.</summary>
internal static class TextComposer
{
    /// <summary>Composes the pieces of one paragraph.</summary>
    /// <param name="pieces">The pieces in order.</param>
    /// <returns>The composed text.</returns>
    internal static ComposedText Compose(IReadOnlyList<TextPiece> pieces)
    {
        var text = new StringBuilder();
        var pendingSpace = false;
        var anyBold = false;
        var anyPlain = false;
        var anyUpright = false;
        var firstIsBold = false;
        var boldPrefixEnd = 0;
        Dictionary<int, int>? sizes = null;

        foreach (var piece in pieces)
        {
            foreach (var c in piece.Text)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = true;
                    continue;
                }

                if (IsInvisible(c))
                {
                    continue;
                }

                if (pendingSpace && text.Length > 0)
                {
                    text.Append(' ');
                }

                pendingSpace = false;
                if (text.Length == 0)
                {
                    firstIsBold = piece.Format.Bold;
                }

                text.Append(c);
                if (piece.Format.Bold)
                {
                    anyBold = true;
                    if (!anyPlain)
                    {
                        boldPrefixEnd = text.Length;
                    }
                }
                else
                {
                    anyPlain = true;
                }

                anyUpright |= !piece.Format.Italic;
                if (piece.Format.FontSizeHalfPoints is { } size)
                {
                    sizes ??= [];
                    sizes[size] = sizes.GetValueOrDefault(size) + 1;
                }
            }
        }

        if (text.Length == 0)
        {
            return ComposedText.Empty;
        }

        int? dominantSize = sizes is null ? null : sizes.MaxBy(pair => pair.Value).Key;
        var prefix = firstIsBold && anyPlain ? boldPrefixEnd : 0;
        return new ComposedText(text.ToString(), anyBold && !anyPlain, !anyUpright, dominantSize, prefix);
    }

    private static bool IsInvisible(char c) =>
        char.IsControl(c) || c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';
}
