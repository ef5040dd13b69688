using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace TranscriptMiner.Core.Indexing;

/// <summary>
/// Splits text into words: runs of letters and digits, joined across a single inner character when
/// that keeps a unit people search for intact: '&amp;' between letters ("A&amp;E", "R&amp;D"),
/// an apostrophe between letters ("GP's", "O'Brien"; U+2019 is normalised to '), '/' next to a digit
/// ("PCCC/22/045", "24/7"; but "and/or" splits) and '.' between digits ("4.2", "3.5").
/// Hyphens and everything else separate words ("follow-up" is "follow", "up").
/// </summary>
internal sealed class SegmentTokenizer : Tokenizer
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private char[] _buffer = new char[512];
    private int _length;
    private int _position;

    public SegmentTokenizer(TextReader input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        var i = _position;
        while (i < _length && !IsWordChar(_buffer[i]))
        {
            i++;
        }

        if (i >= _length)
        {
            _position = _length;
            return false;
        }

        var start = i;
        i++;
        while (i < _length)
        {
            var c = _buffer[i];
            if (IsWordChar(c))
            {
                i++;
            }
            else if (i + 1 < _length && IsJoiner(_buffer[i - 1], c, _buffer[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        _position = i;
        _term.CopyBuffer(_buffer, start, i - start);
        var termBuffer = _term.Buffer;
        for (var k = 0; k < _term.Length; k++)
        {
            if (termBuffer[k] == '\u2019')
            {
                termBuffer[k] = '\'';
            }
        }

        _offset.SetOffset(CorrectOffset(start), CorrectOffset(i));
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _length = 0;
        _position = 0;
        int read;
        while ((read = m_input.Read(_buffer, _length, _buffer.Length - _length)) > 0)
        {
            _length += read;
            if (_length == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }
        }
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static bool IsJoiner(char previous, char c, char next) => c switch
    {
        '&' => char.IsLetter(previous) && char.IsLetter(next),
        '\'' or '\u2019' => char.IsLetter(previous) && char.IsLetter(next),
        '/' => (char.IsDigit(previous) || char.IsDigit(next)) && char.IsLetterOrDigit(next),
        '.' => char.IsDigit(previous) && char.IsDigit(next),
        _ => false,
    };
}
