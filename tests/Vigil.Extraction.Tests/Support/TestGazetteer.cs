using Vigil.Core;
using Vigil.Gazetteer;

namespace Vigil.Extraction.Tests.Support;

/// <summary>
/// A small in-memory gazetteer for tests: oblast-level regions, a few hundred cities with old
/// spellings, and city districts. It follows IGazetteer's contract (any case, "X region/oblast",
/// "the city of X", possessive) so extraction can be tested apart from the real gazetteer.
/// </summary>
internal sealed class TestGazetteer : IGazetteer
{
    public static TestGazetteer Instance { get; } = new();

    private readonly Dictionary<string, List<GeocodeCandidate>> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, GeocodeCandidate> _cities = new(StringComparer.OrdinalIgnoreCase);

    private TestGazetteer()
    {
        foreach (var entry in Entries())
        {
            entry(this);
        }
    }

    private static IEnumerable<Action<TestGazetteer>> Entries() =>
    [
        Oblast("Vinnytsia Oblast", "UA-05", "UA", "Vinnytsia"),
        Oblast("Volyn Oblast", "UA-07", "UA", "Volyn"),
        Oblast("Luhansk Oblast", "UA-09", "UA", "Luhansk"),
        Oblast("Dnipropetrovsk Oblast", "UA-12", "UA", "Dnipropetrovsk"),
        Oblast("Donetsk Oblast", "UA-14", "UA", "Donetsk"),
        Oblast("Zhytomyr Oblast", "UA-18", "UA", "Zhytomyr"),
        Oblast("Zakarpattia Oblast", "UA-21", "UA", "Zakarpattia"),
        Oblast("Zaporizhzhia Oblast", "UA-23", "UA", "Zaporizhzhia"),
        Oblast("Ivano-Frankivsk Oblast", "UA-26", "UA", "Ivano-Frankivsk"),
        Oblast("Kyiv Oblast", "UA-32", "UA", "Kyiv"),
        Oblast("Kirovohrad Oblast", "UA-35", "UA", "Kirovohrad"),
        Oblast("Lviv Oblast", "UA-46", "UA", "Lviv"),
        Oblast("Mykolaiv Oblast", "UA-48", "UA", "Mykolaiv"),
        Oblast("Odesa Oblast", "UA-51", "UA", "Odesa"),
        Oblast("Poltava Oblast", "UA-53", "UA", "Poltava"),
        Oblast("Rivne Oblast", "UA-56", "UA", "Rivne"),
        Oblast("Sumy Oblast", "UA-59", "UA", "Sumy"),
        Oblast("Ternopil Oblast", "UA-61", "UA", "Ternopil"),
        Oblast("Kharkiv Oblast", "UA-63", "UA", "Kharkiv"),
        Oblast("Kherson Oblast", "UA-65", "UA", "Kherson"),
        Oblast("Khmelnytskyi Oblast", "UA-68", "UA", "Khmelnytskyi"),
        Oblast("Cherkasy Oblast", "UA-71", "UA", "Cherkasy"),
        Oblast("Chernihiv Oblast", "UA-74", "UA", "Chernihiv"),
        Oblast("Chernivtsi Oblast", "UA-77", "UA", "Chernivtsi"),
        Oblast("Belgorod Oblast", "RU-BEL", "RU", "Belgorod"),
        Oblast("Kursk Oblast", "RU-KRS", "RU", "Kursk"),
        Oblast("Bryansk Oblast", "RU-BRY", "RU", "Bryansk"),
        Oblast("Rostov Oblast", "RU-ROS", "RU", "Rostov"),
        Oblast("Moscow Oblast", "RU-MOS", "RU", "Moscow"),
        Oblast("Voronezh Oblast", "RU-VOR", "RU", "Voronezh"),
        City("Kharkiv", "Kharkiv Oblast", "UA-63", "UA", "Kharkov"),
        City("Kyiv", "Kyiv", "UA-30", "UA", "Kiev"),
        City("Zaporizhzhia", "Zaporizhzhia Oblast", "UA-23", "UA", "Zaporizhia", "Zaporozhye"),
        City("Kryvyi Rih", "Dnipropetrovsk Oblast", "UA-12", "UA", "Krivoy Rog", "Kryvyi Rig"),
        City("Sumy", "Sumy Oblast", "UA-59", "UA"),
        City("Odesa", "Odesa Oblast", "UA-51", "UA", "Odessa"),
        City("Kherson", "Kherson Oblast", "UA-65", "UA"),
        City("Dnipro", "Dnipropetrovsk Oblast", "UA-12", "UA", "Dnepr", "Dnipropetrovsk"),
        City("Poltava", "Poltava Oblast", "UA-53", "UA"),
        City("Nikopol", "Dnipropetrovsk Oblast", "UA-12", "UA"),
        City("Mykolaiv", "Mykolaiv Oblast", "UA-48", "UA", "Nikolaev", "Mykolayiv"),
        City("Ternopil", "Ternopil Oblast", "UA-61", "UA"),
        City("Kupiansk", "Kharkiv Oblast", "UA-63", "UA", "Kupyansk"),
        City("Bila Tserkva", "Kyiv Oblast", "UA-32", "UA"),
        City("Kostiantynivka", "Donetsk Oblast", "UA-14", "UA"),
        City("Krasnopillia", "Sumy Oblast", "UA-59", "UA"),
        City("Bilopillia", "Sumy Oblast", "UA-59", "UA"),
        City("Marhanets", "Dnipropetrovsk Oblast", "UA-12", "UA"),
        City("Lutsk", "Volyn Oblast", "UA-07", "UA"),
        City("Ochakiv", "Mykolaiv Oblast", "UA-48", "UA"),
        City("Lviv", "Lviv Oblast", "UA-46", "UA", "Lvov"),
        City("Shebekino", "Belgorod Oblast", "RU-BEL", "RU"),
        City("Cherkasy", "Cherkasy Oblast", "UA-71", "UA"),
        City("Vovchansk", "Kharkiv Oblast", "UA-63", "UA", "Volchansk"),
        City("Izmail", "Odesa Oblast", "UA-51", "UA"),
        City("Chuhuiv", "Kharkiv Oblast", "UA-63", "UA", "Chuguev"),
        City("Balakliia", "Kharkiv Oblast", "UA-63", "UA"),
        City("Shostka", "Sumy Oblast", "UA-59", "UA"),
        City("Dobropillia", "Donetsk Oblast", "UA-14", "UA"),
        City("Beryslav", "Kherson Oblast", "UA-65", "UA"),
        City("Zolochiv", "Kharkiv Oblast", "UA-63", "UA"),
        City("Kramatorsk", "Donetsk Oblast", "UA-14", "UA"),
        City("Orikhiv", "Zaporizhzhia Oblast", "UA-23", "UA"),
        City("Pokrovsk", "Donetsk Oblast", "UA-14", "UA", "Krasnoarmiisk"),
        City("Velyka Pysarivka", "Sumy Oblast", "UA-59", "UA"),
        City("Huliaipole", "Zaporizhzhia Oblast", "UA-23", "UA"),
        City("Chornomorsk", "Odesa Oblast", "UA-51", "UA"),
        City("Belgorod", "Belgorod Oblast", "RU-BEL", "RU", "Bilhorod"),
        City("Kremenchuk", "Poltava Oblast", "UA-53", "UA"),
        City("Chernihiv", "Chernihiv Oblast", "UA-74", "UA", "Chernigov"),
        City("Pavlohrad", "Dnipropetrovsk Oblast", "UA-12", "UA"),
        City("Klintsy", "Bryansk Oblast", "RU-BRY", "RU"),
        City("Rivne", "Rivne Oblast", "UA-56", "UA", "Rovno"),
        City("Khmelnytskyi", "Khmelnytskyi Oblast", "UA-68", "UA", "Khmelnitsky"),
        City("Bilozerka", "Kherson Oblast", "UA-65", "UA"),
        City("Zhytomyr", "Zhytomyr Oblast", "UA-18", "UA"),
        City("Kamianske", "Dnipropetrovsk Oblast", "UA-12", "UA", "Dniprodzerzhynsk"),
        City("Toretsk", "Donetsk Oblast", "UA-14", "UA"),
        City("Valuyki", "Belgorod Oblast", "RU-BEL", "RU", "Valuiki"),
        City("Obukhiv", "Kyiv Oblast", "UA-32", "UA"),
        City("Vyshhorod", "Kyiv Oblast", "UA-32", "UA"),
        City("Nizhyn", "Chernihiv Oblast", "UA-74", "UA"),
        City("Semenivka", "Chernihiv Oblast", "UA-74", "UA"),
        City("Novhorod-Siverskyi", "Chernihiv Oblast", "UA-74", "UA"),
        City("Konotop", "Sumy Oblast", "UA-59", "UA"),
        City("Drohobych", "Lviv Oblast", "UA-46", "UA"),
        City("Lozova", "Kharkiv Oblast", "UA-63", "UA"),
        City("Voznesensk", "Mykolaiv Oblast", "UA-48", "UA"),
        City("Stepnohirsk", "Zaporizhzhia Oblast", "UA-23", "UA"),
        City("Synelnykove", "Dnipropetrovsk Oblast", "UA-12", "UA"),
        City("Taganrog", "Rostov Oblast", "RU-ROS", "RU"),
        City("Rylsk", "Kursk Oblast", "RU-KRS", "RU"),
        City("Stryi", "Lviv Oblast", "UA-46", "UA"),
        City("Druzhkivka", "Donetsk Oblast", "UA-14", "UA"),
        City("Sloviansk", "Donetsk Oblast", "UA-14", "UA", "Slovyansk", "Slavyansk"),
        City("Izium", "Kharkiv Oblast", "UA-63", "UA", "Izyum"),
        City("Grayvoron", "Belgorod Oblast", "RU-BEL", "RU", "Graivoron"),
        City("Okhtyrka", "Sumy Oblast", "UA-59", "UA"),
        City("Bohodukhiv", "Kharkiv Oblast", "UA-63", "UA"),
        City("Bakhmut", "Donetsk Oblast", "UA-14", "UA", "Artemivsk"),
        City("Kropyvnytskyi", "Kirovohrad Oblast", "UA-35", "UA", "Kirovohrad", "Kirovograd"),
        City("Sudzha", "Kursk Oblast", "RU-KRS", "RU"),
        City("Kursk", "Kursk Oblast", "RU-KRS", "RU"),
        City("Bryansk", "Bryansk Oblast", "RU-BRY", "RU"),
        City("Vinnytsia", "Vinnytsia Oblast", "UA-05", "UA"),
        City("Uman", "Cherkasy Oblast", "UA-71", "UA"),
        City("Brovary", "Kyiv Oblast", "UA-32", "UA"),
        City("Irpin", "Kyiv Oblast", "UA-32", "UA"),
        City("Bucha", "Kyiv Oblast", "UA-32", "UA"),
        City("Fastiv", "Kyiv Oblast", "UA-32", "UA"),
        City("Chernivtsi", "Chernivtsi Oblast", "UA-77", "UA"),
        City("Uzhhorod", "Zakarpattia Oblast", "UA-21", "UA"),
        City("Ivano-Frankivsk", "Ivano-Frankivsk Oblast", "UA-26", "UA"),
        City("Kalush", "Ivano-Frankivsk Oblast", "UA-26", "UA"),
        City("Burshtyn", "Ivano-Frankivsk Oblast", "UA-26", "UA"),
        City("Myrhorod", "Poltava Oblast", "UA-53", "UA"),
        City("Lubny", "Poltava Oblast", "UA-53", "UA"),
        City("Pervomaisk", "Mykolaiv Oblast", "UA-48", "UA"),
        City("Slavutych", "Kyiv Oblast", "UA-32", "UA"),
        City("Hlukhiv", "Sumy Oblast", "UA-59", "UA"),
        City("Romny", "Sumy Oblast", "UA-59", "UA"),
        City("Lebedyn", "Sumy Oblast", "UA-59", "UA"),
        City("Derhachi", "Kharkiv Oblast", "UA-63", "UA"),
        City("Kozacha Lopan", "Kharkiv Oblast", "UA-63", "UA"),
        City("Selydove", "Donetsk Oblast", "UA-14", "UA"),
        City("Myrnohrad", "Donetsk Oblast", "UA-14", "UA"),
        City("Avdiivka", "Donetsk Oblast", "UA-14", "UA"),
        City("Vuhledar", "Donetsk Oblast", "UA-14", "UA"),
        City("Kurakhove", "Donetsk Oblast", "UA-14", "UA"),
        City("Lyman", "Donetsk Oblast", "UA-14", "UA"),
        City("Siversk", "Donetsk Oblast", "UA-14", "UA"),
        City("Chasiv Yar", "Donetsk Oblast", "UA-14", "UA"),
        City("Antonivka", "Kherson Oblast", "UA-65", "UA"),
        City("Chornobaivka", "Kherson Oblast", "UA-65", "UA"),
        City("Stanislav", "Kherson Oblast", "UA-65", "UA"),
        City("Vasylivka", "Zaporizhzhia Oblast", "UA-23", "UA"),
        City("Enerhodar", "Zaporizhzhia Oblast", "UA-23", "UA"),
        City("Kamianka-Dniprovska", "Zaporizhzhia Oblast", "UA-23", "UA"),
        City("Pokrov", "Dnipropetrovsk Oblast", "UA-12", "UA"),
        City("Zelenodolsk", "Dnipropetrovsk Oblast", "UA-12", "UA"),
        City("Apostolove", "Dnipropetrovsk Oblast", "UA-12", "UA"),
        City("Yuzhne", "Odesa Oblast", "UA-51", "UA"),
        City("Bilhorod-Dnistrovskyi", "Odesa Oblast", "UA-51", "UA"),
        City("Reni", "Odesa Oblast", "UA-51", "UA"),
        City("Vylkove", "Odesa Oblast", "UA-51", "UA"),
        City("Kovel", "Volyn Oblast", "UA-07", "UA"),
        City("Volodymyr", "Volyn Oblast", "UA-07", "UA"),
        City("Starokostiantyniv", "Khmelnytskyi Oblast", "UA-68", "UA"),
        City("Shepetivka", "Khmelnytskyi Oblast", "UA-68", "UA"),
        City("Korosten", "Zhytomyr Oblast", "UA-18", "UA"),
        City("Berdychiv", "Zhytomyr Oblast", "UA-18", "UA"),
        City("Smila", "Cherkasy Oblast", "UA-71", "UA"),
        City("Zolotonosha", "Cherkasy Oblast", "UA-71", "UA"),
        City("Kalynivka", "Vinnytsia Oblast", "UA-05", "UA"),
        City("Koziatyn", "Vinnytsia Oblast", "UA-05", "UA"),
        District("Kherson", "Korabelnyi"),
        District("Odesa", "Prymorskyi"),
        District("Kharkiv", "Saltivskyi"),
        District("Kharkiv", "Industrialnyi"),
        District("Sumy", "Kovpakivskyi"),
        District("Kyiv", "Dniprovskyi"),
        District("Kryvyi Rih", "Dovhyntsivskyi"),
        District("Zaporizhzhia", "Zavodskyi"),
        District("Odesa", "Peresypskyi"),
        District("Kharkiv", "Kholodnohirskyi"),
        District("Dnipro", "Samarskyi"),
        District("Kyiv", "Holosiivskyi"),
        District("Kherson", "Dniprovskyi"),
        District("Kharkiv", "Osnovianskyi"),
        District("Kharkiv", "Kyivskyi"),
        District("Odesa", "Khadzhybeiskyi"),
        District("Kyiv", "Darnytskyi"),
        District("Odesa", "Kyivskyi"),
        District("Kyiv", "Sviatoshynskyi"),
        District("Zaporizhzhia", "Shevchenkivskyi"),
        District("Dnipro", "Sobornyi"),
        District("Kyiv", "Shevchenkivskyi"),
        District("Kyiv", "Solomianskyi"),
        District("Kyiv", "Obolonskyi"),
        District("Kyiv", "Podilskyi"),
        District("Kyiv", "Pecherskyi"),
        District("Kyiv", "Desnianskyi"),
        District("Kharkiv", "Shevchenkivskyi"),
        District("Kharkiv", "Nemyshlianskyi"),
        District("Kharkiv", "Slobidskyi"),
        District("Kharkiv", "Novobavarskyi"),
        District("Kharkiv", "Osnovyanskyi"),
        District("Dnipro", "Shevchenkivskyi"),
        District("Dnipro", "Chechelivskyi"),
        District("Zaporizhzhia", "Oleksandrivskyi"),
        District("Zaporizhzhia", "Khortytskyi"),
        District("Zaporizhzhia", "Komunarskyi"),
        District("Odesa", "Malynovskyi"),
        District("Sumy", "Zarichnyi"),
    ];

