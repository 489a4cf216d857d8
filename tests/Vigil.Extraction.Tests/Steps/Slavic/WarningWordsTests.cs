using Vigil.Core;

namespace Vigil.Extraction.Tests.Steps.Slavic;

/// <summary>
/// The shared step's warning words in Ukrainian and Russian (Rules/uk, Rules/ru words.json warningWords, warningObjects): what an
/// official warned of is a threat, not the means of the strike reported (sentences written for these tests).
/// </summary>
public sealed class WarningWordsTests
{
    private static readonly Extractor Extractor = new(Vigil.Gazetteer.Gazetteer.Default);

    private static ExtractionResult Run(string language, string text) =>
        Extractor.Extract(text, new DocumentInfo(null, new DateOnly(2025, 6, 10), language, null, null));

    [Theory]
    [InlineData("uk", "Голова ОВА попереджав про загрозу ударів балістичними ракетами по Запорізькій області. Вночі росіяни ударили FPV-дроном по Малокатеринівці, загинула жінка.")]
    [InlineData("ru", "Глава ОВА предупреждал об угрозе ударов баллистическими ракетами по Запорожской области. Ночью россияне ударили FPV-дроном по Малокатериновке, погибла женщина.")]
    public void Extract_WarnedOfMissileThreat_MissileIsNoWeaponOfTheStrike(string language, string text)
    {
        var incident = Assert.Single(Run(language, text).Incidents);

        Assert.Equal("Malokaterynivka", incident.Place?.Name);
        Assert.Equal([Weapon.Drone], incident.Weapons);
        Assert.Equal(1, incident.Killed);
    }
}
