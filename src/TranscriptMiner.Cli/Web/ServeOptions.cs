using Microsoft.Extensions.Configuration;

namespace TranscriptMiner.Cli.Web;

/// <summary>The workbench's settings (<c>TranscriptMiner:Serve</c>).</summary>
internal sealed class ServeOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "TranscriptMiner:Serve";

    /// <summary>The address served when none is configured: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Gets or sets the addresses to listen on, separated by semicolons.</summary>
    public string Urls { get; set; } = DefaultUrls;

    /// <summary>
    /// Gets or sets the access token. Empty: none, which is allowed only on loopback addresses. When set, every request
    /// must carry it (header <c>Authorization: Bearer</c>, the cookie the page sets, or <c>?token=</c> once).
    /// </summary>
    public string AccessToken { get; set; } = string.Empty;

    /// <summary>Gets or sets how many segments before and after a reviewed segment are shown as its context.</summary>
    public int ContextSegments { get; set; } = 2;

    /// <summary>Reads the options from configuration.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <returns>The options.</returns>
    public static ServeOptions From(IConfiguration configuration) =>
        configuration.GetSection(SectionName).Get<ServeOptions>() ?? new ServeOptions();
}
