namespace TranscriptMiner.Cli.Web.Review;

/// <summary>An assignable code with the number that adds it from the keyboard (1..N in codebook order).</summary>
/// <param name="Number">The palette number.</param>
/// <param name="Id">The code's id.</param>
/// <param name="Name">The code's name.</param>
/// <param name="Description">What the code means, if the codebook says.</param>
/// <param name="WhenToUse">When to apply it, if the codebook says.</param>
internal sealed record ReviewCodeDto(int Number, string Id, string Name, string? Description, string? WhenToUse);
