using Vigil.Core;

namespace Vigil.Fusion.Tests;

/// <summary>Builds report extractions for fusion tests: our own fictional fixtures, not any publication's text.</summary>
internal static class Reports
{
    public static readonly TimeSpan Kyiv = TimeSpan.FromHours(3);

    public static readonly PlaceRef Kharkiv = new("Kharkiv", PlaceKind.City, null, "Kharkiv Oblast", "UA-63", "UA", 49.98, 36.25, "Kharkiv", "gn:706483");

    public static readonly PlaceRef KharkivSaltivskyi = new("Kharkiv", PlaceKind.CityDistrict, "Saltivskyi", "Kharkiv Oblast", "UA-63", "UA", 50.03, 36.3, "Saltivskyi district", "gn:saltivskyi");

    public static readonly PlaceRef KharkivOblast = new("Kharkiv Oblast", PlaceKind.Oblast, null, "Kharkiv Oblast", "UA-63", "UA", 49.5, 36.5, "Kharkiv region", "gn:706482");

    public static readonly PlaceRef Chuhuiv = new("Chuhuiv", PlaceKind.City, null, "Kharkiv Oblast", "UA-63", "UA", 49.84, 36.69, "Chuhuiv", "gn:710403");

    public static readonly PlaceRef Odesa = new("Odesa", PlaceKind.City, null, "Odesa Oblast", "UA-51", "UA", 46.48, 30.72, "Odesa", "gn:698740");

    public static readonly Claimant Mayor = new("Ihor Terekhov", "mayor", ClaimantKind.LocalAuthority);
    public static readonly Claimant Governor = new("Oleh Syniehubov", "head of the regional administration", ClaimantKind.LocalAuthority);
    public static readonly Claimant Newsroom = new("City News", null, ClaimantKind.Media);
    public static readonly Claimant Wire = new("Wire Agency", null, ClaimantKind.Media);
    public static readonly Claimant Ministry = new("Ministry of Internal Affairs", null, ClaimantKind.NationalBody);
    public static readonly Claimant Analyst = new("Vigil reviewer", "analyst", ClaimantKind.Analyst);

    public static DateTimeOffset At(int month, int day, int hour, int minute = 0) => new(2025, month, day, hour, minute, 0, Kyiv);

    /// <summary>A claim as extraction makes it; <paramref name="overnight"/> is what extraction says of a night attack.</summary>
    public static Claim Claim(ClaimField field, int value, Claimant claimant, string sentence, Qualifier qualifier = Qualifier.Exact, int start = 0, bool overnight = false) =>
        new(field, value, qualifier, ClaimScope.Incident, claimant, null, null, null, new Evidence(start, start + sentence.Length, sentence)) { Overnight = overnight };

    public static ReportExtraction Report(
        string key,
        DateTimeOffset published,
        PlaceRef? place,
        DateOnly? date,
        IReadOnlyList<Weapon> weapons,
        IReadOnlyList<Claim> claims,
        int version = 1,
        DatePrecision precision = DatePrecision.Day,
        IReadOnlyList<string>? damage = null,
        string? source = null)
    {
        int? Figure(ClaimField field) => claims.LastOrDefault(c => c.Field == field)?.Value;
        var incident = new ReportIncident(
            place, date, precision, weapons, Side.RU,
            Figure(ClaimField.Killed), Figure(ClaimField.Injured), Figure(ClaimField.ChildrenKilled),
            Figure(ClaimField.ChildrenInjured), Figure(ClaimField.Missing), Figure(ClaimField.Hit),
            damage ?? [], claims);
        var document = new DocumentInfo(null, DateOnly.FromDateTime(published.DateTime), "en", source, key);
        var extraction = new ExtractionResult(document, [incident], [], [], [], []);
        return new ReportExtraction(key, version, published, published.AddMinutes(5), source, key, null, extraction);
    }

    public static DateOnly Day(int month, int day) => new(2025, month, day);

    /// <summary>The scenario: one drone attack on Kharkiv reported four times as figures rose.</summary>
    public static IReadOnlyList<ReportExtraction> KharkivNight()
    {
        var day = Day(6, 11);
        Weapon[] drones = [Weapon.Drone];
        return
        [
            Report("https://t.me/mayor/101", At(6, 11, 5, 40), Kharkiv, day, drones,
            [
                Claim(ClaimField.Killed, 2, Mayor, "Two people died in the drone strike, the mayor wrote."),
                Claim(ClaimField.Injured, 21, Mayor, "At least 21 residents were hurt.", Qualifier.AtLeast, 60),
            ], source: "Telegram"),
            Report("https://news.example/kharkiv-drones", At(6, 11, 9, 0), Kharkiv, day, drones,
            [
                Claim(ClaimField.Killed, 3, Newsroom, "The death toll has risen to three."),
                Claim(ClaimField.Injured, 45, Newsroom, "Forty-five were wounded, the outlet says.", start: 40),
            ], source: "City News"),
            Report("https://oblast.example/statement", At(6, 11, 12, 0), KharkivSaltivskyi, day, drones,
            [
                Claim(ClaimField.Killed, 3, Governor, "Three people were killed, the governor said."),
                Claim(ClaimField.Injured, 60, Governor, "Sixty were injured, nine of them children.", start: 50),
                Claim(ClaimField.ChildrenInjured, 9, Governor, "Sixty were injured, nine of them children.", start: 50),
            ], damage: ["residential", "power"], source: "Regional administration"),
            Report("https://wire.example/ukraine-kharkiv", At(6, 11, 15, 30), Kharkiv, day, drones,
            [
                Claim(ClaimField.Killed, 3, Governor, "Three died and 60 were injured, according to the governor."),
                Claim(ClaimField.Injured, 60, Governor, "Three died and 60 were injured, according to the governor."),
            ], damage: ["water"], source: "Wire Agency"),
        ];
    }
}
