using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Vigil.Gazetteer;

/// <summary>
/// The oblast polygons (amCharts ukraineHigh, "Boundaries © amCharts"): centroids for the build, a
/// compact GeoJSON for the map, and a point-in-oblast check.
/// </summary>
public sealed class OblastGeometry
{
    private static readonly Lazy<OblastGeometry> LazyDefault = new(() =>
    {
        using var reader = new StreamReader(Gazetteer.OpenResource(typeof(OblastGeometry).Assembly, "Vigil.Gazetteer.ukraine-oblasts.geojson"));
        return Parse(reader.ReadToEnd());
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly List<(string Iso, string Name, List<double[][]> Rings)> _oblasts;

    /// <summary>The embedded polygons (data/boundaries/ukraine-oblasts.geojson).</summary>
    public static OblastGeometry Default => LazyDefault.Value;

    /// <summary>The embedded GeoJSON text, for serving to a map (show "Boundaries © amCharts" with it).</summary>
    public static string GeoJson()
    {
        using var reader = new StreamReader(Gazetteer.OpenResource(typeof(OblastGeometry).Assembly, "Vigil.Gazetteer.ukraine-oblasts.geojson"));
        return reader.ReadToEnd();
    }

    private OblastGeometry(List<(string Iso, string Name, List<double[][]> Rings)> oblasts) => _oblasts = oblasts;

    /// <summary>The ISO 3166-2 codes present.</summary>
    public IEnumerable<string> Codes => _oblasts.Select(o => o.Iso);

    public static OblastGeometry Parse(string geoJson)
    {
        using var doc = JsonDocument.Parse(geoJson);
        var oblasts = new List<(string, string, List<double[][]>)>();
        foreach (var feature in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            var props = feature.GetProperty("properties");
            string iso = props.GetProperty("id").GetString()!;
            string name = props.GetProperty("name").GetString()!;
            oblasts.Add((iso, name, [.. Polygons(feature.GetProperty("geometry")).SelectMany(p => p)]));
        }

        return new OblastGeometry(oblasts);
    }

    /// <summary>The ISO code of the oblast containing the point (even-odd rule over all rings), or null.</summary>
    public string? OblastAt(double lat, double lon)
    {
        foreach (var (iso, _, rings) in _oblasts)
        {
            bool inside = false;
            foreach (var ring in rings)
            {
                if (InRing(ring, lon, lat))
                {
                    inside = !inside;
                }
            }

            if (inside)
            {
                return iso;
            }
        }

        return null;
    }

    /// <summary>Area-weighted centroid of each oblast's outer rings.</summary>
    public static Dictionary<string, (double Lat, double Lon)> Centroids(string geoJson)
    {
        var result = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        using var doc = JsonDocument.Parse(geoJson);
        foreach (var feature in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            string iso = feature.GetProperty("properties").GetProperty("id").GetString()!;
            double area = 0, cx = 0, cy = 0;
            foreach (var polygon in Polygons(feature.GetProperty("geometry")))
            {
                var ring = polygon[0];
                for (int i = 0; i < ring.Length - 1; i++)
                {
                    double cross = (ring[i][0] * ring[i + 1][1]) - (ring[i + 1][0] * ring[i][1]);
                    area += cross;
                    cx += (ring[i][0] + ring[i + 1][0]) * cross;
                    cy += (ring[i][1] + ring[i + 1][1]) * cross;
                }
            }

            result[iso] = (Math.Round(cy / (3 * area), 5), Math.Round(cx / (3 * area), 5));
        }

        return result;
    }

    /// <summary>The same features with coordinates rounded to 4 decimals (about 10 m) and only id/name kept.</summary>
    public static string Compact(string geoJson)
    {
        using var doc = JsonDocument.Parse(geoJson);
        var sb = new StringBuilder(200_000);
        sb.Append("{\"type\":\"FeatureCollection\",\"attribution\":\"Boundaries © amCharts\",\"features\":[\n");
        bool first = true;
        foreach (var feature in doc.RootElement.GetProperty("features").EnumerateArray().OrderBy(f => f.GetProperty("properties").GetProperty("id").GetString(), StringComparer.Ordinal))
        {
            var props = feature.GetProperty("properties");
            if (!first)
            {
                sb.Append(",\n");
            }

            first = false;
            sb.Append("{\"type\":\"Feature\",\"id\":\"").Append(props.GetProperty("id").GetString())
              .Append("\",\"properties\":{\"id\":\"").Append(props.GetProperty("id").GetString())
              .Append("\",\"name\":\"").Append(props.GetProperty("name").GetString())
              .Append("\"},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[");
            var polygons = Polygons(feature.GetProperty("geometry"));
            for (int p = 0; p < polygons.Count; p++)
            {
                sb.Append(p > 0 ? ",[" : "[");
                for (int r = 0; r < polygons[p].Count; r++)
                {
                    sb.Append(r > 0 ? ",[" : "[");
                    var ring = polygons[p][r];
                    for (int i = 0; i < ring.Length; i++)
                    {
                        sb.Append(i > 0 ? ",[" : "[")
                          .Append(Math.Round(ring[i][0], 4).ToString(CultureInfo.InvariantCulture)).Append(',')
                          .Append(Math.Round(ring[i][1], 4).ToString(CultureInfo.InvariantCulture)).Append(']');
                    }

                    sb.Append(']');
                }

                sb.Append(']');
            }

            sb.Append("]}}");
        }

        sb.Append("\n]}\n");
        return sb.ToString();
    }

    private static List<List<double[][]>> Polygons(JsonElement geometry)
    {
        string type = geometry.GetProperty("type").GetString()!;
        var coords = geometry.GetProperty("coordinates");
        var polygons = type == "Polygon" ? [coords] : coords.EnumerateArray().ToList();
        return [.. polygons.Select(p => p.EnumerateArray().Select(r => r.EnumerateArray().Select(pt => new[] { pt[0].GetDouble(), pt[1].GetDouble() }).ToArray()).ToList())];
    }

    private static bool InRing(double[][] ring, double x, double y)
    {
        bool inside = false;
        for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
        {
            if ((ring[i][1] > y) != (ring[j][1] > y)
                && x < ((ring[j][0] - ring[i][0]) * (y - ring[i][1]) / (ring[j][1] - ring[i][1])) + ring[i][0])
            {
                inside = !inside;
            }
        }

        return inside;
    }
}
