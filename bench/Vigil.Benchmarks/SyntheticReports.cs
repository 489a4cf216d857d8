using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Vigil.Core;

namespace Vigil.Benchmarks;

/// <summary>
/// Deterministic report extractions for scale tests: a seeded mix of settlements and oblast-level
/// mentions over real oblast codes, firm and flexible dates, weapons, claims and edited versions.
/// The text is a made-up one-liner; what fusion sees is the extraction.
/// </summary>
public sealed class SyntheticReports(int seed, int days = 1_000, int oblasts = 24, int settlementsPerOblast = 12, double editShare = 0.05)
{
    private static readonly DateOnly Start = new(2023, 1, 1);
    private static readonly Weapon[][] WeaponSets = [[], [Weapon.Drone], [Weapon.Drone], [Weapon.Missile], [Weapon.GlideBomb], [Weapon.Drone, Weapon.Missile], [Weapon.Artillery]];
    private static readonly Claimant[] Claimants =
    [
        new("Regional governor", "head of the regional administration", ClaimantKind.LocalAuthority),
        new("City mayor", "mayor", ClaimantKind.LocalAuthority),
        new("State Emergency Service", null, ClaimantKind.EmergencyService),
        new("News desk", null, ClaimantKind.Media),
    ];

    private readonly Random _random = new(seed);
    private int _next;

    /// <summary>The next <paramref name="count"/> reports with their extractions; about <c>editShare</c> of them re-edit an earlier key.</summary>
    public IEnumerable<(Report Report, ExtractionResult Extraction)> Take(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Next();
        }
    }

    public (Report Report, ExtractionResult Extraction) Next()
    {
        var n = _next > 10 && _random.NextDouble() < editShare ? _random.Next(_next) : _next++;
        var oblast = _random.Next(oblasts);
        var code = "UA-" + (5 + (oblast * 3)).ToString("00", CultureInfo.InvariantCulture);
        var oblastName = "Oblast " + code;
        var day = Start.AddDays(_random.Next(days));
        PlaceRef place = _random.Next(8) == 0
            ? new PlaceRef(oblastName, PlaceKind.Oblast, null, oblastName, code, "UA", 48, 33, oblastName + " region", "gn:" + code)
            : Settlement(code, oblastName, _random.Next(settlementsPerOblast));
        var precision = _random.Next(10) switch { < 7 => DatePrecision.Day, < 9 => DatePrecision.Reported, _ => DatePrecision.Month };
        var published = new DateTimeOffset(day.Year, day.Month, day.Day, _random.Next(24), _random.Next(60), 0, TimeSpan.FromHours(3)).AddDays(_random.Next(2));
        var text = string.Create(CultureInfo.InvariantCulture, $"Synthetic report {n} about {place.Name} on {day:yyyy-MM-dd}, edit {_random.Next(1000)}.");
        var claims = new List<Claim>();
        for (var c = _random.Next(3); c > 0; c--)
        {
            var evidence = new Evidence(0, text.Length, text);
            claims.Add(new Claim(_random.Next(2) == 0 ? ClaimField.Killed : ClaimField.Injured, _random.Next(12), Qualifier.Exact, ClaimScope.Incident,
                Claimants[_random.Next(Claimants.Length)], day, place.Name, null, evidence));
        }

        var incident = new ReportIncident(place, day, precision, WeaponSets[_random.Next(WeaponSets.Length)], Side.RU,
            null, null, null, null, null, null, [], claims);
        var key = "https://synthetic.example/" + n.ToString(CultureInfo.InvariantCulture);
        var hash = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        var report = new Report(key, text, hash, "Report " + n.ToString(CultureInfo.InvariantCulture), published, "Synthetic", key, "en", "text", key);
        var extraction = new ExtractionResult(DocumentInfo.Plain(DateOnly.FromDateTime(published.DateTime)), [incident], [], [], [], []);
        return (report, extraction);
    }

    private static PlaceRef Settlement(string code, string oblastName, int index)
    {
        // Two entries share one name in every oblast, as same-named villages do.
        var name = index == 1 ? "Settlement 0" : "Settlement " + index.ToString(CultureInfo.InvariantCulture);
        return new PlaceRef(name, index < 2 ? PlaceKind.Settlement : PlaceKind.City, null, oblastName, code, "UA", 49, 34, name,
            "gn:" + code + "-" + index.ToString(CultureInfo.InvariantCulture));
    }
}
