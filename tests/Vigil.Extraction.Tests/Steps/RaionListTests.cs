using Vigil.Core;

namespace Vigil.Extraction.Tests.Steps;

/// <summary>
/// English raion mentions: coordinated names before a plural "districts" (each a raion), Russian raions named by their
/// adjective (in either script), and the city districts that must stay a city's. Over the real gazetteer.
/// </summary>
public sealed class RaionListTests
{
    private static readonly Extractor Extractor = new(Vigil.Gazetteer.Gazetteer.Default);

    private static IReadOnlyList<ReportIncident> Incidents(string text) =>
        Extractor.Extract(text, DocumentInfo.Plain(new DateOnly(2025, 2, 10))).Incidents;

    [Fact]
    public void Extract_TwoNamesBeforePluralDistricts_BothRaions()
    {
        var incidents = Incidents("Russian drones damaged energy facilities in the Drohobych and Stryi districts of Lviv region overnight. " +
                                  "In the Stryi district, a 52-year-old man was injured by debris.");
        Assert.Equal(["Drohobych Raion", "Stryi Raion"], incidents.Select(i => i.Place?.Name).Order(StringComparer.Ordinal));
        Assert.All(incidents, i => Assert.Equal(PlaceKind.Raion, i.Place?.Kind));
        Assert.Equal(1, incidents.Single(i => i.Place?.Name == "Stryi Raion").Injured);
    }

    [Fact]
    public void Extract_AdjectivesBeforePluralDistricts_RaionsNotTheOblastCapital()
    {
        var incidents = Incidents("Russian artillery hit the Synelnykivskyi and Samarskyi districts of Dnipropetrovsk Oblast on Monday, damaging houses. " +
                                  "A woman was killed in the Synelnykivskyi district. Two men were injured in the Samarskyi district.");
        Assert.Equal(["Samar Raion", "Synelnykove Raion"], incidents.Select(i => i.Place?.Name).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(incidents, i => i.Place?.Name == "Dnipro");
    }

    [Fact]
    public void Extract_ThreeNamesBeforePluralDistricts_ListNotTakenForTowns()
    {
        var incidents = Incidents("Russian shelling damaged houses in the Nikopol, Synelnykove and Pavlohrad districts on Monday. " +
                                  "In the Pavlohrad district, a man was injured.");
        // the first name of the list, and the last, are raions, not the towns Nikopol and Pavlohrad
        Assert.Contains(incidents, i => i.Place?.Name == "Nikopol Raion");
        Assert.Contains(incidents, i => i.Place?.Name == "Pavlohrad Raion" && i.Injured == 1);
        Assert.All(incidents, i => Assert.Equal(PlaceKind.Raion, i.Place?.Kind));
    }

    [Fact]
    public void Extract_CityDistrictsOfNamedCity_StayTheCity()
    {
        var incident = Assert.Single(Incidents("Russian glide bombs struck Kharkiv on Tuesday afternoon. " +
                                               "Three people were injured in the Kyivskyi and Shevchenkivskyi districts, the mayor said."));
        Assert.Equal(("Kharkiv", PlaceKind.City), (incident.Place?.Name, incident.Place?.Kind));
        Assert.Equal(3, incident.Injured);
    }

    [Fact]
    public void Extract_RussianRaionAdjective_RaionOfItsCentre()
    {
        var incident = Assert.Single(Incidents("A Ukrainian drone struck a farm building in Klimovsky district of the Bryansk region overnight, injuring a tractor driver."));
        Assert.Equal(("Klimovo Raion", PlaceKind.Raion, "RU-BRY"), (incident.Place?.Name, incident.Place?.Kind, incident.Place?.Admin1Code));
    }

    [Fact]
    public void Extract_RussianRaionAdjectiveInCyrillic_RaionOfItsCentre()
    {
        var report = Extractor.Extract("В Рыльском районе Курской области в результате удара беспилотника ранена женщина, сообщил губернатор.",
            new DocumentInfo(null, new DateOnly(2025, 2, 10), "ru", null, null));
        var incident = Assert.Single(report.Incidents);
        Assert.Equal(("Rylsk Raion", PlaceKind.Raion, "RU-KRS"), (incident.Place?.Name, incident.Place?.Kind, incident.Place?.Admin1Code));
        Assert.Equal(1, incident.Injured);
    }

    [Fact]
    public void Extract_RussianRaionAdjectiveNoCentreHeld_RaionAsWrittenUnresolved()
    {
        var incident = Assert.Single(Incidents("Shelling killed two men in the Neklinovsky district of the Rostov region on Sunday."));
        Assert.Equal(("Neklinovsky Raion", PlaceKind.Raion, "RU-ROS"), (incident.Place?.Name, incident.Place?.Kind, incident.Place?.Admin1Code));
        Assert.False(incident.Place?.Resolved);
        Assert.Null(incident.Place?.Lat);
        Assert.Equal(Side.UA, incident.Attacker);
    }

    [Fact]
    public void Extract_TheCitysDistrictNamedLikeARussianRaion_DistrictOfThatCity()
    {
        var incident = Assert.Single(Incidents("In the city of Rostov-on-Don itself, two drones crashed into private homes in the city's " +
                                               "Proletarsky district, injuring a minor."));
        Assert.Equal(("Rostov-on-Don", "Proletarsky"), (incident.Place?.Name, incident.Place?.District));
    }

    [Fact]
    public void Extract_CityBesideARussianRaion_RaionNotTakenForItsDistrict()
    {
        var incidents = Incidents("Drones hit Bryansk and the Klimovsky district of the Bryansk region, injuring a man in Klimovo.");
        Assert.DoesNotContain(incidents, i => i.Place?.District == "Klimovsky");
    }

    [Fact]
    public void Extract_SingleRaionByCentreName_Unchanged()
    {
        var incident = Assert.Single(Incidents("In the Izmail district, one man was killed by a Russian drone."));
        Assert.Equal(("Izmail Raion", 1), (incident.Place?.Name, incident.Killed));
    }
}
