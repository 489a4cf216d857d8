using System.Text.Json;

namespace Vigil.Export.Tests;

public sealed class IncidentJsonTests
{
    [Fact]
    public void Write_ThenParse_RoundTripsEveryField()
    {
        var incidents = SampleIncidents.Fused();
        var json = IncidentExport.ToText(incidents, ExportFormat.Json);

        var parsed = IncidentJson.Parse(json);

        Assert.Equal(json, IncidentExport.ToText(parsed, ExportFormat.Json));
        Assert.Equal(incidents.Select(i => i.Id), parsed.Select(i => i.Id));
        var kharkiv = parsed.Single(i => i.Place?.Name == "Kharkiv");
        Assert.Equal(2, kharkiv.Killed.Value); // the mayor outranks the later newsroom figure
        Assert.Equal(2, kharkiv.Killed.History.Count);
        Assert.Equal(SampleIncidents.AwkwardEvidence, kharkiv.Injured.Current?.Evidence.Text);
        Assert.Equal(SampleIncidents.Mayor, kharkiv.Injured.History[0].Claimant);
    }

    [Fact]
    public void Write_Incidents_UsesContractFieldNames()
    {
        using var document = JsonDocument.Parse(IncidentExport.ToText(SampleIncidents.Fused(), ExportFormat.Json));

        Assert.Equal(IncidentJson.Schema, document.RootElement.GetProperty("schema").GetString());
        var item = document.RootElement.GetProperty("items").EnumerateArray().First(i => i.GetProperty("place").ValueKind != JsonValueKind.Null
            && i.GetProperty("place").GetProperty("name").GetString() == "Kharkiv");
        foreach (var name in new[] { "id", "place", "date", "date_precision", "weapons", "attacker", "killed", "injured", "children_killed",
            "children_injured", "missing", "hit", "damage", "report_count", "contested", "claims", "figures" })
        {
            Assert.True(item.TryGetProperty(name, out _), name);
        }

        Assert.Equal("UA-63", item.GetProperty("place").GetProperty("admin1_code").GetString());
        Assert.Equal(2, item.GetProperty("killed").GetInt32());
        Assert.Equal(3, item.GetProperty("figures").GetProperty("killed").GetProperty("high").GetInt32());
        var killed = item.GetProperty("figures").GetProperty("killed");
        Assert.Equal(2, killed.GetProperty("low").GetInt32());
        Assert.Equal("https://t.me/mayor/101", killed.GetProperty("history")[0].GetProperty("report_key").GetString());
        var claim = item.GetProperty("claims")[0];
        Assert.Equal("https://t.me/mayor/101", claim.GetProperty("report_key").GetString());
        Assert.Equal("2025-06-11T05:40:00+03:00", claim.GetProperty("published").GetString());
        Assert.Equal("local_authority", claim.GetProperty("claimant").GetProperty("kind").GetString());
        Assert.Equal(SampleIncidents.AwkwardEvidence, claim.GetProperty("evidence").GetProperty("text").GetString());
    }

    [Fact]
    public void Write_SupersededRevision_RoundTripsItsFlag()
    {
        var morning = new DateTimeOffset(2025, 6, 11, 9, 0, 0, TimeSpan.FromHours(3));
        var v1 = SampleIncidents.Report("https://news.example/k", morning, SampleIncidents.Kharkiv,
            SampleIncidents.Claim(Vigil.Core.ClaimField.Killed, 3, SampleIncidents.Mayor, "Three died."));
        var v2 = v1 with { Version = 2, Ingested = v1.Ingested.AddHours(1) };
        var incidents = Vigil.Fusion.IncidentFusion.Fuse([v1, v2]);

        var json = IncidentExport.ToText(incidents, ExportFormat.Json);
        var parsed = Assert.Single(IncidentJson.Parse(json));

        Assert.Contains("\"superseded\": true", json, StringComparison.Ordinal);
        Assert.Equal([true, false], parsed.Killed.History.Select(r => r.Superseded));
        Assert.Equal(json, IncidentExport.ToText([parsed], ExportFormat.Json));
    }

