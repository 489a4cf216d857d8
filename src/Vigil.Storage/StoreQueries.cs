using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Vigil.Storage;

/// <summary>
/// One incident as a list shows it, read from columns only (never the JSON document): where,
/// when, which weapons and the current figures.
/// </summary>
public sealed record IncidentSummary(
    string Id,
    DateOnly? Date,
    string? DatePrecision,
    string? Place,
    string? District,
    string? PlaceKind,
    string? Admin1,
    string? Admin1Code,
    double? Lat,
    double? Lon,
    bool PlaceResolved,
    IReadOnlyList<string> Weapons,
    string? Attacker,
    int? Killed,
    int? Injured,
    int? ChildrenKilled,
    int? ChildrenInjured,
    int? Missing,
    int ReportCount,
    bool Contested);

/// <summary>One page of a list, the cursor of the next page (null on the last) and how many items the whole list has.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, PageCursor? Next, long Total);

/// <summary>
/// A keyset position: the sort key and id of the last item of a page. The next page starts
/// strictly after it, so adding or removing items elsewhere never moves a page boundary.
/// Encoded as URL-safe base64 of <c>key|id</c>: opaque to clients.
/// </summary>
public readonly record struct PageCursor(string Key, string Id)
{
    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Key + "|" + Id));

    public static bool TryDecode(string? text, out PageCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(text) || text.Length > 2048)
        {
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(text);
        }
        catch (FormatException)
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        var bar = decoded.IndexOf('|', StringComparison.Ordinal);
        if (bar < 0 || bar == decoded.Length - 1)
        {
            return false;
        }

        cursor = new PageCursor(decoded[..bar], decoded[(bar + 1)..]);
        return true;
    }

    public override string ToString() => Encode();
}

/// <summary>One day of the daily series: the incidents' figures and the nationwide air-defence tallies.</summary>
public sealed record DailyStat(
    DateOnly Date,
    int Incidents,
    long Killed,
    long Injured,
    long ChildrenKilled,
    long ChildrenInjured,
    long Launched,
    long Intercepted);

/// <summary>Incidents and current figures of one oblast.</summary>
public sealed record OblastStat(string? Admin1Code, string? Admin1, int Incidents, long Killed, long Injured);

/// <summary>One nationwide air-defence tally of a report's current version.</summary>
public sealed record AirDefenseRow(
    DateOnly? Date,
    string Weapon,
    string? Attacker,
    int? Launched,
    int? Intercepted,
    string? ClaimantName,
    string? ClaimantRole,
    string? ClaimantKind,
    int EvidenceStart,
    int EvidenceEnd,
    string EvidenceText,
    string ReportKey);

/// <summary>A report's current version as a list shows it.</summary>
public sealed record ReportSummary(
    string Key,
    int Version,
    string? Title,
    DateTimeOffset? Published,
    string? Source,
    string? Url,
    string Language,
    DateTimeOffset Ingested,
    int ClaimCount);

/// <summary>One claim of a stored report version, as its row holds it.</summary>
public sealed record StoredClaim(
    string Section,
    int? IncidentIndex,
    string Field,
    int? Value,
    string Qualifier,
    string Scope,
    string? ClaimantName,
    string? ClaimantRole,
    string ClaimantKind,
    DateOnly? Date,
    string? PlaceMention,
    string? Weapon,
    int EvidenceStart,
    int EvidenceEnd,
    string EvidenceText);

/// <summary>How a store is opened.</summary>
public enum StoreAccess
{
    /// <summary>Create the file (and folder) when missing; migrate. Ingest and demo.</summary>
    Create,

    /// <summary>The store must exist; writes allowed; migrations applied.</summary>
    ReadWrite,

    /// <summary>The store must exist and be of the current schema; nothing is written, no migration runs.</summary>
    ReadOnly,
}

/// <summary>Weapons as bits, in the contract's order (drone 1, missile 2 … unknown 128): one integer column an index can carry.</summary>
public static class WeaponMask
{
    private static readonly string[] Names = ["drone", "missile", "glide_bomb", "artillery", "mlrs", "aircraft", "mine", "unknown"];

    /// <summary>Every bit set: the largest mask.</summary>
    public const int All = 255;

    public static int Of(IEnumerable<string> weapons)
    {
        var mask = 0;
        foreach (var weapon in weapons)
        {
            var bit = Array.IndexOf(Names, weapon.Trim().ToLowerInvariant());
            if (bit >= 0)
            {
                mask |= 1 << bit;
            }
        }

        return mask;
    }
}

/// <summary>The keyset sort key of an incident's date: ISO day, '' when undated (so undated sorts last, newest first).</summary>
public static class SortKeys
{
    public static string Of(DateOnly? date) => date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
}
