namespace Vigil.Export;

/// <summary>The incident export formats (docs/exports.md).</summary>
public enum ExportFormat
{
    /// <summary><c>{ "schema": "vigil.incidents/1", "items": [...] }</c> with every figure's history and claim.</summary>
    Json,

    /// <summary>RFC 4180 CSV, UTF-8, one row per incident, flat columns.</summary>
    Csv,

    /// <summary>RFC 7946 FeatureCollection of Points; incidents without coordinates are omitted and counted.</summary>
    GeoJson,
}

/// <summary>What an export wrote: incidents written, and those a GeoJSON export left out for want of coordinates.</summary>
public readonly record struct ExportSummary(int Written, int OmittedWithoutCoordinates);
