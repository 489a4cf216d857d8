using Vigil.Core;
using Vigil.Extraction.Tests.Support;

namespace Vigil.Extraction.Tests.Steps;

/// <summary>
/// One attack on a city told district by district is the city's one incident (specs/README.md "Places": two or more districts
/// of one city → the city, district null). Sentences written for these tests.
/// </summary>
public sealed class CityDistrictsTests
{
    private static readonly Extractor Slavic = new(Vigil.Gazetteer.Gazetteer.Default);

    private static ExtractionResult RunIn(string language, string text) =>
        Slavic.Extract(text, new DocumentInfo(null, Extract.Published, language, null, null));

    [Fact]
    public void Extract_TwoDistrictsEachCountingInjured_OneCityIncidentCountsLow()
    {
        const string text = "Drones attacked Kyiv overnight, the city administration said. " +
                            "In the Obolonskyi district, falling debris set a warehouse on fire and one person was injured. " +
                            "In the Holosiivskyi district, a private house burned down and one person was injured.";
        var incident = Assert.Single(Extract.Run(text).Incidents);

        Assert.Equal("Kyiv", incident.Place?.Name);
        Assert.Null(incident.Place?.District);
        Assert.Null(incident.Injured);
        var claims = incident.Claims.Where(c => c.Field == ClaimField.Injured).ToList();
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal(ConfidenceLevel.Low, c.Confidence?.Level));
        Assert.All(claims, c => Assert.Contains("district_part", c.Confidence!.Reasons));
    }

    [Fact]
    public void Extract_DistrictZeroBesideAnotherDistrictsCount_NoCityZero()
    {
        const string text = "Drones attacked Kyiv overnight, the city administration said. " +
                            "In the Obolonskyi district, debris fell on parked cars; there were no casualties. " +
                            "In the Holosiivskyi district, a private house burned down and two people were injured.";
        var incident = Assert.Single(Extract.Run(text).Incidents);

        Assert.Null(incident.Place?.District);
        Assert.Null(incident.Killed);
        Assert.Equal(2, incident.Injured);
    }

    [Fact]
    public void Extract_OneDistrictNamed_StaysTheDistrictsIncident()
    {
        var incident = Assert.Single(Extract.Run("A drone hit a house in Kyiv's Obolonskyi district overnight, injuring two people.").Incidents);

        Assert.Equal("Obolonskyi", incident.Place?.District);
        Assert.Equal(2, incident.Injured);
    }

    [Fact]
    public void Extract_UkrainianDistrictsCityZeroBeforeThem_OneIncidentKeepsCityZero()
    {
        const string text = "Уночі ворог атакував Київ дронами. Загиблих немає. " +
                            "В Оболонському районі уламки пошкодили автомобілі. " +
                            "У Голосіївському районі загорівся приватний будинок, без постраждалих.";
        var incident = Assert.Single(RunIn("uk", text).Incidents);

        Assert.Equal("Kyiv", incident.Place?.Name);
        Assert.Null(incident.Place?.District);
        Assert.Equal(0, incident.Killed);
        Assert.Null(incident.Injured);
    }

    [Fact]
    public void Extract_RussianDistrictsOneCounting_ItsCountIsTheCitys()
    {
        const string text = "Ночью дроны атаковали Харьков. В Шевченковском районе повреждены окна жилого дома. " +
                            "В Салтовском районе ранены три человека.";
        var incident = Assert.Single(RunIn("ru", text).Incidents);

        Assert.Equal("Kharkiv", incident.Place?.Name);
        Assert.Null(incident.Place?.District);
        Assert.Equal(3, incident.Injured);
    }
}
