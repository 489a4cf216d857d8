using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Vigil.Core.Tests;

public sealed class VigilJsonTests
{
    [Fact]
    public void Serialize_Enums_UseContractSpelling()
    {
        var json = JsonSerializer.Serialize(new { Weapon = Weapon.GlideBomb, Side = Side.RU, Field = ClaimField.ChildrenKilled }, VigilJson.Compact);
        Assert.Equal("""{"weapon":"glide_bomb","side":"RU","field":"children_killed"}""", json);
    }

    /// <summary>The options as they were before the source-generated extraction metadata: reflection only.</summary>
    private static JsonSerializerOptions Reflection(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Every type and member of the extraction document, set and unset, with text that needs escaping.</summary>
    private static ExtractionResult Rich()
    {
        var evidence = new Evidence(3, 17, "«Харків» \"quoted\" \\ 🚀\n\t</b>");
        var claimant = new Claimant("Олег Синєгубов", "head of the regional military administration", ClaimantKind.LocalAuthority);
        Claim[] claims =
        [
            new(ClaimField.Killed, 3, Qualifier.AtLeast, ClaimScope.Incident, claimant, new DateOnly(2025, 6, 11), "Kharkiv", Weapon.GlideBomb, evidence)
            {
                Confidence = new ClaimConfidence(ConfidenceLevel.High, ["attributed", "in_lead"]),
                Overnight = true,
            },
            new(ClaimField.Damage, null, Qualifier.Exact, ClaimScope.Cumulative, Claimant.Unattributed, null, null, null, evidence, "residential"),
        ];
        ReportIncident[] incidents =
        [
            new(new PlaceRef("Kharkiv", PlaceKind.City, "Kyivskyi", "Kharkiv Oblast", "UA-63", "UA", 49.98081, 36.25272, "Харкові", "ua-kharkiv"),
                new DateOnly(2025, 6, 11), DatePrecision.Day, [Weapon.GlideBomb, Weapon.Drone], Side.RU, 3, 12, 1, null, 0, 2, ["residential", "power"], claims)
            {
                Needs = [new Need(NeedType.Power, evidence)],
            },
            new(PlaceRef.Unresolved("somewhere"), null, DatePrecision.Reported, [], null, null, null, null, null, null, null, [], []),
        ];
        return new ExtractionResult(
            new DocumentInfo("Title with “quotes”", new DateOnly(2025, 6, 11), "uk", "t.me/s/channel", "https://example.org/a?b=1&c=2"),
            incidents,
            [new AirDefenseTally(new DateOnly(2025, 6, 10), Weapon.Drone, Side.RU, 85, 40, claimant, evidence, 5, ClaimScope.AdversaryClaim),
             new AirDefenseTally(null, Weapon.Missile, null, null, null, Claimant.Unattributed, evidence)],
            [new Statement("Oleh Syniehubov", "governor", "Telegram", "We will rebuild.", evidence) { SpeakerOriginal = "Олег Синєгубов" },
             new Statement(null, null, null, "", evidence)],
            [new ReportEvent(EventType.PrisonerExchange, null, evidence)],
            [new Statistic("civilians_killed_total", 12_345_678_901, Qualifier.About, claimant, evidence)]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ExtractionDocument_SourceGenerated_SameBytesAndSameReadBackAsReflection(bool indented)
    {
        var options = indented ? VigilJson.Options : VigilJson.Compact;
        var reflection = Reflection(indented);
        var extraction = Rich();

        var json = JsonSerializer.Serialize(extraction, options);
        Assert.Equal(JsonSerializer.Serialize(extraction, reflection), json);
        // The generated metadata is what these options use for the contract's types.
        Assert.Contains("VigilJsonContext", options.GetTypeInfo(typeof(ExtractionResult)).OriginatingResolver?.GetType().Name ?? "", StringComparison.Ordinal);

        // Read back either way, the document writes the same bytes again.
        var generated = JsonSerializer.Deserialize<ExtractionResult>(json, options)!;
        var reflected = JsonSerializer.Deserialize<ExtractionResult>(json, reflection)!;
        Assert.Equal(json, JsonSerializer.Serialize(generated, reflection));
        Assert.Equal(json, JsonSerializer.Serialize(reflected, options));
        Assert.Equal(extraction.Incidents[0].Claims[0].Confidence!.Reasons, generated.Incidents[0].Claims[0].Confidence!.Reasons);
        Assert.Equal(extraction.Statements[0].SpeakerOriginal, generated.Statements[0].SpeakerOriginal);
        Assert.True(generated.Incidents[0].Claims[0].Overnight);
        Assert.Equal(NeedType.Power, Assert.Single(generated.Incidents[0].Needs).Type);
    }

    [Fact]
    public void Serialize_OtherTypes_StillByReflectionWithTheSameConventions()
    {
        var json = JsonSerializer.Serialize(new { PlaceName = "Харків", Lat = 49.98, Missing = (int?)null }, VigilJson.Compact);
        Assert.Equal("""{"place_name":"Харків","lat":49.98,"missing":null}""", json);
    }
}
