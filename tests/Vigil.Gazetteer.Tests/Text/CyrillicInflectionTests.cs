using Vigil.Core;

namespace Vigil.Gazetteer.Tests.Text;

/// <summary>Inflected Ukrainian and Russian place names resolve through the nominative the gazetteer knows.</summary>
public sealed class CyrillicInflectionTests
{
    [Theory]
    [InlineData("Харкові", "Kharkiv", PlaceKind.City)]
    [InlineData("Харкова", "Kharkiv", PlaceKind.City)]
    [InlineData("Києві", "Kyiv", PlaceKind.City)]
    [InlineData("Одесі", "Odesa", PlaceKind.City)]
    [InlineData("Нікополі", "Nikopol", PlaceKind.City)]
    [InlineData("Сум", "Sumy", PlaceKind.City)]
    [InlineData("Харківщині", "Kharkiv Oblast", PlaceKind.Oblast)]
    [InlineData("Харківській області", "Kharkiv Oblast", PlaceKind.Oblast)]
    [InlineData("Днепре", "Dnipro", PlaceKind.City)]
    [InlineData("Днепропетровской области", "Dnipropetrovsk Oblast", PlaceKind.Oblast)]
    [InlineData("Харькове", "Kharkiv", PlaceKind.City)]
    public void Geocode_InflectedForm_Nominative(string mention, string name, PlaceKind kind)
    {
        var found = Gazetteer.Default.Geocode(mention);
        Assert.NotEmpty(found);
        var best = found[0];
        Assert.Equal((name, kind), (best.Name, best.Kind));
        Assert.True(Gazetteer.Default.IsKnownName(mention));
    }

    [Fact]
    public void Geocode_RaionAdjective_RaionOfItsCentre()
    {
        var best = Gazetteer.Default.Geocode("Куп'янському районі")[0];
        Assert.Equal(("Kupiansk Raion", PlaceKind.Raion), (best.Name, best.Kind));
    }

    [Theory]
    [InlineData("Вночі")]
    [InlineData("Загинули")]
    public void IsKnownName_CommonWord_False(string word)
    {
        Assert.False(Gazetteer.Default.IsKnownName(word));
    }

    [Fact]
    public void Candidates_WrapperAndAdjective_NominativeFirst()
    {
        var inflection = new Vigil.Gazetteer.Text.CyrillicInflection("kind\tfrom\tto\nword\tрайоні\tрайон\nending\tому\tий\n");
        Assert.Equal("харківський район", inflection.Candidates("харківському районі")[0]);
    }
}
