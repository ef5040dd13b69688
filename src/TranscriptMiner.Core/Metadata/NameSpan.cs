namespace TranscriptMiner.Core.Metadata;

/// <summary>A name found in a piece of text, and where.</summary>
/// <param name="Name">The name.</param>
/// <param name="Index">Where it starts.</param>
/// <param name="Length">How long it is in the text.</param>
internal readonly record struct NameSpan(string Name, int Index, int Length)
{
    public int End => Index + Length;
}
