using Vigil.Core;

namespace Vigil.Extraction.Tests.Steps.Slavic;

/// <summary>JointPlaceTotals, one step for Ukrainian and Russian (sentences written for these tests).</summary>
public sealed class JointPlaceTotalsTests
{
    private static readonly Extractor Extractor = new(Vigil.Gazetteer.Gazetteer.Default);
    private static readonly DateOnly Published = new(2025, 6, 11);

    private static ExtractionResult Run(string text, string language) =>
        Extractor.Extract(text, new DocumentInfo(null, Published, language, null, null));

    [Theory]
    [InlineData("Двоє людей дістали поранень внаслідок атак на Запорізький та Пологівський райони.", "uk")]
    [InlineData("Двоє мирних жителів постраждали внаслідок влучання дронів: в Олексієво-Дружківці та в Добропіллі.", "uk")]
    [InlineData("В Таганроге и Бессергеневке ранены трое человек.", "ru")]
    [InlineData("Четверо людей пострадали в Харькове и области.", "ru")]
    public void JointPlaceTotals_CountForTwoPlaces_NoOnesFigure(string text, string language) =>
        Assert.All(Run(text, language).Incidents, i => Assert.Null(i.Injured));

    [Theory]
    [InlineData("Двоє мирних жителів постраждали внаслідок влучання дронів у Добропіллі.", "uk", 2)]
    [InlineData("В Таганроге ранены трое человек.", "ru", 3)]
    public void JointPlaceTotals_OnePlace_KeepsItsFigure(string text, string language, int injured) =>
        Assert.Equal(injured, Assert.Single(Run(text, language).Incidents).Injured);

    [Fact]
    public void JointPlaceTotals_RussianSecondNotInLocative_KeepsTheFigure() =>
        // «и Сергей» is a person after the town, not a second place: only locative-looking words are read as one
        Assert.Equal(3, Assert.Single(Run("В Таганроге ранены трое человек и Сергей Петров помогал им.", "ru").Incidents).Injured);
}
