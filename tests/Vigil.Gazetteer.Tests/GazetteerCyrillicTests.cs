using Vigil.Core;

namespace Vigil.Gazetteer.Tests;

/// <summary>Cyrillic names of places the sources give in Latin only, Russian spellings of Ukrainian villages, raion ranking, more Russian regions.</summary>
public sealed class GazetteerCyrillicTests
{
    private static Gazetteer G => Gazetteer.Default;

    [Theory]
    [InlineData("Купʼянськ-Вузловий", "Kupiansk-Vuzlovyi", "UA-63")]
    [InlineData("Купʼянську-Вузловому", "Kupiansk-Vuzlovyi", "UA-63")]
    [InlineData("Очеретиному", "Ocheretyne", "UA-14")]
    [InlineData("Хромовому", "Khromove", "UA-14")]
    [InlineData("Іллінівці", "Illinivka", "UA-14")]
    public void Geocode_CyrillicFormOfLatinOnlyPlace_ResolvesThroughRomanisation(string written, string name, string oblast)
    {
        // The place has no Cyrillic name in the data: only its romanisation can meet the text.
        Assert.Contains(G.Places, p => p.Name == name && p.Admin1Code == oblast && p.Ukrainian is null && p.Russian is null);

        var best = G.Geocode(written)[0];

        Assert.True(G.IsKnownName(written));
        Assert.Equal((name, oblast), (best.Name, best.Admin1Code));
    }

    [Fact]
    public void Geocode_RomanisedNameOfTwoNamesakes_NothingWithoutContextTheOneInTheOblastWith()
    {
        // Raihorodok is a village of Donetsk Oblast and one of Zhytomyr Oblast, both Latin-only.
        Assert.Equal(2, G.Places.Count(p => p.Name == "Raihorodok"));

        Assert.Empty(G.Geocode("Райгородку"));
        Assert.False(G.IsKnownName("Райгородку"));
        var inDonetsk = G.Geocode("Райгородку", new GeocodeContext("Donetsk"));
        Assert.Equal(("Raihorodok", "UA-14"), (inDonetsk[0].Name, inDonetsk[0].Admin1Code));
    }

    [Fact]
    public void Geocode_RussianSpellingOfUkrainianVillage_OnlyWithTheOblastNamed()
    {
        // Нікольське (Donetsk Oblast) written the Russian way; its Russian name in the data is a former one.
        Assert.Empty(G.Geocode("Никольское"));
        Assert.Empty(G.Geocode("Никольское", new GeocodeContext("Zaporizhzhia")));

        var best = G.Geocode("Никольское", new GeocodeContext("Donetsk"))[0];

        Assert.Equal(("Nikolske", "UA-14"), (best.Name, best.Admin1Code));
    }

    [Fact]
    public void Geocode_RussianSpellingOfASoftStem_WithTheOblastNamed_TheUkrainianVillage()
    {
        // Velyka Znamianka (Zaporizhzhia Oblast) is held in Latin only; Russian reports write it «Великая Знаменка».
        Assert.Contains(G.Places, p => p.Name == "Velyka Znamianka" && p.Ukrainian is null && p.Russian is null);

        var best = G.Geocode("Великой Знаменке", new GeocodeContext("Zaporizhzhia"))[0];

        Assert.Equal(("Velyka Znamianka", "UA-23"), (best.Name, best.Admin1Code));
    }

    [Fact]
    public void Geocode_RussianSpellingWithOblast_PrefersTheNamesakeInThatOblast()
    {
        // «Николаевка» is the Russian name of Mykolaivkas in Odesa and Mykolaiv oblasts; Donetsk Oblast's is held in Latin only.
        var best = G.Geocode("Николаевка", new GeocodeContext("Donetsk"))[0];

        Assert.Equal(("Mykolaivka", "UA-14", PlaceKind.Settlement), (best.Name, best.Admin1Code, best.Kind));
    }

    [Theory]
    [InlineData("Смирнова")]
    [InlineData("Вакуленчук")]
    [InlineData("купʼянськ-вузловому")]
    public void Geocode_SurnameOrLowerCaseWord_NotReadAsAPlaceThroughRomanisation(string written)
    {
        // «Смирнова» (a surname's genitive) would read back to Smyrnove of Zaporizhzhia Oblast, «Вакуленчук» is also a
        // Zhytomyr village's name; a lower-case word is not a name.
        Assert.False(G.IsKnownName(written));
        Assert.DoesNotContain(G.Geocode(written), c => c.Name is "Smyrnove" or "Vakulenchuk" or "Kupiansk-Vuzlovyi");
    }

    [Theory]
    [InlineData("Курском", "Kursk", "RU-KRS")]
    [InlineData("Брянском", "Bryansk", "RU-BRY")]
    public void Geocode_InstrumentalOfALargeCity_TheCityNotAVillageInTheLocative(string written, string name, string oblast)
    {
        // «под Курском»: Kursk, not the Crimean village «Курское» that «в Курском» would be
        var best = G.Geocode(written)[0];
        Assert.Equal((name, oblast, PlaceKind.City), (best.Name, best.Admin1Code, best.Kind));
    }

