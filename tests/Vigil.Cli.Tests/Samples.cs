using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Vigil.Cli.Tests;

/// <summary>The repository's fixture set (copied beside the binary) and generated bulk reports.</summary>
internal static class Samples
{
    /// <summary>samples/reports as shipped beside vigil.dll.</summary>
    public static string Reports => Path.Combine(AppContext.BaseDirectory, "samples");

    public static IReadOnlyList<string> ReportFiles() =>
        Directory.EnumerateFiles(Reports, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.') && !f.EndsWith("README.md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Writes <paramref name="count"/> distinct ~600-character reports with front matter (each its own
    /// URL, so its own key) into <paramref name="folder"/>; returns their keys.
    /// </summary>
    public static IReadOnlyList<string> WriteBulk(string folder, int count, int seed = 0)
    {
        string[] cities = ["Kharkiv", "Odesa", "Zaporizhzhia", "Dnipro", "Sumy", "Kherson", "Mykolaiv", "Kryvyi Rih"];
        string[] weapons = ["drones", "a missile", "a guided aerial bomb", "artillery"];
        var keys = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var n = i + seed;
            var city = cities[n % cities.Length];
            var day = 1 + (n % 28);
            var url = $"https://bulk.example/reports/{n}";
            var body = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"Overnight on {day} August 2025 Russian forces attacked {city} with {weapons[n % weapons.Length]}, ")
                .Append(CultureInfo.InvariantCulture, $"the head of the regional military administration said on Telegram. {1 + (n % 5)} people were killed ")
                .Append(CultureInfo.InvariantCulture, $"and at least {3 + (n % 40)} were injured, including {n % 4} children. ")
                .Append("Several apartment buildings, a school and power lines were damaged, and rescuers worked through the morning ")
                .Append("to clear the rubble. Emergency services said fires broke out in two places and were put out by dawn. ")
                .Append(CultureInfo.InvariantCulture, $"Report number {n} of a generated test batch for Vigil.")
                .ToString();
            var text = $"---\ntitle: Attack on {city} ({n})\npublished: 2025-08-{day:00}T09:30:00+03:00\nsource: Bulk Test Wire\nurl: {url}\n---\n{body}\n";
            File.WriteAllText(Path.Combine(folder, $"report-{n:00000}.md"), text);
            keys.Add(url);
        }

        return keys;
    }
}

/// <summary>The parts of <c>vigil incidents --format json</c> the tests compare.</summary>
internal sealed record IncidentSummary(string Id, string? Place, string? Date, int? Killed, int? Injured, int? ChildrenInjured, int ReportCount)
{
    public static IReadOnlyList<IncidentSummary> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var items = root.ValueKind == JsonValueKind.Array ? root : root.GetProperty("items");
        return items.EnumerateArray().Select(item => new IncidentSummary(
            item.GetProperty("id").GetString()!,
            item.TryGetProperty("place", out var place) && place.ValueKind == JsonValueKind.Object ? place.GetProperty("name").GetString() : null,
            item.GetProperty("date").GetString(),
            Figure(item, "killed"), Figure(item, "injured"), Figure(item, "children_injured"),
            item.GetProperty("report_count").GetInt32())).ToList();
    }

    // A figure is a number in the contract, or an object with its current "value".
    private static int? Figure(JsonElement item, string name) =>
        !item.TryGetProperty(name, out var figure) ? null
        : figure.ValueKind == JsonValueKind.Number ? figure.GetInt32()
        : figure.ValueKind == JsonValueKind.Object && figure.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32()
        : null;
}
