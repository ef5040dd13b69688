using TranscriptMiner.Plugins.Pdf.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace TranscriptMiner.Plugins.Pdf;

/// <summary>
/// Reads a document's pages: PdfPig parses them one after another on the calling thread (its parser is not
/// thread-safe), while the layout analysis of parsed pages runs on the thread pool, a few pages at a time.
/// </summary>
internal static class PdfPagePipeline
{
    public static async Task<PageOutcome[]> ReadAsync(PdfDocument document, int pageCount, CancellationToken cancellationToken)
    {
        var outcomes = new Task<PageOutcome>[pageCount];
        var inFlight = Math.Max(2, Environment.ProcessorCount);
        using var gate = new SemaphoreSlim(inFlight);
        try
        {
            for (var number = 1; number <= pageCount; number++)
            {
                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                var letters = ParseLetters(document, number, out var failure);
                if (failure is not null || letters is null)
                {
                    gate.Release();
                    outcomes[number - 1] = Task.FromResult(failure ?? PageOutcome.Blank(number));
                    continue;
                }

                var pageNumber = number;
                outcomes[number - 1] = Task.Run(() => Analyse(letters, pageNumber, gate), CancellationToken.None);
            }
        }
        finally
        {
            // Let analyses already started finish before the document (and its letters) goes away.
            await Task.WhenAll(outcomes.Where(task => task is not null)).ConfigureAwait(false);
        }

        var results = new PageOutcome[pageCount];
        for (var i = 0; i < pageCount; i++)
        {
            results[i] = await outcomes[i].ConfigureAwait(false);
        }

        return results;
    }

    /// <summary>Parses the page; returns its letters, or null with the outcome when it has no text to analyse.</summary>
    private static IReadOnlyList<Letter>? ParseLetters(PdfDocument document, int number, out PageOutcome? failure)
    {
        failure = null;
        try
        {
            var page = document.GetPage(number);
            var letters = page.Letters;
            if (PageLayoutReader.HasVisibleText(letters))
            {
                return letters;
            }

            failure = page.NumberOfImages > 0 || page.Paths.Count > 0 ? PageOutcome.NoTextLayer(number) : PageOutcome.Blank(number);
            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            failure = PageOutcome.Unreadable(number, exception);
            return null;
        }
    }

    private static PageOutcome Analyse(IReadOnlyList<Letter> letters, int number, SemaphoreSlim gate)
    {
        try
        {
            var reader = new PageLayoutReader();
            var layout = reader.Read(letters, number);
            return layout is null ? PageOutcome.NoTextLayer(number) : PageOutcome.Read(layout, reader.Histogram);
        }
        catch (Exception exception)
        {
            return PageOutcome.Unreadable(number, exception);
        }
        finally
        {
            gate.Release();
        }
    }
}
