using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using TranscriptMiner.Cli.Review;
using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Coding;

namespace TranscriptMiner.Cli.Commands;

/// <summary>
/// <c>transcriptminer review</c>: one segment at a time, single keys to accept, reject, add, skip, undo and quit. On a
/// terminal a Spectre.Console screen; with redirected input the keys are read from standard input and every committed
/// decision is acknowledged on standard output (<c>decided ID SEGMENT CODE VERDICT</c>).
/// </summary>
internal sealed class ReviewCommand : HostedCommand
{
    private readonly Option<string?> _code = new("--code") { Description = "Only suggestions of this code (id or name)." };
    private readonly Option<string?> _document = new("--document") { Description = "Only this document (catalog id or file path)." };
    private readonly Option<string?> _order = new("--order") { Description = "uncertainty | score | document (default: uncertainty once a model suggested, else document)." };
    private readonly Option<string?> _coder = new("--coder") { Description = "Who decides (default: TranscriptMiner:Coding:Coder, else $USER)." };
    private readonly Option<int> _context = new("--context") { Description = "Neighbouring segments shown before and after.", DefaultValueFactory = _ => 1 };
    private readonly TextReader? _input;

    public ReviewCommand(GlobalOptions globals, TextWriter output, TextWriter error)
        : this(globals, output, error, input: null)
    {
    }

    /// <summary>With <paramref name="input"/>, keys come from it and the view is plain text (tests).</summary>
    public ReviewCommand(GlobalOptions globals, TextWriter output, TextWriter error, TextReader? input)
        : base(globals, output, error)
    {
        _input = input;
        Command = new Command("review", "Review suggested codes one segment at a time: accept, reject, add, skip, undo.")
        {
            _code, _document, _order, _coder, _context,
        };
        Command.SetAction(InHost(RunAsync));
    }

    private async Task<int> RunAsync(ParseResult parseResult, IServiceProvider services, CancellationToken cancellationToken)
    {
        var context = parseResult.GetValue(_context);
        ReviewOrder? order = null;
        if (parseResult.GetValue(_order) is { } orderText)
        {
            order = orderText.Trim().ToLowerInvariant() switch
            {
                "uncertainty" => ReviewOrder.Uncertainty,
                "score" => ReviewOrder.Score,
                "document" => ReviewOrder.Document,
                _ => null,
            };
            if (order is null)
            {
                await Error.WriteLineAsync($"error: --order must be uncertainty, score or document (got '{orderText}')").ConfigureAwait(false);
                return CliApplication.BadArguments;
            }
        }

        if (context < 0)
        {
            await Error.WriteLineAsync("error: --context must be 0 or more").ConfigureAwait(false);
            return CliApplication.BadArguments;
        }

        using var session = await CodingSession.TryOpenAsync(services.GetRequiredService<WorkspaceLayout>(), services.GetRequiredService<WorkspaceOptions>(), Error).ConfigureAwait(false);
        if (session is null)
        {
            return CliApplication.Failed;
        }

        var query = new ReviewQuery { Coder = CodingSession.ResolveCoder(parseResult.GetValue(_coder), services.GetRequiredService<IConfiguration>()) };
        if (parseResult.GetValue(_code) is { } codeText)
        {
            var code = session.Codebook.Find(codeText);
            if (code is null)
            {
                await Error.WriteLineAsync($"error: no code '{codeText.Trim()}' in the codebook {session.Workspace.Layout.CodebookPath}").ConfigureAwait(false);
                return CliApplication.BadArguments;
            }

            query = query with { CodeId = code.Id };
        }

        if (parseResult.GetValue(_document) is { } documentText)
        {
            var document = FindDocument(session.Workspace, documentText);
            if (document is null)
            {
                await Error.WriteLineAsync($"error: no document '{documentText.Trim()}' in the catalog (give its id or its file path)").ConfigureAwait(false);
                return CliApplication.BadArguments;
            }

            query = query with { DocumentId = document };
        }

        query = query with { Order = order ?? ReviewQueue.DefaultOrder(session.Coding, query) };
        var (keys, view) = Terminal();
        new ReviewSession(session.Coding, session.Codebook, query, context, keys, view).Run(cancellationToken);
        return CliApplication.Success;
    }

    private static long? FindDocument(CatalogWorkspace workspace, string text)
    {
        var trimmed = text.Trim();
        if (long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return workspace.Store.FindCurrentVersion(id) is null ? null : id;
        }

        try
        {
            return workspace.Store.FindLocation(Path.GetFullPath(trimmed))?.DocumentId ?? workspace.Store.FindLocation(trimmed)?.DocumentId;
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    private (IReviewKeySource Keys, IReviewView View) Terminal()
    {
        if (_input is not null)
        {
            return (new TextReaderKeySource(_input), new PlainReviewView(Output));
        }

        IReviewKeySource keys = Console.IsInputRedirected ? new TextReaderKeySource(Console.In) : new ConsoleKeySource();
        IReviewView view = ReferenceEquals(Output, Console.Out) && !Console.IsOutputRedirected && !Console.IsInputRedirected
            ? new SpectreReviewView(AnsiConsole.Console)
            : new PlainReviewView(Output);
        return (keys, view);
    }
}
