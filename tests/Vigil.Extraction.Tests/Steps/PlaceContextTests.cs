using Vigil.Core;
using Vigil.Extraction.Tests.Support;

namespace Vigil.Extraction.Tests.Steps;

/// <summary>
/// Places that depend on what else the report says: hromada adjectives, front-line directions, the
/// oblast named beside a village. Over the real gazetteer: its namesakes are the point.
/// </summary>
public sealed class PlaceContextTests
{
    private static readonly Extractor Extractor = new(Vigil.Gazetteer.Gazetteer.Default);

    private static ReportIncident Single(string text) =>
        Assert.Single(Extractor.Extract(text, DocumentInfo.Plain(Extract.Published)).Incidents);

    [Theory]
    [InlineData("Russian shelling of the Nedryhailivska community in Sumy Oblast killed one man.", "Nedryhailiv", "UA-59")]
    [InlineData("In the Novovodolazka community of Kharkiv Oblast, six people were injured by a drone.", "Nova Vodolaha", "UA-63")]
    [InlineData("A drone hit the Bilopilska hromada, wounding a 40-year-old man.", "Bilopillia", "UA-59")]
    public void Extract_HromadaAdjective_PlacesItsCentre(string text, string place, string admin1Code)
    {
        var incident = Single(text);
        Assert.Equal(place, incident.Place?.Name);
        Assert.Equal(admin1Code, incident.Place?.Admin1Code);
    }

    [Theory]
    [InlineData("A drone hit rescuers of the \"Bila\" unit in Kharkiv on Monday, injuring two.", "en")]
    [InlineData("Дрон атакував рятувальників загону «Білі Янголи» у Харкові, поранено двох людей.", "uk")]
    public void Extract_NameInQuotationMarks_NoPlace(string text, string language)
    {
        // a unit, firm or road named in quotation marks is no place, though a village bears the name
        var incident = Assert.Single(Extractor.Extract(text, new DocumentInfo(null, Extract.Published, language, null, null)).Incidents);
        Assert.Equal("Kharkiv", incident.Place?.Name);
    }

    [Theory]
    [InlineData("Nine people were hurt when Russian shells fell on the Bryansk region, its governor said.\nThe strike hit the centre of Klintsy, and the Bryansk-Unecha road was also shelled.", "en", "Klintsy")]
    [InlineData("Внаслідок обстрілу Сумщини поранено дев'ятьох людей.\nСнаряди влучили в центр Конотопа, також під обстрілом опинилася траса Суми-Ромни.", "uk", "Konotop")]
    [InlineData("В результате обстрела Курской области ранены девять человек.\nСнаряды попали в центр Рыльска, также под обстрел попала трасса Курск — Льгов.", "ru", "Rylsk")]
    public void Extract_RoadNamedByItsEnds_NeitherEndIsThePlace(string text, string language, string town)
    {
        // a road is named after the towns at its ends: the region's toll narrows to the town the strike hit, not to those ends
        var incident = Assert.Single(Extractor.Extract(text, new DocumentInfo(null, Extract.Published, language, null, null)).Incidents);
        Assert.Equal(town, incident.Place?.Name);
        Assert.Equal(9, incident.Injured);
    }

    [Fact]
    public void Extract_PrepositionOpeningASentence_NoPlace()
    {
        // «По …» opens the sentence capitalised: a preposition, not a village «По»
        var result = Extractor.Extract("Ракеты попали в Харьков. По Салтовскому району уже шесть погибших.", new DocumentInfo(null, Extract.Published, "ru", null, null));
        Assert.DoesNotContain(result.Incidents, i => i.Place?.Name == "Po");
        Assert.Equal(6, Assert.Single(result.Incidents).Killed);
    }

    [Theory]
    [InlineData("Дрон атакував Білу Церкву, поранено двох людей.", "Bila Tserkva")]
    [InlineData("Уночі уламок дрона пошкодив дах будинку в Білій Церкві.", "Bila Tserkva")]
    public void Extract_PlaceSharingAPrepositionsStem_Found(string text, string place)
    {
        // «біля» (near) and «Біла» share a stem: the preposition's gloss is read from its own form only
        var incident = Assert.Single(Extractor.Extract(text, new DocumentInfo(null, Extract.Published, "uk", null, null)).Incidents);
        Assert.Equal(place, incident.Place?.Name);
    }

