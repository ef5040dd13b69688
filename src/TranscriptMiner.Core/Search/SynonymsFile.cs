namespace TranscriptMiner.Core.Search;

/// <summary>
/// The workspace's synonyms file (Solr format): one group per line, "a&amp;e, emergency department,
/// accident and emergency" (all equivalent) or "a =&gt; b, c" (a also finds b and c); '#' starts a comment.
/// Matching is case-insensitive. Synonyms are applied at query time only.
/// </summary>
public static class SynonymsFile
{
    /// <summary>The file name in a workspace.</summary>
    public const string DefaultFileName = "synonyms.txt";

    /// <summary>Gets the shipped NHS synonyms and acronyms.</summary>
    public static string DefaultContent { get; } =
        """
        # TranscriptMiner synonyms (Solr format), applied at query time.
        # "a, b, c" makes a, b and c equivalent; "a => b, c" makes a also find b and c.
        # Multi-word variants match as phrases; edit freely, one group per line.
        a&e, emergency department, accident and emergency
        gp, general practitioner
        ccg, clinical commissioning group
        icb, integrated care board
        ics, integrated care system
        pcn, primary care network
        qof, quality and outcomes framework
        kpi, key performance indicator
        cqc, care quality commission
        cquin, commissioning for quality and innovation
        nice, national institute for health and care excellence
        nhse, nhs england
        ltc, long term condition
        mdt, multidisciplinary team
        des, directed enhanced service
        les, local enhanced service
        ooh, out of hours
        uec, urgent and emergency care
        utc, urgent treatment centre
        camhs, child and adolescent mental health services
        sen, special educational needs
        sla, service level agreement
        qipp, quality innovation productivity and prevention
        rtt, referral to treatment
        dtoc, delayed transfer of care
        """;

    /// <summary>Writes the default synonyms to a file if it does not exist yet.</summary>
    /// <param name="path">The synonyms file path (its directory is created if needed).</param>
    /// <returns>True when the file was written, false when it already existed.</returns>
    public static bool EnsureDefault(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (File.Exists(path))
        {
            return false;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var temporary = path + ".tmp";
        File.WriteAllText(temporary, DefaultContent + Environment.NewLine);
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            return false;
        }

        return true;
    }
}
