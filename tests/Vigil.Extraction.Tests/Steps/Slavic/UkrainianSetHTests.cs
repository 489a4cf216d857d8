using Vigil.Core;

namespace Vigil.Extraction.Tests.Steps.Slavic;

/// <summary>The Ukrainian steps and rules added from real-text set H (sentences written for these tests).</summary>
public sealed class UkrainianSetHTests
{
    private static readonly Extractor Extractor = new(Vigil.Gazetteer.Gazetteer.Default);
    private static readonly DateOnly Published = new(2025, 6, 11);

    private static ExtractionResult Run(string text) =>
        Extractor.Extract(text, new DocumentInfo(null, Published, "uk", null, null));

    [Theory]
    [InlineData("Дев'ятеро цивільних осіб загинули в Нікополі внаслідок обстрілу.", 9)]
    [InlineData("У Нікополі загинув 47-річний мирний житель.", 1)]
    [InlineData("У Нікополі загинули троє мирних жителів.", 3)]
    public void CivilianAdjectives_AdjectiveBeforePersonNoun_CountsThePeople(string text, int killed) =>
        Assert.Equal(killed, Assert.Single(Run(text).Incidents).Killed);

    [Fact]
    public void CivilianAdjectives_AdjectiveAlone_StillCounts() =>
        Assert.Equal(2, Assert.Single(Run("У Нікополі поранено двох цивільних.").Incidents).Injured);

    [Theory]
    [InlineData("Уламки дрона пошкодили дах будинку в Борисполі. Люди неушкоджені.")]
    [InlineData("Уламки дрона пошкодили дах будинку в Борисполі. Також відомо, що люди внаслідок атаки не постраждали.")]
    public void PeopleUnharmed_PeopleNotHurt_DoubleZero(string text)
    {
        var incident = Assert.Single(Run(text).Incidents);
        Assert.Equal((0, 0), (incident.Killed, incident.Injured));
    }

    [Fact]
    public void PeopleUnharmed_InformationPending_NoZero()
    {
        var incident = Assert.Single(Run("Уламки дрона пошкодили дах будинку в Борисполі. Інформація про те, чи люди внаслідок атаки не постраждали, уточнюється.").Incidents);
        Assert.Null(incident.Injured);
    }

    [Theory]
    [InlineData("У Харкові постраждали 88-річна та 66-річна жінки.", 2)]
    [InlineData("У Харкові постраждали 76-річний чоловік, 88-річна та 66-річна жінки.", 3)]
    [InlineData("У Харкові постраждали дві 48-річні, 40-річна і 63-річна жінки.", 4)]
    public void AgeListCounts_AgesBeforePluralNoun_OnePersonPerAge(string text, int injured) =>
        Assert.Equal(injured, Assert.Single(Run(text).Incidents).Injured);

    [Fact]
    public void AgeListCounts_GirlsByAges_ChildrenCounted()
    {
        var incident = Assert.Single(Run("У Харкові постраждали дівчата 12 і 17 років.").Incidents);
        Assert.Equal((2, 2), (incident.Injured, incident.ChildrenInjured));
    }

    [Fact]
    public void DeadAmongHurt_OneOfTheMenDiedLater_InjuredLessOne()
    {
        var incident = Assert.Single(Run("Дрон атакував Малокатеринівку. Поранені 33-річний та 56-річний чоловіки. Їм надають допомогу. " +
                                         "Згодом стало відомо, що один із чоловіків помер від травм.").Incidents);
        Assert.Equal((1, 1), (incident.Killed, incident.Injured));
    }

    [Fact]
    public void StoreyBlock_NumberedBuilding_NoCount() =>
        Assert.Equal(3, Assert.Single(Run("Унаслідок удару по 9-поверхівці в Дніпрі загинули 3 людини.").Incidents).Killed);

    [Fact]
    public void SettlementAbbreviations_SelyshcheAbbreviation_VillageKept()
    {
        var incidents = Run("У сел. Слатине постраждав 59-річний чоловік.").Incidents;
        Assert.Equal(1, Assert.Single(incidents, i => i.Place?.Name == "Slatyne").Injured);
    }

    [Fact]
    public void Forms_DeathNounBeforeCount_Killed() =>
        Assert.Equal(3, Assert.Single(Run("Після ракетного удару по Кривому Рогу рятувальники підтвердили загибель трьох осіб.").Incidents).Killed);

    [Fact]
    public void DiedOfWounds_OneMoreWoundedDiedVerbFirst_AddsToTheDeadNotTheInjured()
    {
        var incident = Assert.Single(Run("Увечері ворог атакував Миколаїв дронами, загинули двоє людей. Вночі в лікарні помер ще один поранений.").Incidents);
        Assert.Equal(3, incident.Killed);
        Assert.Null(incident.Injured);
    }
}
