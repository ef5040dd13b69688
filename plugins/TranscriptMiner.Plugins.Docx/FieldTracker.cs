namespace TranscriptMiner.Plugins.Docx;

/// <summary>
/// Follows complex fields (fldChar begin / separate / end, possibly nested and spanning paragraphs) so that only
/// the displayed result is read: text is visible unless some open field is still in its instruction part.
/// </summary>
internal sealed class FieldTracker
{
    /// <summary>For each open field, whether its separate mark has been passed (its result is showing).</summary>
    private readonly List<bool> _open = [];

    /// <summary>Gets whether text read now is displayed.</summary>
    internal bool ShowsText => !_open.Contains(false);

    /// <summary>Handles a field character.</summary>
    /// <param name="type">The fldCharType value: begin, separate or end.</param>
    internal void OnFieldChar(string? type)
    {
        switch (type)
        {
            case "begin":
                _open.Add(false);
                break;
            case "separate" when _open.Count > 0:
                _open[^1] = true;
                break;
            case "end" when _open.Count > 0:
                _open.RemoveAt(_open.Count - 1);
                break;
        }
    }

    /// <summary>
    /// Called at the end of each paragraph: a field whose instructions have not ended by then is dropped, so a
    /// damaged field (begin without separate or end) cannot hide the rest of the document.
    /// </summary>
    internal void OnParagraphEnd()
    {
        while (_open.Count > 0 && !_open[^1])
        {
            _open.RemoveAt(_open.Count - 1);
        }
    }
}
