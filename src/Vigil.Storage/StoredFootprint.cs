using System.Data.Common;
using System.Text;
using System.Text.Json;

namespace Vigil.Storage;

/// <summary>
/// A report version's fusion footprint (its index cells and gazetteer names) as stored beside its
/// extraction (migration 0009): computed once while the report is stored, on the extraction
/// cores, so a chunked rebuild indexes every report without reading and parsing each extraction
/// a second time only to compute its cells.
/// </summary>
public static class StoredFootprint
{
    /// <summary>
    /// The footprint code's version: rows of another version are not read (the rebuild computes
    /// them from the extraction instead). Bump it whenever what <c>FusionFootprint.Of</c> gives for
    /// one report version changes.
    /// </summary>
    public const int Version = 1;

    /// <summary><c>{"v":1,"c":[[region,day],…],"n":[[name,id],…]}</c>, each cell and name once.</summary>
    public static string Write(ReportIndexEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("v", Version);
            writer.WriteStartArray("c");
            foreach (var cell in entry.Cells.Distinct())
            {
                writer.WriteStartArray();
                writer.WriteStringValue(cell.Region);
                writer.WriteNumberValue(cell.Day);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("n");
            foreach (var name in entry.Names.Distinct())
            {
                writer.WriteStartArray();
                writer.WriteStringValue(name.NameKey);
                writer.WriteStringValue(name.PlaceId);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The entry stored as <paramref name="json"/> for <paramref name="reportKey"/>, or null when it is of another <see cref="Version"/>.</summary>
    public static ReportIndexEntry? Read(string reportKey, string json)
    {
        ArgumentNullException.ThrowIfNull(reportKey);
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (!root.TryGetProperty("v", out var version) || version.GetInt32() != Version)
        {
            return null;
        }

        var cells = new List<IndexCell>();
        foreach (var cell in root.GetProperty("c").EnumerateArray())
        {
            cells.Add(new IndexCell(cell[0].GetString()!, cell[1].GetInt32()));
        }

        var names = new List<IndexName>();
        foreach (var name in root.GetProperty("n").EnumerateArray())
        {
            names.Add(new IndexName(name[0].GetString()!, name[1].GetString()!));
        }

        return new ReportIndexEntry(reportKey, cells, names);
    }

    /// <summary>The entries of a reader's rows of (report key, footprint JSON), by key; rows of another <see cref="Version"/> are left out.</summary>
    public static Dictionary<string, ReportIndexEntry> ReadAll(DbDataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var footprints = new Dictionary<string, ReportIndexEntry>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var key = reader.GetString(0);
            if (Read(key, reader.GetString(1)) is { } entry)
            {
                footprints[key] = entry;
            }
        }

        return footprints;
    }
}
