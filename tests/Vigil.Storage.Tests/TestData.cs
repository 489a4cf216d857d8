using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Vigil.Core;

namespace Vigil.Storage.Tests;

/// <summary>Small reports and extractions built in code for store tests.</summary>
internal static class TestData
{
    public static readonly DateTimeOffset Ingested = new(2025, 6, 11, 12, 0, 0, TimeSpan.Zero);

    public static Report Report(string key, string text, DateTimeOffset? published = null, string? origin = null) =>
        new(key, text, Hash(text), "Title of " + key, published, "Test Source", key.StartsWith("https://", StringComparison.Ordinal) ? key : null,
            "en", "text", origin ?? key);

    public static string Hash(string text) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>An extraction with one incident stating <paramref name="killed"/> killed (and an air-defence tally).</summary>
    public static ExtractionResult Extraction(string text, int killed, int? injured = null)
    {
        var evidence = Evidence.FromSpan(text, 0, Math.Min(text.Length, 20));
        var claimant = new Claimant("Oleh Syniehubov", "head of the regional military administration", ClaimantKind.LocalAuthority);
        // Confidence, the overnight flag and needs are part of what the store keeps (they must round-trip).
        var claims = new List<Claim>
        {
            new(ClaimField.Killed, killed, Qualifier.Exact, ClaimScope.Incident, claimant, new DateOnly(2025, 6, 11), "Kharkiv", Weapon.Drone, evidence)
            {
                Confidence = new ClaimConfidence(ConfidenceLevel.High, ["attributed", "in_lead", "unambiguous_number", "scope_certain"]),
                Overnight = true,
            },
        };
        if (injured is { } i)
        {
            claims.Add(new Claim(ClaimField.Injured, i, Qualifier.AtLeast, ClaimScope.Incident, claimant, new DateOnly(2025, 6, 11), "Kharkiv", Weapon.Drone, evidence));
        }

        var place = new PlaceRef("Kharkiv", PlaceKind.City, null, "Kharkiv Oblast", "UA-63", "UA", 49.98, 36.25, "Kharkiv", "kharkiv");
        var incident = new ReportIncident(place, new DateOnly(2025, 6, 11), DatePrecision.Day, [Weapon.Drone], Side.RU,
            killed, injured, null, null, null, null, ["residential"], claims)
        {
            Needs = [new Need(NeedType.Power, evidence)],
        };
        var tally = new AirDefenseTally(new DateOnly(2025, 6, 11), Weapon.Drone, Side.RU, 85, 40,
            new Claimant("Ukrainian Air Force", null, ClaimantKind.Military), evidence);
        return new ExtractionResult(DocumentInfo.Plain(new DateOnly(2025, 6, 11)), [incident], [tally], [], [], []);
    }

    public static StoredIncident Incident(string id, DateOnly? date, string place, string admin1, string code, params string[] weapons) =>
        new(id, date, place, null, admin1, code, 49.98, 36.25, weapons, 3, 60, null, 9, 2, Contested: false,
            JsonSerializer.Serialize(new { id, place }, VigilJson.Compact));

    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);
}
