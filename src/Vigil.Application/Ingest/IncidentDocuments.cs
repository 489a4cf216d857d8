using System.Text.Json;
using Vigil.Core;
using Vigil.Export;
using Vigil.Fusion;
using Vigil.Storage;

namespace Vigil.Application.Ingest;

/// <summary>
/// Fused incidents to and from the store: the filterable columns, plus the whole incident as one
/// <c>vigil.incidents/1</c> item (Vigil.Export's JSON, which round-trips), so what is stored is
/// exactly what <c>vigil show --format json</c> prints.
/// </summary>
public static class IncidentDocuments
{
    public static StoredIncident ToStored(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var place = incident.Place;
        return new StoredIncident(
            incident.Id, incident.Date, place?.Name, place?.District, place?.Admin1, place?.Admin1Code, place?.Lat, place?.Lon,
            incident.Weapons.Select(WeaponName).ToList(),
            incident.Killed.Value, incident.Injured.Value, incident.ChildrenKilled.Value, incident.ChildrenInjured.Value,
            incident.ReportCount, incident.Contested,
            IncidentJson.Serialize(incident, indented: false))
        {
            DatePrecision = JsonName(incident.DatePrecision),
            PlaceKind = place?.Kind is { } kind ? JsonName(kind) : null,
            PlaceResolved = place?.Resolved ?? false,
            Attacker = incident.Attacker is { } side ? JsonName(side) : null,
            Missing = incident.Missing.Value,
            ReportKeys = incident.Claims.Select(c => c.ReportKey).Distinct(StringComparer.Ordinal).ToList(),
            ReviewStatus = JsonName(incident.Status),
            ReviewFlags = Review.ReviewQueue.Flags(incident),
        };
    }

    public static Incident FromStored(StoredIncident stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        try
        {
            return IncidentJson.ParseOne(stored.Document);
        }
        catch (JsonException e)
        {
            throw new StoreException($"incident {stored.Id} has an unreadable stored document: {e.Message}", e);
        }
    }

    /// <summary>
    /// The filtered incidents newest first, parsed one at a time as they are read, so an export's
    /// memory does not grow with the store.
    /// </summary>
    public static IEnumerable<Incident> Stream(IVigilStore store, IncidentFilter filter)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        foreach (var document in store.IncidentDocuments(filter))
        {
            Incident incident;
            try
            {
                incident = IncidentJson.ParseOne(document);
            }
            catch (JsonException e)
            {
                throw new StoreException($"a stored incident document is unreadable: {e.Message}", e);
            }

            yield return incident;
        }
    }

    public static IReadOnlyList<StoredIncident> Fuse(IReadOnlyList<ReportExtraction> extractions) =>
        IncidentFusion.Fuse(extractions).Select(ToStored).ToList();

    /// <summary>The contract's spelling of a weapon ("glide_bomb").</summary>
    public static string WeaponName(Weapon weapon) => JsonName(weapon);

    /// <summary>The contract's spelling of an enum value, as its JSON converter writes it.</summary>
    public static string JsonName<T>(T value)
        where T : struct, Enum => JsonSerializer.Serialize(value, VigilJson.Compact).Trim('"');
}