    private static Action<TestGazetteer> Oblast(string name, string code, string country, string stem) => g =>
    {
        var c = new GeocodeCandidate(code, name, PlaceKind.Oblast, null, name, code, country, 0, 0, null, 1);
        foreach (var suffix in new[] { "region", "oblast", "province" })
        {
            g.Add(stem + " " + suffix, c);
        }

        g.Add(name, c);
        if (stem == "Dnipropetrovsk")
        {
            g.Add("Dnipro region", c);
        }
        if (stem == "Kirovohrad")
        {
            g.Add("Kropyvnytskyi region", c);
        }
        g.AddLast(stem, c);
    };

    private static Action<TestGazetteer> City(string name, string admin1, string code, string country, params string[] alternates) => g =>
    {
        var c = new GeocodeCandidate(code + ":" + name, name, PlaceKind.City, null, admin1, code, country, 0, 0, 10000, 1);
        g._cities[name] = c;
        g.Add(name, c);
        foreach (var a in alternates)
        {
            g.Add(a, c);
        }
    };

    private static Action<TestGazetteer> District(string city, string district) => g =>
    {
        var parent = g._cities[city];
        var c = parent with { Id = parent.Id + ":" + district, Kind = PlaceKind.CityDistrict, District = district };
        g.Add(district + " district", c);
    };

