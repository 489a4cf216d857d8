using Vigil.Core;
using Vigil.Fusion;

namespace Vigil.Export.Tests;

/// <summary>Incidents fused from small fictional reports, with awkward text in the evidence.</summary>
internal static class SampleIncidents
{
    public static readonly PlaceRef Kharkiv = new("Kharkiv", PlaceKind.City, null, "Kharkiv Oblast", "UA-63", "UA", 49.98, 36.25, "Kharkiv", "gn:706483");

    public static readonly PlaceRef Odesa = new("Odesa", PlaceKind.City, null, "Odesa Oblast", "UA-51", "UA", 46.48, 30.72, "Odesa", "gn:698740");

    public const string AwkwardEvidence = "The mayor said: \"Two died, 21 hurt,\nand more are\r\nunder the rubble\" — Харків, 05:40";

    public const string FormulaEvidence = "=HYPERLINK(\"http://evil.example\",\"click\")";

    public static readonly Claimant Mayor = new("Ihor Terekhov", "mayor", ClaimantKind.LocalAuthority);

    public static ReportExtraction Report(string key, DateTimeOffset published, PlaceRef? place, params Claim[] claims)
    {
        var incident = new ReportIncident(place, DateOnly.FromDateTime(published.DateTime), DatePrecision.Day, [Weapon.Drone], Side.RU,
            null, null, null, null, null, null, ["residential"], claims);
        var extraction = new ExtractionResult(DocumentInfo.Plain(DateOnly.FromDateTime(published.DateTime)), [incident], [], [], [], []);
        return new ReportExtraction(key, 1, published, published.AddMinutes(1), "Source, with comma", key, null, extraction);
    }

    public static Claim Claim(ClaimField field, int value, Claimant claimant, string text) =>
        new(field, value, Qualifier.Exact, ClaimScope.Incident, claimant, null, null, Weapon.Drone, new Evidence(0, text.Length, text));

    /// <summary>Kharkiv (two reports, awkward evidence), Odesa (formula-like evidence), and one with no place.</summary>
    public static IReadOnlyList<Incident> Fused()
    {
        var morning = new DateTimeOffset(2025, 6, 11, 5, 40, 0, TimeSpan.FromHours(3));
        return IncidentFusion.Fuse(
        [
            Report("https://t.me/mayor/101", morning, Kharkiv,
                Claim(ClaimField.Killed, 2, Mayor, AwkwardEvidence),
                Claim(ClaimField.Injured, 21, Mayor, AwkwardEvidence)),
            Report("https://news.example/kharkiv", morning.AddHours(4), Kharkiv,
                Claim(ClaimField.Killed, 3, new Claimant("City News", null, ClaimantKind.Media), "Three people, a newsroom says, died.")),
            Report("https://news.example/odesa", morning.AddHours(1), Odesa,
                Claim(ClaimField.Injured, 4, new Claimant("-Governor", "@oblast", ClaimantKind.LocalAuthority), FormulaEvidence)),
            Report("https://news.example/nowhere", morning.AddHours(2), null,
                Claim(ClaimField.Killed, 1, Claimant.Unattributed, "+1 dead somewhere")),
        ]);
    }
}
