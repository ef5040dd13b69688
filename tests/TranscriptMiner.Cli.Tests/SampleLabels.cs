using System.Globalization;
using System.Text;

namespace TranscriptMiner.Cli.Tests;

/// <summary>A labels CSV (<c>id,text,code</c>) for the coding tests: 60 items, financial pressure said with the codebook keyword "deficit" or without it, analytical capacity ("analysts"), every fifth item both (36 of each).</summary>
internal static class SampleLabels
{
    public static string FinanceAndAnalystsCsv()
    {
        var csv = new StringBuilder("id,text,code\n");
        for (var i = 1; i <= 60; i++)
        {
            var finance = i % 2 == 0 || i % 5 == 0;
            var analysts = i % 2 == 1 || i % 5 == 0;
            var money = i % 4 == 0 ? "money is tight this year" : "the deficit grew again";
            var text = (finance, analysts) switch
            {
                (true, true) => $"Item {i}: {money}, and the analysts had left.",
                (true, false) => $"Item {i}: members heard that {money}.",
                _ => $"Item {i}: the team has too few analysts to interpret the dashboards.",
            };
            if (finance)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{i},\"{text}\",financial-pressure\n");
            }

            if (analysts)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{i},\"{text}\",analytical-capacity\n");
            }
        }

        return csv.ToString();
    }
}
