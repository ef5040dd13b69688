using DocumentFormat.OpenXml.Packaging;
using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Plugins.Docx;

/// <summary>Reads the package's core properties (docProps/core.xml) into <see cref="DocumentProperties"/>.</summary>
internal static class CorePropertiesReader
{
    /// <summary>Reads the core properties; a damaged core part yields a warning rather than a failure.</summary>
    /// <param name="document">The open document.</param>
    /// <param name="fallbackLanguage">The language from the styles' defaults, used when core properties give none.</param>
    /// <param name="warnings">Receives a warning when the properties cannot be read.</param>
    /// <returns>The properties.</returns>
    internal static DocumentProperties Read(WordprocessingDocument document, string? fallbackLanguage, List<ExtractionWarning> warnings)
    {
        try
        {
            var core = document.PackageProperties;
            return new DocumentProperties
            {
                Title = Clean(core.Title),
                Author = Clean(core.Creator),
                Created = ToOffset(core.Created),
                Modified = ToOffset(core.Modified),
                Subject = Clean(core.Subject) ?? Clean(core.Description),
                Language = Clean(core.Language) ?? fallbackLanguage,
            };
        }
#pragma warning disable CA1031 // Metadata is optional: any failure to read it must not lose the document's text.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            warnings.Add(new ExtractionWarning("properties-unreadable", $"The document's properties could not be read: {ex.Message}"));
            return new DocumentProperties { Language = fallbackLanguage };
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Core properties are W3CDTF and normally UTC; a time without a zone is taken as UTC.</summary>
    private static DateTimeOffset? ToOffset(DateTime? value)
    {
        if (value is not { } time)
        {
            return null;
        }

        return time.Kind == DateTimeKind.Unspecified
            ? new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc))
            : new DateTimeOffset(time.ToUniversalTime());
    }
}
