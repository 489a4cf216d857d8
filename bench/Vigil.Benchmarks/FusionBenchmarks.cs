using BenchmarkDotNet.Attributes;
using Vigil.Core;
using Vigil.Export;
using Vigil.Fusion;

namespace Vigil.Benchmarks;

/// <summary>
/// Fusing a month of reports: 10,000 extractions over 40 places and 30 days, several reports per
/// attack with revised figures, some edited versions. The baseline is the bare grouping by place
/// and day that fusion refines, so the ratio is the cost of the fusion rules themselves.
/// Run: dotnet run -c Release --project bench/Vigil.Benchmarks -- --filter '*FusionBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
public class FusionBenchmarks
{
    private static readonly Weapon[][] WeaponSets = [[Weapon.Drone], [Weapon.Missile], [Weapon.Drone, Weapon.Missile], [Weapon.GlideBomb], []];
    private static readonly ClaimantKind[] Kinds =
        [ClaimantKind.LocalAuthority, ClaimantKind.EmergencyService, ClaimantKind.NationalBody, ClaimantKind.Media, ClaimantKind.Unattributed];
    private static readonly ClaimField[] Fields = [ClaimField.Killed, ClaimField.Injured, ClaimField.ChildrenInjured, ClaimField.Hit];

    private List<ReportExtraction> reports = [];
    private IReadOnlyList<Incident> incidents = [];

    [Params(10_000)]
    public int Reports { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        reports = Generate(Reports, seed: 20250611);
        incidents = IncidentFusion.Fuse(reports);
    }

    [Benchmark(Baseline = true, Description = "GroupBy place+day (baseline)")]
    public int GroupByPlaceAndDay() =>
        reports
            .SelectMany(static r => r.Extraction.Incidents)
            .GroupBy(static i => (i.Place?.Name, i.Date))
            .Count();

    [Benchmark(Description = "IncidentFusion.Fuse")]
    public int Fuse() => IncidentFusion.Fuse(reports).Count;

    [Benchmark(Description = "Export JSON (fused)")]
    public long ExportJson()
    {
        using var sink = new CountingSink();
        IncidentExport.Write(incidents, ExportFormat.Json, sink);
        return sink.Length;
    }

    [Benchmark(Description = "Export CSV (fused)")]
    public long ExportCsv()
    {
        using var sink = new CountingSink();
        IncidentExport.Write(incidents, ExportFormat.Csv, sink);
        return sink.Length;
    }

    internal static List<ReportExtraction> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var places = Enumerable.Range(0, 40)
            .Select(i => new PlaceRef($"Town{i}", PlaceKind.City, null, $"Oblast{i % 8}", $"UA-{10 + (i % 8)}", "UA", 46 + (i % 5), 30 + (i % 7), $"Town{i}", $"gn:{i}"))
            .ToArray();
        var start = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.FromHours(3));
        var result = new List<ReportExtraction>(count);
        for (var n = 0; n < count; n++)
        {
            var place = places[random.Next(places.Length)];
            var day = random.Next(30);
            var published = start.AddDays(day).AddMinutes(random.Next(24 * 60));
            var claims = new List<Claim>();
            for (var c = random.Next(1, 4); c > 0; c--)
            {
                var text = $"Officials in {place.Name} said {random.Next(60)} people were affected.";
                claims.Add(new Claim(
                    Fields[random.Next(Fields.Length)], random.Next(60), Qualifier.Exact, ClaimScope.Incident,
                    new Claimant(null, null, Kinds[random.Next(Kinds.Length)]), null, place.Name, null, new Evidence(0, text.Length, text)));
            }

            var incident = new ReportIncident(
                place, DateOnly.FromDateTime(published.DateTime), random.Next(5) == 0 ? DatePrecision.Reported : DatePrecision.Day,
                WeaponSets[random.Next(WeaponSets.Length)], Side.RU, null, null, null, null, null, null, ["residential"], claims);
            var key = $"https://example.org/r/{random.Next(count * 9 / 10)}";
            var extraction = new ExtractionResult(DocumentInfo.Plain(DateOnly.FromDateTime(published.DateTime)), [incident], [], [], [], []);
            result.Add(new ReportExtraction(key, n, published, published.AddMinutes(3), "Bench", key, null, extraction));
        }

        return result;
    }

    /// <summary>A stream that only counts bytes, so the benchmark measures formatting, not storage.</summary>
    private sealed class CountingSink : Stream
    {
        private long length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => length;

        public override long Position { get => length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => length += buffer.Length;
    }
}
