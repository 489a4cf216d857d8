using System.Buffers;
using System.Text.Json;
using Vigil.Core;
using Vigil.Fusion;

namespace Vigil.Export;

/// <summary>
/// Incidents as an RFC 7946 FeatureCollection of Points ([lon, lat]) whose properties are the flat
/// CSV columns, typed. An incident without coordinates cannot be placed on a map: it is left out,
/// and the count is written as the foreign member <c>omitted_without_coordinates</c>.
/// </summary>
public static class IncidentGeoJson
{
    public const string OmittedMember = "omitted_without_coordinates";

    internal static IEnumerable<ReadOnlyMemory<byte>> Chunks(IEnumerable<Incident> incidents, ExportCounter counter, bool indented)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = VigilJson.Options.Encoder });
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        foreach (var incident in incidents)
        {
            if (incident.Place is not { Lat: { } lat, Lon: { } lon })
            {
                counter.Omitted++;
                continue;
            }

            WriteFeature(writer, incident, lat, lon);
            counter.Written++;
            writer.Flush();
            yield return buffer.WrittenMemory;
            buffer.ResetWrittenCount();
        }

        writer.WriteEndArray();
        writer.WriteNumber(OmittedMember, counter.Omitted);
        writer.WriteEndObject();
        writer.Flush();
        buffer.Write("\n"u8);
        yield return buffer.WrittenMemory;
    }

    private static void WriteFeature(Utf8JsonWriter writer, Incident incident, double lat, double lon)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteString("id", incident.Id);
        writer.WriteStartObject("geometry");
        writer.WriteString("type", "Point");
        writer.WriteStartArray("coordinates");
        // RFC 7946 §3.1.1: longitude first.
        writer.WriteNumberValue(lon);
        writer.WriteNumberValue(lat);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartObject("properties");
        foreach (var column in FlatIncident.Columns)
        {
            var cell = column.Value(incident);
            writer.WritePropertyName(column.Name);
            switch (cell.Kind)
            {
                case CellKind.Text:
                    writer.WriteStringValue(cell.Text);
                    break;
                case CellKind.Integer:
                    writer.WriteNumberValue((long)cell.Number);
                    break;
                case CellKind.Real:
                    writer.WriteNumberValue(cell.Number);
                    break;
                case CellKind.Boolean:
                    writer.WriteBooleanValue(cell.Flag);
                    break;
                default:
                    writer.WriteNullValue();
                    break;
            }
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