    private void Add(string key, GeocodeCandidate c)
    {
        if (!_byKey.TryGetValue(key, out var list))
        {
            list = [];
            _byKey[key] = list;
        }

        list.Insert(0, c);
    }

    private void AddLast(string key, GeocodeCandidate c)
    {
        if (!_byKey.TryGetValue(key, out var list))
        {
            list = [];
            _byKey[key] = list;
        }

        list.Add(c);
    }

    public IReadOnlyList<GeocodeCandidate> Geocode(string name, GeocodeContext? context = null)
    {
        var key = Normalize(name);
        if (!_byKey.TryGetValue(key, out var list))
        {
            return [];
        }

        if (context?.OtherMentions is { } others && list.Count > 1 && list[0].Kind == PlaceKind.CityDistrict)
        {
            var preferred = list.Where(c => others.Any(o => string.Equals(Normalize(o), c.Name, StringComparison.OrdinalIgnoreCase))).ToList();
            if (preferred.Count > 0)
            {
                return preferred;
            }
        }

        return list;
    }

    public bool IsKnownName(ReadOnlySpan<char> name) => _byKey.ContainsKey(Normalize(name.ToString()));

    private static string Normalize(string name)
    {
        var s = name.Trim().Replace('’', '\'');
        if (s.EndsWith("'s", StringComparison.Ordinal))
        {
            s = s[..^2];
        }

        foreach (var prefix in new[] { "the city of ", "the village of ", "the town of ", "city of ", "the " })
        {
            if (s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                s = s[prefix.Length..];
            }
        }

        return s;
    }
}
