using System.Text.Json;
using Vigil.Extraction.Output;
using Vigil.Extraction.Tests.Support;

namespace Vigil.Extraction.Tests.Output;

/// <summary>The writer produces the vigil.extraction/1 document: schema first, every field present, contract spellings.</summary>
public sealed class ExtractionJsonWriterTests
{
    [Fact]
    public void ToJson_Extraction_SchemaFirstAndContractFields()
    {
        var result = Extract.Run("Russian drones hit Kharkiv overnight, killing two people, the mayor said. Air defences shot down 40 of the 85 drones.");
        using var json = JsonDocument.Parse(ExtractionJsonWriter.ToJson(result));
        var root = json.RootElement;
        Assert.Equal(["schema", "document", "incidents", "air_defense", "statements", "events", "statistics"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("vigil.extraction/1", root.GetProperty("schema").GetString());
        var incident = root.GetProperty("incidents")[0];
        Assert.Equal(
            ["place", "date", "date_precision", "weapons", "attacker", "killed", "injured", "children_killed", "children_injured", "missing", "hit", "damage", "needs", "claims"],
            incident.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["name", "kind", "district", "admin1", "admin1_code", "country", "lat", "lon", "mention"], incident.GetProperty("place").EnumerateObject().Select(p => p.Name));
        Assert.Equal("drone", incident.GetProperty("weapons")[0].GetString());
        Assert.Equal(JsonValueKind.Null, incident.GetProperty("injured").ValueKind);
        var claim = incident.GetProperty("claims")[0];
        Assert.Equal(["field", "value", "qualifier", "scope", "claimant", "evidence", "confidence"], claim.EnumerateObject().Select(p => p.Name));
        Assert.Equal("killed", claim.GetProperty("field").GetString());
        Assert.Equal(["level", "reasons"], claim.GetProperty("confidence").EnumerateObject().Select(p => p.Name));
        Assert.Contains(claim.GetProperty("confidence").GetProperty("level").GetString(), new[] { "high", "medium", "low" });
        var tally = root.GetProperty("air_defense")[0];
        Assert.Equal(["date", "weapon", "attacker", "launched", "intercepted", "claimant", "evidence"], tally.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void ToJson_IncidentWithNeeds_TypedNeedsWithEvidence()
    {
        const string text = "A drone hit a substation in Sumy overnight, injuring two people. About 3,000 homes were left without power.";
        using var json = JsonDocument.Parse(ExtractionJsonWriter.ToJson(Extract.Run(text)));
        var need = json.RootElement.GetProperty("incidents")[0].GetProperty("needs")[0];
        Assert.Equal("power", need.GetProperty("type").GetString());
        var evidence = need.GetProperty("evidence");
        Assert.Equal(text[evidence.GetProperty("start").GetInt32()..evidence.GetProperty("end").GetInt32()], evidence.GetProperty("text").GetString());
        Assert.Contains("without power", evidence.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_WithPath_PathAfterSchemaOnOneLine()
    {
        var json = ExtractionJsonWriter.ToJson(Extract.Run("Nothing happened."), indented: false, path: "reports/a.txt");
        Assert.DoesNotContain('\n', json);
        Assert.StartsWith("{\"schema\":\"vigil.extraction/1\",\"path\":\"reports/a.txt\",", json, StringComparison.Ordinal);
    }
}