    [Theory]
    [InlineData("Марганця", "Marhanets", "UA-12")]
    [InlineData("Марганці", "Marhanets", "UA-12")]
    [InlineData("Марганца", "Marhanets", "UA-12")]
    [InlineData("Марганце", "Marhanets", "UA-12")]
    [InlineData("Ельце", "Yelets", "RU-LIP")]
    [InlineData("Ельца", "Yelets", "RU-LIP")]
    public void Geocode_FleetingVowelOfEtsName_ItsNominative(string written, string name, string oblast)
    {
        // «Марганець» drops its е when inflected (Марганця, у Марганці; Russian Марганца, в Марганце); «Елец» writes a soft sign for it (в Ельце)
        var best = G.Geocode(written)[0];
        Assert.Equal((name, oblast), (best.Name, best.Admin1Code));
    }

    [Theory]
    [InlineData("Шосткинській громаді", "Shostka", "UA-59")]
    [InlineData("Бахмацькій громаді", "Bakhmach", "UA-74")]
    [InlineData("Дунаєвецькій громаді", "Dunaivtsi", "UA-68")]
    [InlineData("Середино-Будській громаді", "Seredyna Buda", "UA-59")]
    [InlineData("Підгородненській громаді", "Pidhorodne", "UA-12")]
    [InlineData("Марганецька громада", "Marhanets", "UA-12")]
    [InlineData("Новгород-Сіверської громади", "Novhorod-Siverskyi", "UA-74")]
    [InlineData("Городнянської громади", "Horodnia", "UA-74")]
    [InlineData("Межівській громаді", "Mezhova", "UA-12")]
    public void Geocode_HromadaAdjective_ItsCentre(string written, string name, string oblast)
    {
        var best = G.Geocode(written)[0];

        Assert.Equal((name, oblast), (best.Name, best.Admin1Code));
        Assert.True(best.Kind is PlaceKind.City or PlaceKind.Settlement);
    }

    [Fact]
    public void Geocode_HromadaAdjectiveOfACity_NeverACityDistrictOfThatName()
    {
        // "Київська громада" is Kyiv's; the Kyivskyi districts of Odesa and Kharkiv are not hromada centres.
        Assert.DoesNotContain(G.Geocode("Київська громада"), c => c.Kind == PlaceKind.CityDistrict);
    }

    [Theory]
    [InlineData("Лозівському районі")]
    [InlineData("Lozivskyi district")]
    public void Geocode_RaionAdjectiveWithoutContext_TheRaionBeforeAnotherOblastsCityDistrict(string written)
    {
        var best = G.Geocode(written)[0];

        Assert.Equal(("Lozova Raion", PlaceKind.Raion, "UA-63"), (best.Name, best.Kind, best.Admin1Code));
    }

    [Fact]
    public void Geocode_RaionAdjectiveWithTheCityInContext_TheCityDistrict()
    {
        var best = G.Geocode("Lozivskyi district", new GeocodeContext(OtherMentions: ["Alchevsk"]))[0];

        Assert.Equal(("Alchevsk", "Lozivskyi", PlaceKind.CityDistrict), (best.Name, best.District, best.Kind));
    }

    [Theory]
    [InlineData("Petrovskyi district", "Donetsk", "Donetsk", "Petrovskyi")]
    [InlineData("Mykytivskyi district", "Horlivka", "Horlivka", "Mykytivskyi")]
    [InlineData("Kamianobridskyi district", "Luhansk", "Luhansk", "Kamianobridskyi")]
    [InlineData("Zarichnyi district", "Sumy", "Sumy", "Zarichnyi")]
    public void Geocode_DistrictOfACityInTheEastWithTheCityInContext_TheCityDistrict(string written, string city, string name, string district)
    {
        var best = G.Geocode(written, new GeocodeContext(OtherMentions: [city]))[0];

        Assert.Equal((name, district, PlaceKind.CityDistrict), (best.Name, best.District, best.Kind));
    }

    [Theory]
    [InlineData("Бежицкий район", "RU-BRY", "Bryansk", "Bezhitsky")]
    [InlineData("Пролетарском районе", "RU-ROS", "Rostov-on-Don", "Proletarsky")]
    [InlineData("Seymsky district", "RU-KRS", "Kursk", "Seymsky")]
    [InlineData("Заводском районе", "UA-12", "Kamianske", "Zavodskyi")]
    [InlineData("Нахімовському районі", "UA-40", "Sevastopol", "Nakhimovskyi")]
    public void Geocode_DistrictOfARussianOrSmallerUkrainianCityInItsRegion_TheCityDistrict(string written, string oblast, string city, string district)
    {
        var best = G.Geocode(written, new GeocodeContext(oblast))[0];

        Assert.Equal((city, district, PlaceKind.CityDistrict), (best.Name, best.District, best.Kind));
    }

