using System.Globalization;

namespace TranscriptMiner.Benchmarks;

/// <summary>
/// The word list of the generated minutes, most frequent first, with a Zipf sampler (rank r drawn with probability
/// proportional to 1 / r^1.05): function words and NHS commissioning words at the top, then a long tail of rarer
/// words and made-up surnames and place names so that the vocabulary has realistic size (about 20,000 words).
/// </summary>
internal sealed class MinutesVocabulary
{
    private const double Exponent = 1.05;

    private static readonly string[] Common =
    [
        "the", "of", "and", "to", "a", "in", "that", "was", "for", "on", "be", "is", "with", "as", "it", "by", "this",
        "would", "at", "from", "are", "an", "which", "had", "been", "were", "not", "have", "has", "or", "will", "its",
        "committee", "board", "noted", "agreed", "care", "update", "report", "patients", "services", "members",
        "discussed", "health", "plan", "primary", "data", "quality", "practice", "risk", "system", "trust", "ICB",
        "CCG", "performance", "financial", "year", "month", "position", "commissioning", "provider", "contract",
        "access", "waiting", "times", "urgent", "emergency", "community", "mental", "hospital", "GP", "PCN",
        "staff", "workforce", "budget", "savings", "programme", "delivery", "assurance", "governance", "action",
        "actions", "chair", "paper", "received", "approved", "recommendation", "recommendations", "further",
        "local", "national", "guidance", "team", "work", "review", "reviewed", "outcome", "outcomes", "improvement",
        "safety", "incident", "incidents", "serious", "infection", "prescribing", "medicines", "antibiotic",
        "discharge", "elective", "backlog", "referral", "referrals", "activity", "demand", "capacity", "winter",
        "pressures", "A&E", "111", "ambulance", "handover", "delays", "target", "targets", "standard", "standards",
        "quarter", "dashboard", "metrics", "reporting", "recording", "coding", "accuracy", "completeness", "audit",
        "assessment", "safeguarding", "children", "adults", "learning", "disabilities", "dementia", "diabetes",
        "cancer", "screening", "immunisation", "vaccination", "covid", "recovery", "restoration", "estates",
        "digital", "records", "information", "sharing", "population", "inequalities", "deprivation", "engagement",
        "patient", "public", "voice", "experience", "complaints", "feedback", "survey", "QOF", "enhanced", "service",
        "specification", "procurement", "tender", "allocation", "deficit", "surplus", "efficiency", "variance",
        "forecast", "overspend", "underspend", "continuing", "healthcare", "placement", "joint", "partnership",
        "place", "neighbourhood", "integrated", "alliance", "collaborative", "pathway", "pathways", "clinical",
        "lead", "director", "officer", "manager", "executive", "non", "declarations", "interest", "minutes",
        "previous", "meeting", "matters", "arising", "apologies", "quorate", "item", "agenda", "any", "other",
        "business", "date", "next", "papers", "confidential", "session", "escalation", "register", "mitigation",
        "score", "likelihood", "impact", "residual", "controls", "gaps", "concern", "concerns", "assured", "partial",
    ];

    private static readonly string[] Syllables =
    [
        "ab", "bel", "cor", "dun", "el", "far", "gran", "hol", "ing", "jes", "kel", "lan", "mor", "ned", "ost", "pol",
        "quin", "ros", "sten", "tor", "ul", "ven", "wick", "yar", "ash", "bro", "cliff", "dale", "ford", "ham", "ley",
        "ton", "wood", "by", "well", "field", "mere", "stow", "worth", "combe",
    ];

    private readonly string[] _words;
    private readonly double[] _cumulative;

    public MinutesVocabulary(int size, int seed)
    {
        var random = new Random(seed);
        var words = new List<string>(size);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Common)
        {
            if (seen.Add(word))
            {
                words.Add(word);
            }
        }

        while (words.Count < size)
        {
            var parts = random.Next(2, 4);
            var word = string.Concat(Enumerable.Range(0, parts).Select(_ => Syllables[random.Next(Syllables.Length)]));
            if (seen.Add(word))
            {
                words.Add(word);
            }
        }

        _words = [.. words];
        _cumulative = new double[_words.Length];
        double total = 0;
        for (var rank = 0; rank < _words.Length; rank++)
        {
            total += 1.0 / Math.Pow(rank + 1, Exponent);
            _cumulative[rank] = total;
        }

        for (var rank = 0; rank < _cumulative.Length; rank++)
        {
            _cumulative[rank] /= total;
        }
    }

    public int Count => _words.Length;

    public string this[int rank] => _words[rank];

    public string Sample(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return _words[index < 0 ? Math.Min(~index, _words.Length - 1) : index];
    }

    public static string Capitalise(string word) =>
        word.Length == 0 || char.IsUpper(word[0]) ? word : char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..];
}
