using System.Net;

namespace TranscriptMiner.Cli.Web;

/// <summary>The addresses the workbench listens on, and whether each stays on this machine.</summary>
internal static class BindingAddresses
{
    /// <summary>Splits a <c>--urls</c> value (semicolon-separated) into its addresses.</summary>
    /// <param name="urls">The value.</param>
    /// <returns>The addresses, trimmed.</returns>
    public static IReadOnlyList<string> Split(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Tells whether an address listens on loopback only (<c>localhost</c>, 127.0.0.0/8, <c>::1</c>).</summary>
    /// <param name="url">An address such as <c>http://127.0.0.1:5080</c>; wildcards (<c>*</c>, <c>+</c>, <c>0.0.0.0</c>) are not loopback.</param>
    /// <returns><see langword="true"/> for loopback.</returns>
    /// <exception cref="FormatException">The address is not an http(s) URL.</exception>
    public static bool IsLoopback(string url)
    {
        // Kestrel's wildcards are not valid URI hosts; they are never loopback.
        var hostStart = url.IndexOf("://", StringComparison.Ordinal);
        if (hostStart < 0 || !(url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
        {
            throw new FormatException($"'{url}' is not an http:// or https:// address");
        }

        var rest = url[(hostStart + 3)..];
        if (rest.StartsWith('*') || rest.StartsWith('+'))
        {
            return false;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            throw new FormatException($"'{url}' is not a valid address");
        }

        if (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }
}
