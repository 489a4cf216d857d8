using Vigil.Core;
using Vigil.Extraction.Tests.Support;

namespace Vigil.Extraction.Tests.Steps;

/// <summary>Several incidents per report, past incidents kept out, weapons and the attacking side, places.</summary>
public sealed class IncidentTests
{
    [Fact]
    public void Extract_SeparatelyAnotherPlace_TwoIncidents()
    {
        var result = Extract.Run("A glide bomb hit Sumy on Tuesday, injuring five people. Separately, Russian shelling of Nikopol killed one man.");
        Assert.Equal(2, result.Incidents.Count);
        var sumy = Assert.Single(result.Incidents, i => i.Place?.Name == "Sumy");
        var nikopol = Assert.Single(result.Incidents, i => i.Place?.Name == "Nikopol");
        Assert.Equal(5, sumy.Injured);
        Assert.Equal([Weapon.GlideBomb], sumy.Weapons);
        Assert.Equal(1, nikopol.Killed);
        Assert.Equal([Weapon.Artillery], nikopol.Weapons);
    }

    [Fact]
    public void Extract_FiguresListedByPlace_OneIncidentEach()
    {
        var result = Extract.Run("Russian drones injured twelve people overnight: four in Kyiv, three in Zhytomyr region, and five in Khmelnytskyi region.");
        Assert.Equal(3, result.Incidents.Count);
        Assert.Equal(4, result.Incidents.Single(i => i.Place?.Name == "Kyiv").Injured);
        Assert.Equal(3, result.Incidents.Single(i => i.Place?.Name == "Zhytomyr Oblast").Injured);
        Assert.Equal(5, result.Incidents.Single(i => i.Place?.Name == "Khmelnytskyi Oblast").Injured);
    }

    [Fact]
    public void Extract_OlderRevisionRecalledAfterLatest_LatestKept()
    {
        var incident = Extract.Single("The death toll from the missile strike on Poltava has risen to 51, the governor said on Wednesday. Earlier, officials said the toll had risen to 47.");
        Assert.Equal(51, incident.Killed);
    }

    [Fact]
    public void Extract_IncrementRestatingTheTotal_NotDoubled()
    {
        var incident = Extract.Single("Russian missiles hit Kryvyi Rih on Monday evening, injuring 14 people, the mayor said. Another 14 people were hurt, two of them children.");
        Assert.Equal(14, incident.Injured);
    }

    [Fact]
    public void Extract_PastIncidentForContext_NotMerged()
    {
        var incident = Extract.Single("A missile strike on Sumy killed four people on Tuesday, the deadliest since a strike in April killed 35.");
        Assert.Equal(4, incident.Killed);
    }

    [Theory]
    [InlineData("A Shahed hit Odesa, injuring two.", Weapon.Drone)]
    [InlineData("A ballistic missile hit Odesa, injuring two.", Weapon.Missile)]
    [InlineData("A guided aerial bomb hit Odesa, injuring two.", Weapon.GlideBomb)]
    [InlineData("Mortar fire on Odesa injured two.", Weapon.Artillery)]
    [InlineData("A multiple rocket launcher attack on Odesa injured two.", Weapon.Mlrs)]
    public void Extract_WeaponWord_IsTheIncidentWeapon(string text, Weapon weapon)
    {
        Assert.Contains(weapon, Extract.Single(text).Weapons);
    }

    [Fact]
    public void Extract_AttackOnRussianTown_AttackerUkraine()
    {
        var incident = Extract.Single("A Ukrainian drone hit a car in Shebekino, injuring two people, the governor said.");
        Assert.Equal(Side.UA, incident.Attacker);
        Assert.Equal("RU-BEL", incident.Place?.Admin1Code);
    }

    [Fact]
    public void Extract_CityDistrict_DistrictInItsCity()
    {
        var incident = Extract.Single("A drone hit a house in Odesa's Kyivskyi district, injuring two people.");
        Assert.Equal("Odesa", incident.Place?.Name);
        Assert.Equal("Kyivskyi", incident.Place?.District);
    }

    [Fact]
    public void Extract_UnknownVillage_UnresolvedNotGuessed()
    {
        var incident = Extract.Single("Shelling of the village of Zzyzxivka injured two people.");
        Assert.NotNull(incident.Place);
        Assert.False(incident.Place.Resolved);
        Assert.Equal("Zzyzxivka", incident.Place.Name);
        Assert.Null(incident.Place.Admin1Code);
    }

    [Fact]
    public void Extract_OblastLevelPlace_NamedAsOblast()
    {
        var incident = Extract.Single("Russian shelling injured two people in Kherson region.");
        Assert.Equal("Kherson Oblast", incident.Place?.Name);
        Assert.Equal(PlaceKind.Oblast, incident.Place?.Kind);
    }

    [Fact]
    public void Extract_ResidentOfOneCommunityKilledAnotherWoundedElsewhere_EachTownItsFigure()
    {
        // "a resident of the X community": the count is X's, and "another woman" wounded in Y is one, not one more; the bullets
        // that retell each toll keep one incident per community
        var result = new Extractor(Vigil.Gazetteer.Gazetteer.Default).Extract(
            "Border communities of the Chernihiv region came under fire: a 45-year-old resident of the Semenivka community was killed by a drone, " +
            "and another woman was wounded in the Snovsk community.\n\n" +
            "• Today a 45-year-old resident of the Chernihiv region was killed in a drone attack. He had returned to the Semenivka community.\n" +
            "• The same day a 70-year-old woman was injured by a drone in the Snovsk community. She is in hospital.",
            DocumentInfo.Plain(Extract.Published));
        Assert.Equal(1, Assert.Single(result.Incidents, i => i.Place?.Name == "Semenivka").Killed);
        Assert.Equal(1, Assert.Single(result.Incidents, i => i.Place?.Name == "Snovsk").Injured);
    }
}