    [Theory]
    [InlineData("Shelling over the past day killed two civilians in Donetsk Oblast, its governor said.", "Donetsk Oblast")]
    [InlineData("A missile strike wounded four people in the Odesa region, a spokesman said.", "Odesa Oblast")]
    public void Extract_PlaceBeforeSpeakerInApposition_PlaceNotTakenForAName(string text, string place)
    {
        // "<Name>, a spokesman, said" names a person; a run ending in "Oblast" or "region" is a place, not a name.
        var incident = Single(text);
        Assert.Equal(place, incident.Place?.Name);
        Assert.NotNull(incident.Killed ?? incident.Injured);
    }

    [Fact]
    public void Extract_HeadlineWithTagAfterCountersLine_BodyPlaceKept()
    {
        // "12 408 3" (page counters) and "VIDEO" after the title: the whole first line is a headline, the body says where.
        var incident = Single("12 408 3\nDrones strike Poltava region at night: blasts in Lubny, two hurt. VIDEO\n" +
                              "Russian drones attacked Poltava region overnight. Two people were injured in Lubny district, the regional governor said.");
        Assert.Equal(("Lubny Raion", PlaceKind.Raion), (incident.Place?.Name, incident.Place?.Kind));
        Assert.Equal(2, incident.Injured);
    }

    [Theory]
    [InlineData("A drone hit a farm in Synelnykivskyi district of Dnipropetrovsk region, injuring two men.", "Synelnykove Raion", "UA-12")]
    [InlineData("Verkhnia Syrovatska community: an artillery shell hit a yard, wounding one woman.", "Verkhnia Syrovatka", "UA-59")]
    public void Extract_LatinAdjectiveOfRaionOrCommunity_PlacesIt(string text, string place, string admin1Code)
    {
        var incident = Single(text);
        Assert.Equal((place, admin1Code), (incident.Place?.Name, incident.Place?.Admin1Code));
    }

    [Fact]
    public void Extract_FrontLineDirection_OblastAreaNotTheTown()
    {
        var incident = Single("One civilian was killed in Russian shelling in the Kupiansk direction, the army said.");
        Assert.Equal("Kharkiv Oblast", incident.Place?.Name);
        Assert.Equal(PlaceKind.Oblast, incident.Place?.Kind);
        Assert.Equal(1, incident.Killed);
    }

    [Fact]
    public void Extract_VillageOnlyKnownInAnotherOblast_KeptUnresolvedInNamedOblast()
    {
        // The gazetteer's Pokrovkas lie in other oblasts: the one in Kharkiv region is too small for it.
        var incident = Single("Russian troops shelled the village of Pokrovka in Kharkiv region, injuring a 60-year-old woman.");
        Assert.Equal("Pokrovka", incident.Place?.Name);
        Assert.False(incident.Place?.Resolved);
        Assert.Equal("UA-63", incident.Place?.Admin1Code);
        Assert.Null(incident.Place?.Lat);
    }

    [Fact]
    public void Extract_OblastNamedOnlyInAnotherSentence_DoesNotMoveTheVillage()
    {
        var incident = Single("A drone hit Semenivka, injuring three civilians.\nRead also: troops gather near the Sumy region border.");
        Assert.Equal("Semenivka", incident.Place?.Name);
        Assert.True(incident.Place?.Resolved);
    }

    [Fact]
    public void Extract_NamesakeInNamedOblast_Preferred()
    {
        var incident = Single("A guided bomb hit Zolochev in Kharkiv region on Monday, injuring two women.");
        Assert.Equal("Zolochiv", incident.Place?.Name);
        Assert.Equal("UA-63", incident.Place?.Admin1Code);
    }

    [Fact]
    public void Extract_CityBesideAnotherOblast_KeepsTheCity()
    {
        var incident = Single("Strikes hit Sumy and the Kharkiv region overnight, injuring four people.");
        Assert.Equal("Sumy", incident.Place?.Name);
    }
}
