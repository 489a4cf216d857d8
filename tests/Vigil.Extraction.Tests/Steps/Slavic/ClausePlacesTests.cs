using Vigil.Core;

namespace Vigil.Extraction.Tests.Steps.Slavic;

/// <summary>ClausePlaces, one step for Ukrainian and Russian (sentences written for these tests).</summary>
public sealed class ClausePlacesTests
{
    private static readonly Extractor Extractor = new(Vigil.Gazetteer.Gazetteer.Default);
    private static readonly DateOnly Published = new(2025, 6, 11);

    private static ExtractionResult Run(string text, string language) =>
        Extractor.Extract(text, new DocumentInfo(null, Published, language, null, null));

    [Fact]
    public void ClausePlaces_UkrainianClausePerVillage_EachVillageItsCount()
    {
        var incidents = Run("Минулої доби ворог атакував Харківщину. У с. Ківшарівка постраждав 45-річний чоловік; в с. Руська Лозова " +
                            "постраждав 70-річний чоловік; в с. Грушівка постраждали 40-річна жінка та 47-річний чоловік.", "uk").Incidents;
        Assert.Equal(1, incidents.Single(i => i.Place?.Name == "Kivsharivka").Injured);
        Assert.Equal(1, incidents.Single(i => i.Place?.Name == "Ruska Lozova").Injured);
        Assert.Equal(2, incidents.Single(i => i.Place?.Name == "Hrushivka").Injured);
    }

    [Fact]
    public void ClausePlaces_RussianClausePerVillage_EachVillagesCount()
    {
        var incidents = Run("«В с. Безруки Дергачевской громады погиб 60-летний мужчина; в г. Чугуев пострадали двое», – сообщил начальник ХОВА.", "ru").Incidents;
        Assert.Equal(1, Assert.Single(incidents, i => i.Place?.Name == "Bezruky").Killed);
        Assert.Equal(2, Assert.Single(incidents, i => i.Place?.Name == "Chuhuiv").Injured);
    }

    [Fact]
    public void ClausePlaces_NoSemicolons_CountStaysOffBothVillages()
    {
        var incidents = Run("Удари по с. Ківшарівка та с. Грушівка на Харківщині: постраждали троє людей.", "uk").Incidents;
        Assert.All(incidents, i => Assert.Null(i.Injured));
    }

    [Theory]
    // «два 3-летних» is a count no casualty was read from: the clause's toll is not its town's
    [InlineData("«В пос. Золочев пострадали 44-летний мужчина, два 3-летних мальчика; в с. Дубовка пострадала 68-летняя женщина», – написал он.", "ru")]
    [InlineData("У сел. Золочів постраждали 44-річний чоловік, два 3-річних хлопчики; в с. Дубівка постраждала 68-річна жінка.", "uk")]
    public void ClausePlaces_ClauseReadInPart_NoShortCount(string text, string language)
    {
        var incidents = Run(text, language).Incidents;
        Assert.DoesNotContain(incidents, i => i.Place?.Name == "Zolochiv" && i.Injured is not null && i.Injured != 3);
    }

    [Theory]
    // a clause naming two settlements is stated for both: its count is neither village's
    [InlineData("У с. Ківшарівка та с. Грушівка постраждали троє людей; в м. Чугуїв постраждав 70-річний чоловік.", "uk")]
    [InlineData("В с. Ковшаровка и с. Грушевка пострадали трое людей; в г. Чугуев пострадал 70-летний мужчина.", "ru")]
    public void ClausePlaces_ClauseOfTwoSettlements_CountOnNeither(string text, string language)
    {
        var incidents = Run(text, language).Incidents;
        Assert.DoesNotContain(incidents, i => i.Place?.Name is "Kivsharivka" or "Hrushivka" && i.Injured == 3);
    }
}
