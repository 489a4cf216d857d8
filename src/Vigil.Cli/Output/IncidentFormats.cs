using Vigil.Export;
using Vigil.Fusion;

namespace Vigil.Cli.Output;

/// <summary>Incidents for programs, through Vigil.Export: <c>vigil.incidents/1</c> JSON, CSV, GeoJSON (docs/exports.md).</summary>
internal static class IncidentFormats
{
    /// <summary>Writes to a text writer (standard output) as the incidents are read, one at a time.</summary>
    public static ExportSummary Write(TextWriter writer, string format, IEnumerable<Incident> incidents) =>
        IncidentExport.Write(incidents, Parse(format), writer);

    /// <summary>Writes a file's bytes (CSV with a byte-order mark, so spreadsheets detect UTF-8).</summary>
    public static ExportSummary Write(Stream stream, string format, IEnumerable<Incident> incidents) =>
        IncidentExport.Write(incidents, Parse(format), stream);

    public static void WriteOne(TextWriter writer, Incident incident)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(IncidentJson.Serialize(incident));
    }

    private static ExportFormat Parse(string format) =>
        IncidentExport.TryParseFormat(format, out var parsed) ? parsed
        : throw new ArgumentOutOfRangeException(nameof(format), format, "not an export format");
}
