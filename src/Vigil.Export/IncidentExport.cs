using System.Text;
using Vigil.Fusion;

namespace Vigil.Export;

/// <summary>
/// Writes incidents in any <see cref="ExportFormat"/>, streaming: one incident at a time reaches the
/// sink, so an export of any size holds one incident's text in memory. Pure apart from the sink.
/// </summary>
public static class IncidentExport
{
    /// <summary>Writes to a byte stream as UTF-8; CSV gets a byte-order mark so spreadsheets detect UTF-8.</summary>
    public static ExportSummary Write(IEnumerable<Incident> incidents, ExportFormat format, Stream stream, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var counter = new ExportCounter();
        if (format == ExportFormat.Csv)
        {
            stream.Write(Encoding.UTF8.Preamble);
        }

        foreach (var chunk in Chunks(incidents, format, counter, indented))
        {
            stream.Write(chunk.Span);
        }

        stream.Flush();
        return counter.Summary;
    }

    /// <inheritdoc cref="Write(IEnumerable{Incident}, ExportFormat, Stream, bool)"/>
    public static async Task<ExportSummary> WriteAsync(
        IEnumerable<Incident> incidents, ExportFormat format, Stream stream, bool indented = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var counter = new ExportCounter();
        if (format == ExportFormat.Csv)
        {
            await stream.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken).ConfigureAwait(false);
        }

        foreach (var chunk in Chunks(incidents, format, counter, indented))
        {
            await stream.WriteAsync(chunk, cancellationToken).ConfigureAwait(false);
        }

        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        return counter.Summary;
    }

    /// <summary>Writes text; the writer's encoding decides the bytes (no byte-order mark is added).</summary>
    public static ExportSummary Write(IEnumerable<Incident> incidents, ExportFormat format, TextWriter writer, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var counter = new ExportCounter();
        foreach (var chunk in Chunks(incidents, format, counter, indented))
        {
            // Chunks end on whole incidents, so no UTF-8 sequence is split between two.
            writer.Write(Encoding.UTF8.GetString(chunk.Span));
        }

        writer.Flush();
        return counter.Summary;
    }

    /// <summary>The export as one string (small exports and tests).</summary>
    public static string ToText(IEnumerable<Incident> incidents, ExportFormat format, bool indented = true)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(incidents, format, writer, indented);
        return writer.ToString();
    }

    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8",
        ExportFormat.GeoJson => "application/geo+json",
        _ => "application/json",
    };

    public static string FileExtension(ExportFormat format) => format switch
    {
        ExportFormat.Csv => ".csv",
        ExportFormat.GeoJson => ".geojson",
        _ => ".json",
    };

    /// <summary>Parses a format name as the command line and API take it: <c>json</c>, <c>csv</c>, <c>geojson</c>.</summary>
    public static bool TryParseFormat(string? name, out ExportFormat format)
    {
        switch (name?.Trim().ToUpperInvariant())
        {
            case "JSON":
                format = ExportFormat.Json;
                return true;
            case "CSV":
                format = ExportFormat.Csv;
                return true;
            case "GEOJSON":
                format = ExportFormat.GeoJson;
                return true;
            default:
                format = default;
                return false;
        }
    }

    private static IEnumerable<ReadOnlyMemory<byte>> Chunks(IEnumerable<Incident> incidents, ExportFormat format, ExportCounter counter, bool indented)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        return format switch
        {
            ExportFormat.Csv => IncidentCsv.Chunks(incidents, counter),
            ExportFormat.GeoJson => IncidentGeoJson.Chunks(incidents, counter, indented),
            ExportFormat.Json => IncidentJson.Chunks(incidents, counter, indented),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
        };
    }
}
