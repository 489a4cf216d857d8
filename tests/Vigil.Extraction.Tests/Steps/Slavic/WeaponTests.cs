using Vigil.Core;

namespace Vigil.Extraction.Tests.Steps.Slavic;

/// <summary>Weapons of incidents on Ukrainian and Russian round-ups (sentences written for these tests).</summary>
public sealed class WeaponTests
{
    private static readonly Extractor Extractor = new(Vigil.Gazetteer.Gazetteer.Default);
    private static readonly DateOnly Published = new(2025, 6, 11);

    private static ExtractionResult Run(string text, string language) =>
        Extractor.Extract(text, new DocumentInfo(null, Published, language, null, null));

    [Theory]
    [InlineData("Вночі Харківщину атакували БпЛА типу «Герань-2» та FPV-дрони. У Балаклії поранено чоловіка. У Чугуєві загинула жінка.", "uk")]
    [InlineData("Ночью Запорожскую область атаковали беспилотники. В Запорожье ранены двое. В Вольнянске погибла женщина.", "ru")]
    public void Extract_OblastAttackedByDrones_EachTownTakesTheDrones(string text, string language)
    {
        var incidents = Run(text, language).Incidents;
        Assert.Equal(2, incidents.Count);
        Assert.All(incidents, i => Assert.Equal([Weapon.Drone], i.Weapons));
    }

    [Fact]
    public void Extract_NationwideAttackThenTownsOfTwoOblasts_WeaponsStayUnknown()
    {
        var incidents = Run("Ночью россияне атаковали Украину беспилотниками и ракетами. В Харькове ранены двое. В Днепре погиб мужчина.", "ru").Incidents;
        Assert.Equal(2, incidents.Count);
        Assert.All(incidents, i => Assert.Equal([Weapon.Unknown], i.Weapons));
    }

    [Theory]
    [InlineData("Сьогодні у Бериславі російський БпЛА скинув вибухівку на подвір'я, поранено чоловіка.", "uk")]
    [InlineData("Сегодня в Никополе беспилотник сбросил взрывное устройство на автомобиль, ранен водитель.", "ru")]
    public void Extract_ExplosivesDroppedByDrone_DroneOnly(string text, string language)
    {
        var incident = Assert.Single(Run(text, language).Incidents);
        Assert.Equal([Weapon.Drone], incident.Weapons);
    }

    [Fact]
    public void Extract_MineBlastInjury_NoMine()
    {
        var incident = Assert.Single(Run("A missile hit Odesa on Tuesday; a man was injured and has a mine-blast trauma.", "en").Incidents);
        Assert.Equal([Weapon.Missile], incident.Weapons);
    }
}
