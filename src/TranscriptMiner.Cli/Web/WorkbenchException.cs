namespace TranscriptMiner.Cli.Web;

/// <summary>A request the workbench cannot serve, with the HTTP status that says why (404 unknown, 400 bad input, 409 conflict).</summary>
internal sealed class WorkbenchException : Exception
{
    /// <summary>Initializes an exception.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="message">What was wrong, for the page to show.</param>
    public WorkbenchException(int statusCode, string message)
        : base(message) => StatusCode = statusCode;

    /// <summary>Gets the HTTP status.</summary>
    public int StatusCode { get; }

    /// <summary>A 404: the thing asked for does not exist.</summary>
    public static WorkbenchException NotFound(string message) => new(404, message);

    /// <summary>A 400: the request is malformed.</summary>
    public static WorkbenchException BadRequest(string message) => new(400, message);

    /// <summary>A 409: the request conflicts with the catalog's state.</summary>
    public static WorkbenchException Conflict(string message) => new(409, message);
}
