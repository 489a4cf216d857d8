using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vigil.Extraction.Tests.Specs;

/// <summary>
/// One case of a spec corpus (specs/README.md): a report, its publication date and the facts expected from it.
/// A real-text case (specs/realtext/README.md) has no <see cref="Text"/>: it names the excerpt by URL, query and hash,
/// and the text is read from a local folder kept out of git.
/// </summary>
public sealed record SpecCase(
    string Id,
    string Style,
    IReadOnlyList<string> Constructs,
    string Published,
    string? Text,
    SpecExpect Expect)
{
    public string Part { get; init; } = "";

    public string File { get; init; } = "";

    public string? Url { get; init; }

    public string? Query { get; init; }

    public string? Outlet { get; init; }

    [JsonPropertyName("text_chars")]
    public int? TextChars { get; init; }

    [JsonPropertyName("text_sha256")]
    public string? TextSha256 { get; init; }

    public string? Notes { get; init; }
}

public sealed record SpecExpect(
    IReadOnlyList<SpecIncident> Incidents,
    [property: JsonPropertyName("air_defense")] IReadOnlyList<SpecTally> AirDefense,
    IReadOnlyList<SpecStatement> Statements,
    IReadOnlyList<SpecEvent> Events,
    IReadOnlyList<SpecStatistic> Statistics);

public sealed record SpecIncident(
    string? Place,
    [property: JsonPropertyName("admin1_code")] string? Admin1Code,
    string? District,
    string? Date,
    [property: JsonPropertyName("date_precision")] string? DatePrecision,
    IReadOnlyList<string>? Weapons,
    string? Attacker,
    int? Killed,
    int? Injured,
    [property: JsonPropertyName("children_killed")] int? ChildrenKilled,
    [property: JsonPropertyName("children_injured")] int? ChildrenInjured,
    int? Missing,
    int? Hit,
    IReadOnlyList<string>? Damage)
{
    /// <summary>Real-text sets only: <c>main</c>, <c>secondary</c> or <c>background</c> (a recapped earlier attack, optional when scoring).</summary>
    public string? Role { get; init; }

    public bool IsBackground => string.Equals(Role, "background", StringComparison.Ordinal);
}

public sealed record SpecTally(string? Date, string Weapon, string? Attacker, int? Launched, int? Intercepted);

public sealed record SpecStatement(string? Speaker, string? Role);

public sealed record SpecEvent(string Type);

public sealed record SpecStatistic(string Metric, long Value, string? Qualifier);

/// <summary>Reads every <c>specs/&lt;lang&gt;/&lt;part&gt;/*.json</c> copied beside the test assembly.</summary>
public static class SpecCorpus
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static string Root => Path.Combine(AppContext.BaseDirectory, "specs", "en");

    /// <summary>The cases of <c>specs/&lt;language&gt;/&lt;part&gt;</c>.</summary>
    public static IReadOnlyList<SpecCase> Load(string part, string language = "en")
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "specs", language, part);
        if (!Directory.Exists(dir))
        {
            return [];
        }

        var cases = new List<SpecCase>();
        foreach (var file in Directory.EnumerateFiles(dir, "*.json").Order(StringComparer.Ordinal))
        {
            cases.AddRange(LoadFile(file, part));
        }

        return cases;
    }

    /// <summary>The cases of one corpus file, tagged with <paramref name="part"/> and the file's name.</summary>
    public static IReadOnlyList<SpecCase> LoadFile(string file, string part)
    {
        var list = JsonSerializer.Deserialize<List<SpecCase>>(File.ReadAllText(file), Options)
            ?? throw new InvalidDataException($"{file}: not a JSON array of cases");
        return [.. list.Select(c => c with { Part = part, File = Path.GetFileName(file) })];
    }
}
