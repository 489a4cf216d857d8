using System.Text.Json;
using Vigil.Cli.Ingest;
using Vigil.Core;
using Vigil.Fusion;
using Vigil.Storage;

namespace Vigil.Cli.Output;

/// <summary>Incidents for programs: JSON, CSV, GeoJSON.</summary>
internal static class IncidentFormats
{
    public static void Write(TextWriter writer, string format, IReadOnlyList<StoredIncident> incidents)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var items = incidents.Select(IncidentDocuments.FromStored).ToList();
        writer.WriteLine(JsonSerializer.Serialize(new { items }, VigilJson.Options));
    }

    public static void WriteOne(TextWriter writer, Incident incident)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(JsonSerializer.Serialize(incident, VigilJson.Options));
    }
}