    [Fact]
    public void Write_ClaimConfidence_WrittenAndRoundTrips()
    {
        var morning = new DateTimeOffset(2025, 6, 11, 9, 0, 0, TimeSpan.FromHours(3));
        var low = SampleIncidents.Claim(Vigil.Core.ClaimField.Killed, 3, SampleIncidents.Mayor, "Three died.") with
        {
            Confidence = new Vigil.Core.ClaimConfidence(Vigil.Core.ConfidenceLevel.Low, ["unplaced", "not_the_figure"]),
        };
        var incidents = Vigil.Fusion.IncidentFusion.Fuse([SampleIncidents.Report("https://news.example/k", morning, SampleIncidents.Kharkiv, low)]);

        var json = IncidentExport.ToText(incidents, ExportFormat.Json);
        using var document = JsonDocument.Parse(json);
        var confidence = document.RootElement.GetProperty("items")[0].GetProperty("claims")[0].GetProperty("confidence");
        var parsed = Assert.Single(IncidentJson.Parse(json));

        Assert.Equal("low", confidence.GetProperty("level").GetString());
        Assert.Equal(["unplaced", "not_the_figure"], confidence.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(Vigil.Core.ConfidenceLevel.Low, Assert.Single(parsed.Claims).Claim.Confidence?.Level);
        Assert.Equal(json, IncidentExport.ToText([parsed], ExportFormat.Json));
    }

    [Fact]
    public void Serialize_OneIncident_ParsesBackWithSameId()
    {
        var incident = SampleIncidents.Fused()[0];

        var parsed = IncidentJson.ParseOne(IncidentJson.Serialize(incident));

        Assert.Equal(incident.Id, parsed.Id);
        Assert.Equal(incident.Claims.Count, parsed.Claims.Count);
    }

    [Fact]
    public void Parse_OtherSchema_Throws()
    {
        var error = Assert.Throws<JsonException>(() => IncidentJson.Parse("""{"schema":"vigil.extraction/1","items":[]}"""));
        Assert.Contains("vigil.incidents/1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ToStream_OneWritePerIncidentNotOneBuffer()
    {
        var incidents = Enumerable.Range(0, 50).SelectMany(_ => SampleIncidents.Fused()).ToList();
        using var stream = new CountingStream();

        var summary = IncidentExport.Write(incidents, ExportFormat.Json, stream);

        Assert.Equal(incidents.Count, summary.Written);
        Assert.True(stream.Writes > incidents.Count, $"{stream.Writes} writes");
        Assert.Equal(incidents.Count, IncidentJson.Read(new MemoryStream(stream.ToArray())).Count);
    }

    [Fact]
    public async Task WriteAsync_ToStream_SameBytesAsSync()
    {
        using var sync = new MemoryStream();
        using var async = new MemoryStream();

        IncidentExport.Write(SampleIncidents.Fused(), ExportFormat.Json, sync);
        await IncidentExport.WriteAsync(SampleIncidents.Fused(), ExportFormat.Json, async);

        Assert.Equal(sync.ToArray(), async.ToArray());
    }

    [Fact]
    public void Write_NoIncidents_EmptyItems()
    {
        using var document = JsonDocument.Parse(IncidentExport.ToText([], ExportFormat.Json));

        Assert.Equal(0, document.RootElement.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("json", ExportFormat.Json)]
    [InlineData("CSV", ExportFormat.Csv)]
    [InlineData("geojson", ExportFormat.GeoJson)]
    public void TryParseFormat_KnownName_Parsed(string name, ExportFormat expected)
    {
        Assert.True(IncidentExport.TryParseFormat(name, out var format));
        Assert.Equal(expected, format);
    }

    [Fact]
    public void TryParseFormat_UnknownName_False()
    {
        Assert.False(IncidentExport.TryParseFormat("xlsx", out _));
    }

    private sealed class CountingStream : MemoryStream
    {
        public int Writes { get; private set; }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes++;
            base.Write(buffer);
        }
    }
}
