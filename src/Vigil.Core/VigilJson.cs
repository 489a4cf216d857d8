using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Vigil.Core;

/// <summary>The JSON conventions of every contract: snake_case names, nulls written, enums as strings.</summary>
public static class VigilJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: true);

    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            WriteIndented = indented,
            // Quotes keep their typographic characters readable (e.g. “ ” and Cyrillic), not \u escapes.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            // The extraction contract's types from compile-time metadata (every stored report is written
            // and read back as one, and reflection's converters with parameterized constructors cost about
            // twice as much); every other type as before. The bytes are the same (VigilJsonTests).
            TypeInfoResolver = JsonTypeInfoResolver.Combine(VigilJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

/// <summary>
/// Source-generated metadata of the extraction document (<see cref="ExtractionResult"/> and what it
/// holds), under <see cref="VigilJson"/>'s conventions; used through <see cref="VigilJson.Options"/>
/// and <see cref="VigilJson.Compact"/>, which keep their encoder and indentation.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ExtractionResult))]
internal sealed partial class VigilJsonContext : JsonSerializerContext;
