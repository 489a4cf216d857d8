using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Vigil.Gazetteer;
using PlaceGazetteer = Vigil.Gazetteer.Gazetteer;

namespace Vigil.Benchmarks;

/// <summary>
/// Gazetteer load and per-mention lookup. Baselines: for loading, only gunzip + parse of the rows
/// (what indexing adds on top); for lookup, a plain Dictionary hit on exact canonical names.
/// Lookup methods run once per mention: the figures are per mention.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class GazetteerBenchmarks
{
    // A mix as reports write them: spellings, old names, Cyrillic, wrappers, districts, ambiguous villages, non-places.
    private static readonly string[] Mentions =
    [
        "Kharkiv", "Kharkov", "Харків", "Zaporizhzhia", "Zaporozhye", "Kryvyy Rih", "Odesa region", "Sumy region",
        "the city of Dnipro", "Kharkiv's", "Artemivsk", "Kirovograd", "the Kyivskyi district of Odesa",
        "Saltivskyi district", "Antonivka", "Zolochiv", "Lyman", "Belgorod", "Shebekino", "Kupiansk",
        "Izyum", "Pokrovsk district", "Ukraine", "Zelensky",
    ];

    private static readonly string[] CanonicalNames =
    [
        "Kharkiv", "Kyiv", "Odesa", "Zaporizhzhia", "Dnipro", "Kryvyi Rih", "Mykolaiv", "Kherson", "Sumy", "Poltava",
        "Izium", "Kupiansk", "Bakhmut", "Pokrovsk", "Kropyvnytskyi", "Belgorod", "Shebekino", "Lviv", "Lutsk", "Rivne",
        "Uzhhorod", "Chernihiv", "Ukraine", "Zelensky",
    ];

    private byte[] _placesGzip = [];
    private string _wrappers = "";
    private string _notPlaces = "";
    private PlaceGazetteer _gazetteer = null!;
    private Dictionary<string, PlaceRecord> _byName = null!;
    private readonly GeocodeContext _context = new("Kharkiv", ["Kharkiv", "Chuhuiv"]);

    [GlobalSetup]
    public void Setup()
    {
        var assembly = typeof(PlaceGazetteer).Assembly;
        using (var stream = assembly.GetManifestResourceStream("Vigil.Gazetteer.places.tsv.gz")!)
        using (var buffer = new MemoryStream())
        {
            stream.CopyTo(buffer);
            _placesGzip = buffer.ToArray();
        }

        using (var reader = new StreamReader(assembly.GetManifestResourceStream("Vigil.Gazetteer.wrappers.tsv")!))
        {
            _wrappers = reader.ReadToEnd();
        }

        using (var reader = new StreamReader(assembly.GetManifestResourceStream("Vigil.Gazetteer.not-places.txt")!))
        {
            _notPlaces = reader.ReadToEnd();
        }

        _gazetteer = PlaceGazetteer.Default;
        _byName = [];
        foreach (var place in _gazetteer.Places)
        {
            _byName.TryAdd(place.Name, place);
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("load")]
    public int LoadParseOnly()
    {
        using var gzip = new GZipStream(new MemoryStream(_placesGzip), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        reader.ReadLine();
        int count = 0;
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            count += PlaceRecord.ParseTsv(line).Alternates.Count;
        }

        return count;
    }

    [Benchmark, BenchmarkCategory("load")]
    public int Load() => PlaceGazetteer.Load(new MemoryStream(_placesGzip), _wrappers, _notPlaces).Count;

    [Benchmark(Baseline = true, OperationsPerInvoke = 24), BenchmarkCategory("lookup")]
    public int DictionaryLookup()
    {
        int found = 0;
        foreach (string name in CanonicalNames)
        {
            found += _byName.TryGetValue(name, out _) ? 1 : 0;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = 24), BenchmarkCategory("lookup")]
    public int IsKnownName()
    {
        int found = 0;
        foreach (string name in Mentions)
        {
            found += _gazetteer.IsKnownName(name) ? 1 : 0;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = 24), BenchmarkCategory("lookup")]
    public int Geocode()
    {
        int found = 0;
        foreach (string name in Mentions)
        {
            found += _gazetteer.Geocode(name).Count;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = 24), BenchmarkCategory("lookup")]
    public int GeocodeWithContext()
    {
        int found = 0;
        foreach (string name in Mentions)
        {
            found += _gazetteer.Geocode(name, _context).Count;
        }

        return found;
    }
}
