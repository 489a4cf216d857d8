namespace Vigil.Core.Tests;

public sealed class LanguageGuessTests
{
    [Theory]
    [InlineData("Вночі ворог атакував Харків, є поранені.", "uk")]
    [InlineData("Ночью враг атаковал Харьков, есть пострадавшие, объявлена тревога.", "ru")]
    [InlineData("Сьогодні у місті Суми тривога, та люди в укриттях", "uk")]
    [InlineData("Сегодня в городе Сумы тревога, и люди в укрытиях, но это не все", "ru")]
    // «до» is as Russian as it is Ukrainian: "the number rose to 23" in Russian without ы, э or ё is still Russian
    [InlineData("Удар по Запорожью. Россияне атаковали Запорожье дронами. Количество пострадавших возросло до 23.", "ru")]
    public void FromText_CyrillicReport_UkrainianOrRussian(string text, string expected)
    {
        Assert.Equal(expected, LanguageGuess.FromText(text));
    }

    [Theory]
    [InlineData("A drone strike on Kharkiv injured three people.")]
    [InlineData("")]
    public void FromText_LatinOrEmpty_Null(string text)
    {
        Assert.Null(LanguageGuess.FromText(text));
    }

    [Theory]
    [InlineData("uk-UA", "A drone strike.", "uk")]
    [InlineData(null, "Вночі ворог атакував Харків.", "uk")]
    [InlineData("", "A drone strike.", "en")]
    [InlineData("not a tag!", "Ночью враг атаковал Харьков.", "ru")]
    public void Resolve_DeclaredElseGuessedElseFallback(string? declared, string text, string expected)
    {
        Assert.Equal(expected, LanguageGuess.Resolve(declared, text, "en"));
    }
}
