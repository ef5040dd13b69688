using TranscriptMiner.Core.Catalog;

namespace TranscriptMiner.Cli.Commands;

/// <summary>Opening the workspace for a command, with the failure explained instead of thrown.</summary>
internal static class WorkspaceCommands
{
    public static async Task<CatalogWorkspace?> TryOpenReadOnlyAsync(WorkspaceLayout layout, WorkspaceOptions options, TextWriter error)
    {
        if (!File.Exists(layout.CatalogPath))
        {
            await error.WriteLineAsync($"error: no workspace at {layout.Root} (run 'transcriptminer ingest <folder>' first, or pass --workspace)").ConfigureAwait(false);
            return null;
        }

        try
        {
            return CatalogWorkspace.OpenReadOnly(layout, options);
        }
        catch (CatalogException exception)
        {
            await error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return null;
        }
    }

    public static async Task<CatalogWorkspace?> TryOpenForWritingAsync(WorkspaceLayout layout, WorkspaceOptions options, TextWriter error)
    {
        try
        {
            return CatalogWorkspace.OpenForWriting(layout, options);
        }
        catch (Exception exception) when (exception is WorkspaceInUseException or CatalogException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return null;
        }
    }
}
