namespace TranscriptMiner.Core.Search;

/// <summary>A query could not be parsed. The message says what is wrong and where, with a caret under the position.</summary>
public sealed class QuerySyntaxException : Exception
{
    /// <summary>Initializes a new exception.</summary>
    /// <param name="query">The query text.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="column">The 1-based column of the problem, when known.</param>
    /// <param name="innerException">The parser error.</param>
    public QuerySyntaxException(string query, string reason, int? column, Exception? innerException = null)
        : base(Format(query, reason, column), innerException)
    {
        Query = query;
        Reason = reason;
        Column = column;
    }

    /// <summary>Gets the query text.</summary>
    public string Query { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Reason { get; }

    /// <summary>Gets the 1-based column of the problem, when known.</summary>
    public int? Column { get; }

    private static string Format(string query, string reason, int? column)
    {
        if (column is not { } c)
        {
            return $"Invalid query: {reason}.";
        }

        var caret = new string(' ', Math.Clamp(c - 1, 0, query.Length)) + "^";
        return $"Invalid query at column {c}: {reason}.{Environment.NewLine}  {query}{Environment.NewLine}  {caret}";
    }
}
