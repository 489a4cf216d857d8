using System.Text.Json;
using Vigil.Core;
using Vigil.Fusion;
using Vigil.Storage;

namespace Vigil.Cli.Ingest;

/// <summary>Fused incidents to and from the store: filterable columns plus the whole incident as JSON.</summary>
internal static class IncidentDocuments
{
    // Computed members (Contested, Figures) are derived again on load; storing them would only double the size.
    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static StoredIncident ToStored(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var place = incident.Place;
        return new StoredIncident(
            incident.Id, incident.Date, place?.Name, place?.District, place?.Admin1, place?.Admin1Code, place?.Lat, place?.Lon,
            incident.Weapons.Select(WeaponName).ToList(),
            incident.Killed.Value, incident.Injured.Value, incident.ChildrenKilled.Value, incident.ChildrenInjured.Value,
            incident.ReportCount, incident.Contested,
            JsonSerializer.Serialize(incident, Options));
    }

    public static Incident FromStored(StoredIncident stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return JsonSerializer.Deserialize<Incident>(stored.Document, Options)
            ?? throw new StoreException($"incident {stored.Id} has an empty stored document");
    }

    public static IReadOnlyList<StoredIncident> Fuse(IReadOnlyList<ReportExtraction> extractions) =>
        IncidentFusion.Fuse(extractions).Select(ToStored).ToList();

    /// <summary>The contract's spelling of a weapon ("glide_bomb").</summary>
    public static string WeaponName(Weapon weapon) => JsonSerializer.Serialize(weapon, VigilJson.Compact).Trim('"');

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(VigilJson.Compact) { IgnoreReadOnlyProperties = true };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
