using System.Text;

namespace TranscriptMiner.Plugins.Html;

/// <summary>A text buffer that collapses runs of white space (including no-break spaces) into one space and drops
/// soft hyphens and zero-width characters, as a browser renders inline text.</summary>
internal sealed class CollapsedText
{
    private readonly StringBuilder _text = new();

    public bool IsEmpty => _text.Length == 0;

    public void Append(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                AppendSpace();
            }
            else if (c is not ('\u00AD' or '\u200B' or '\u200E' or '\u200F' or '\uFEFF'))
            {
                _text.Append(c);
            }
        }
    }

    public void AppendSpace()
    {
        if (_text.Length > 0 && _text[^1] != ' ')
        {
            _text.Append(' ');
        }
    }

    /// <summary>Returns the trimmed text and empties the buffer.</summary>
    public string Take()
    {
        var text = _text.ToString().Trim();
        _text.Clear();
        return text;
    }
}
