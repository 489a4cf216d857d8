using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Vigil.Export.Tests;

public sealed class IncidentGeoJsonTests
{
    private static readonly JsonSerializerOptions NtsOptions = new() { Converters = { new GeoJsonConverterFactory() } };

    [Fact]
    public void Write_Incidents_ValidFeatureCollectionWithLonLatPoints()
    {
        var geojson = IncidentExport.ToText(SampleIncidents.Fused(), ExportFormat.GeoJson);

        var collection = JsonSerializer.Deserialize<FeatureCollection>(geojson, NtsOptions)!;

        Assert.Equal(2, collection.Count);
        var kharkiv = collection.Single(f => (string)f.Attributes["place"] == "Kharkiv");
        var point = Assert.IsType<Point>(kharkiv.Geometry);
        Assert.Equal(36.25, point.X);
        Assert.Equal(49.98, point.Y);
        Assert.Equal(21L, Convert.ToInt64(kharkiv.Attributes["injured"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(SampleIncidents.AwkwardEvidence, kharkiv.Attributes["injured_evidence"]);
    }

    [Fact]
    public void Write_IncidentWithoutCoordinates_OmittedAndCounted()
    {
        using var stream = new MemoryStream();

        var summary = IncidentExport.Write(SampleIncidents.Fused(), ExportFormat.GeoJson, stream);

        Assert.Equal(new ExportSummary(2, 1), summary);
        using var document = JsonDocument.Parse(stream.ToArray());
        Assert.Equal("FeatureCollection", document.RootElement.GetProperty("type").GetString());
        Assert.Equal(1, document.RootElement.GetProperty(IncidentGeoJson.OmittedMember).GetInt32());
        var feature = document.RootElement.GetProperty("features")[0];
        Assert.Equal(JsonValueKind.Number, feature.GetProperty("properties").GetProperty("report_count").ValueKind);
        Assert.Equal(JsonValueKind.Null, feature.GetProperty("properties").GetProperty("missing").ValueKind);
        Assert.Equal(feature.GetProperty("id").GetString(), feature.GetProperty("properties").GetProperty("id").GetString());
    }

    [Fact]
    public void Write_NoIncidents_EmptyFeatureCollection()
    {
        using var document = JsonDocument.Parse(IncidentExport.ToText([], ExportFormat.GeoJson));

        Assert.Equal(0, document.RootElement.GetProperty("features").GetArrayLength());
    }
}