    [Theory]
    [InlineData("Kirovsky district")]
    [InlineData("Ворошиловский район")]
    [InlineData("Пролетарском районе")]
    public void Geocode_DistrictNamedLikeARussianCitysWithoutItsCity_NeverTheRussianCitys(string written)
    {
        // Rostov-on-Don has districts of these names too; without Rostov or its oblast in the context, Donetsk's is the one reports mean.
        Assert.Contains(G.Places, p => p.Kind == PlaceKind.CityDistrict && p.Country == "RU" && p.Admin1Code == "RU-ROS");

        var hits = G.Geocode(written);

        Assert.DoesNotContain(hits, h => h.Country == "RU");
        Assert.Equal(("Donetsk", PlaceKind.CityDistrict), (hits[0].Name, hits[0].Kind));
    }

    [Theory]
    [InlineData("Орловской области", "Oryol Oblast", "RU-ORL")]
    [InlineData("Липецкой области", "Lipetsk Oblast", "RU-LIP")]
    [InlineData("Тульській області", "Tula Oblast", "RU-TUL")]
    [InlineData("Краснодарском крае", "Krasnodar Krai", "RU-KDA")]
    [InlineData("Moscow region", "Moscow Oblast", "RU-MOS")]
    [InlineData("Leningrad Oblast", "Leningrad Oblast", "RU-LEN")]
    [InlineData("Tatarstan", "Tatarstan", "RU-TA")]
    [InlineData("Республике Дагестан", "Dagestan", "RU-DA")]
    [InlineData("Чувашия", "Chuvashia", "RU-CU")]
    [InlineData("Samara region", "Samara Oblast", "RU-SAM")]
    [InlineData("Bashkortostan", "Bashkortostan", "RU-BA")]
    public void Geocode_RussianRegionBeyondTheBorder_ResolvesToTheRegion(string written, string name, string iso)
    {
        var best = G.Geocode(written)[0];

        Assert.Equal((name, PlaceKind.Oblast, iso), (best.Name, best.Kind, best.Admin1Code));
    }

    [Theory]
    [InlineData("Tuapse", "RU-KDA")]
    [InlineData("Новороссийск", "RU-KDA")]
    [InlineData("Туле", "RU-TUL")]
    [InlineData("Cheboksary", "RU-CU")]
    [InlineData("Саранске", "RU-MO")]
    [InlineData("Syzran", "RU-SAM")]
    public void Geocode_TownOfAFartherRussianRegion_Resolves(string written, string iso)
    {
        var best = G.Geocode(written)[0];

        Assert.Equal((PlaceKind.City, iso), (best.Kind, best.Admin1Code));
    }

    [Theory]
    [InlineData("Novomoskovsk", "Samar")]
    [InlineData("Kotovsk", "Podilsk")]
    public void Geocode_FormerUkrainianNameShared_ByARussianTown_StillTheUkrainianPlace(string written, string name)
    {
        var best = G.Geocode(written)[0];

        Assert.Equal((name, "UA"), (best.Name, best.Country));
    }

    [Fact]
    public void Geocode_MoscowAlone_NotAPlace()
    {
        // "Moscow said…" is the government; the city is not held, the region is named as a region.
        Assert.Empty(G.Geocode("Moscow"));
    }

    [Theory]
    [InlineData("Гуляйполі", "Huliaipole", "UA-23")]
    [InlineData("Мирнограді", "Myrnohrad", "UA-14")]
    public void Geocode_UkrainianLocativeOfNeuterInE_ResolvesToItsNominative(string written, string name, string oblast)
    {
        // «у Гуляйполі»: the locative of a name in -е ends in -і (the reading had only -а, -я, -о, -ь and the bare stem)
        var best = G.Geocode(written)[0];
        Assert.Equal((name, oblast), (best.Name, best.Admin1Code));
    }

    [Theory]
    [InlineData("Великих Копанях")]
    [InlineData("Великие Копани")]
    public void Geocode_PluralAdjectiveOfAVillage_ResolvesToItsNominative(string written)
    {
        // «у Великих Копанях»: a plural adjective's locative (-их) was not read back to its nominative (-і, Russian -ие)
        var best = G.Geocode(written)[0];
        Assert.Equal(("Velyki Kopani", "UA-65"), (best.Name, best.Admin1Code));
    }

    [Theory]
    [InlineData("Donetsk People's Republic", "UA-14")]
    [InlineData("Lugansk People’s Republic", "UA-09")]
    [InlineData("Донецкой Народной Республике", "UA-14")]
    [InlineData("Луганской Народной Республики", "UA-09")]
    public void Geocode_OccupationRepublic_IsItsOblast(string written, string oblast)
    {
        // "located in the Donetsk People's Republic": the occupation's name of the oblast, not Donetsk city (the possessive
        // had split it into the "Republic" of "Donetsk People")
        var best = G.Geocode(written)[0];
        Assert.Equal((PlaceKind.Oblast, oblast), (best.Kind, best.Admin1Code));
    }
}
