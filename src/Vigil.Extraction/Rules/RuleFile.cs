using System.Text.Json;

namespace Vigil.Extraction.Rules;

/// <summary>
/// One JSON file of a rule pack while it is loaded: remembers which top-level keys were read, so
/// that a key nobody reads (a typo, a list meant for another version) fails the load with the file
/// and key named instead of being ignored.
/// </summary>
internal sealed class RuleFile : IDisposable
{
    private readonly JsonDocument _json;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private RuleFile(string name, JsonDocument json)
    {
        Name = name;
        _json = json;
        if (json.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{name}: the rule file must hold one JSON object");
        }
    }

    public string Name { get; }

    public static string ReadText(string language, string file)
    {
        var resource = $"Vigil.Extraction.Rules.{language}.{file}";
        using var stream = typeof(RuleFile).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Rules/{language}/{file} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static RuleFile Open(string language, string file)
    {
        var resource = $"Vigil.Extraction.Rules.{language}.{file}";
        using var stream = typeof(RuleFile).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Rules/{language}/{file} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return FromText($"Rules/{language}/{file}", reader.ReadToEnd());
    }

    public static bool Exists(string language, string file) =>
        typeof(RuleFile).Assembly.GetManifestResourceInfo($"Vigil.Extraction.Rules.{language}.{file}") is not null;

    public static RuleFile FromText(string name, string json)
    {
        try
        {
            return new RuleFile(name, JsonDocument.Parse(json));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{name}: not valid JSON ({e.Message})", e);
        }
    }

    /// <summary>The value of a required key.</summary>
    public JsonElement Get(string key)
    {
        _read.Add(key);
        return _json.RootElement.TryGetProperty(key, out var value)
            ? value
            : throw new InvalidDataException($"{Name}: required key '{key}' is missing");
    }

    /// <summary>The value of an optional key; null where the pack does not have it.</summary>
    public JsonElement? Find(string key)
    {
        _read.Add(key);
        return _json.RootElement.TryGetProperty(key, out var value) ? value : null;
    }

    public void EnsureAllRead()
    {
        foreach (var p in _json.RootElement.EnumerateObject())
        {
            if (!_read.Contains(p.Name))
            {
                throw new InvalidDataException($"{Name}: unknown key '{p.Name}'");
            }
        }
    }

    /// <summary>Refuses an object with keys other than <paramref name="allowed"/>.</summary>
    public static void RefuseUnknown(string file, string where, JsonElement element, params string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{file}: '{where}' must be an object");
        }

        foreach (var p in element.EnumerateObject())
        {
            if (Array.IndexOf(allowed, p.Name) < 0)
            {
                throw new InvalidDataException($"{file}: unknown key '{p.Name}' in '{where}'");
            }
        }
    }

    public static InvalidDataException Unknown(string file, string what, string value) =>
        new($"{file}: unknown {what} '{value}'");

    public void Dispose() => _json.Dispose();
}
