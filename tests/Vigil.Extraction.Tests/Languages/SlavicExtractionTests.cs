using Vigil.Core;
using Vigil.Extraction.Rules;

namespace Vigil.Extraction.Tests.Languages;

/// <summary>Ukrainian and Russian reports through their packs (sentences written for these tests).</summary>
public sealed class SlavicExtractionTests
{
    private static readonly Extractor Extractor = new(Vigil.Gazetteer.Gazetteer.Default);
    private static readonly DateOnly Published = new(2025, 6, 11);

    private static ExtractionResult Run(string text, string language) =>
        Extractor.Extract(text, new DocumentInfo(null, Published, language, null, null));

    [Theory]
    [InlineData("Унаслідок удару по Полтаві загинули троє людей, ще п'ятеро поранені.", "uk", "Poltava", 3, 5)]
    [InlineData("Поранено 16-річного хлопця у Харкові.", "uk", "Kharkiv", null, 1)]
    [InlineData("В Днепре погибли два человека, девять ранены.", "ru", "Dnipro", 2, 9)]
    [InlineData("Загинула 70-річна жінка, повідомили в Одесі.", "uk", "Odesa", 1, null)]
    public void Extract_CasualtySentence_FiguresAndPlace(string text, string language, string place, int? killed, int? injured)
    {
        var incident = Assert.Single(Run(text, language).Incidents);
        Assert.Equal(place, incident.Place?.Name);
        Assert.Equal((killed, injured), (incident.Killed, incident.Injured));
    }

    [Theory]
    [InlineData("Ракетный удар по Днепру\n\nВласти области сообщили, что 12 человек погибли и более 40 получили ранения в результате ракетного удара по Днепру\n\nСпасатели продолжают разбирать завалы. Работы шли всю ночь.\n", "ru", "Dnipro")]
    [InlineData("Ракетний удар по Дніпру\n\nВлада області повідомила, що 12 людей загинули і понад 40 дістали поранень унаслідок ракетного удару по Дніпру\n\nРятувальники продовжують розбирати завали. Роботи тривали всю ніч.\n", "uk", "Dnipro")]
    public void Extract_SummaryUnderTheHeadline_GivesTheFigures(string text, string language, string place)
    {
        var incident = Assert.Single(Run(text, language).Incidents);
        Assert.Equal(place, incident.Place?.Name);
        Assert.Equal((12, 40), (incident.Killed, incident.Injured));
    }

    [Fact]
    public void Extract_ChildByAge_ChildrenSubset()
    {
        var incident = Assert.Single(Run("У Сумах травмовано трьох людей, серед них 14-річна дівчинка.", "uk").Incidents);
        Assert.Equal((3, 1), (incident.Injured, incident.ChildrenInjured));
    }

    [Theory]
    [InlineData("Атака на Одесу обійшлася без постраждалих.", "uk")]
    [InlineData("В Херсоне после обстрела пострадавших нет.", "ru")]
    public void Extract_ZeroPhrase_ZeroFigures(string text, string language)
    {
        var incident = Assert.Single(Run(text, language).Incidents);
        Assert.Equal((0, 0), (incident.Killed, incident.Injured));
    }

    [Fact]
    public void Extract_NumberGroupedWithSpace_OneNumber()
    {
        var result = Run("Від початку повномасштабного вторгнення в Донецькій області загинули 3 664 цивільних.", "uk");
        Assert.Contains(result.Statistics, s => s.Value == 3664);
        Assert.DoesNotContain(result.Incidents, i => i.Killed is 664 or 3);
    }

    [Fact]
    public void Extract_QuotedOfficialInGenitive_RomanisedNominativeAndOriginal()
    {
        const string text = "У Харкові поранено чотирьох людей. «Ворог бив по житлових кварталах», — написав у телеграм-каналі начальник Харківської ОВА Олег Синєгубов.";
        var statement = Assert.Single(Run(text, "uk").Statements);
        Assert.Equal("Oleh Syniehubov", statement.Speaker);
        Assert.Equal("Олег Синєгубов", statement.SpeakerOriginal);
        Assert.Equal("head of the regional military administration", statement.Role);
        Assert.Equal(text[statement.Evidence.Start..statement.Evidence.End], statement.Evidence.Text);
    }

    [Theory]
    // the speaker named before the quote, then pointed back to by a pronoun after the speech verb
    [InlineData("Про обстріл повідомив голова ОВА Олег Кіпер.\n\n«У Одесі пошкоджено склад і два автомобілі», — написав він у телеграмі.", "uk", "Oleh Kiper", "head of the regional military administration")]
    [InlineData("Об обстреле сообщил глава ОВА Олег Кипер.\n\n«В Одессе повреждены склад и два автомобиля», — отметил он.", "ru", "Oleh Kyper", "head of the regional military administration")]
    // the title again after the quote, with the region's adjective inside it or as the abbreviation ХОВА
    [InlineData("Про це сказав очільник Харківської ОВА Олег Синєгубов.\n\n«У Куп'янську пошкоджено приватний будинок і гараж», — уточнив очільник Харківської ОВА.", "uk", "Oleh Syniehubov", "head of the regional military administration")]
    [InlineData("Начальник ХОВА Олег Синегубов рассказал о последствиях.\n«В Купянске поврежден частный дом и гараж», — дополнил начальник ХОВА.", "ru", "Oleh Synehubov", "head of the regional military administration")]
    // a Russian report's forename in its Ukrainian form, so that one official is one name in either language
    [InlineData("Об этом сообщил глава Днепропетровской ОВА Сергей Лысак.\n\n«В Никополе поврежден частный дом и линия электропередачи», — написал Лысак.", "ru", "Serhii Lysak", "head of the regional military administration")]
    // the title's abbreviation in brackets, and a city named between the title and the name, are not the name
    [InlineData("Об этом сообщил глава областной военной администрации (ОВА) Олег Синегубов.\n\n«В Купянске поврежден частный дом и гараж», — написал Синегубов.", "ru", "Oleh Synehubov", "head of the regional military administration")]
    [InlineData("Об этом сообщил мэр Харькова Игорь Терехов.\n\n«В Харькове повреждены частный дом и гараж», — написал Терехов.", "ru", "Ihor Terekhov", "mayor")]
    // the surname alone after the quote, the full name given earlier in another case («за словами Олега Синєгубова»)
    [InlineData("За словами Олега Синєгубова, удар припав на околицю міста.\n\n«У Куп'янську пошкоджено приватний будинок і гараж», — зазначив Синєгубов.", "uk", "Oleh Syniehubov", null)]
    // the post of the official named just before, and a quote closed with its opening mark (“…“)
    [InlineData("Про наслідки атаки повідомив начальник ОВА Іван Федоров.\n\n«Пошкоджено два приватні будинки та автомобіль», — йдеться у повідомленні.", "uk", "Ivan Fedorov", "head of the regional military administration")]
    [InlineData("Про наслідки атаки повідомив начальник ОВА Іван Федоров.\n\n“Пошкоджено два приватні будинки та автомобіль“, – написав Федоров.", "uk", "Ivan Fedorov", "head of the regional military administration")]
    [InlineData("О последствиях атаки сообщил глава ОВА Иван Федоров.\n\n«Повреждены два частных дома и автомобиль», — говорится в сообщении.", "ru", "Ivan Fedorov", "head of the regional military administration")]
    // introduced on its own line ending in a colon, the quote on the next
    [InlineData("Про це розповів голова ОВА Віталій Кім:\n\n«Уночі ворог атакував Миколаїв дронами, пошкоджено склад».", "uk", "Vitalii Kim", "head of the regional military administration")]
    public void Extract_QuoteAttributedAfterwards_TheOfficialNamedBefore(string text, string language, string speaker, string? role)
    {
        var statement = Assert.Single(Run(text, language).Statements);
        Assert.Equal(speaker, statement.Speaker);
        Assert.Equal(role, statement.Role);
    }

    [Fact]
    public void Extract_RussianMinistryClaim_TallyAttackerUkraine()
    {
        var result = Run("Минобороны России сообщило, что ночью перехвачены и уничтожены 45 украинских БПЛА над Белгородской областью.", "ru");
        var tally = Assert.Single(result.AirDefense);
        Assert.Equal((Weapon.Drone, (Side?)Side.UA, (int?)45), (tally.Weapon, tally.Attacker, tally.Intercepted));
        Assert.DoesNotContain(result.Incidents, i => i.Killed is not null || i.Injured is not null);
    }

    [Fact]
    public void Extract_RussianMinistryBreakdownByRegion_PartsOfTheTotal()
    {
        var result = Run("Ночью средства ПВО уничтожили 31 украинский беспилотник, сообщает Минобороны. Из них 14 беспилотников сбиты над Белгородской областью, девять над Воронежской.", "ru");
        var tally = Assert.Single(result.AirDefense);
        Assert.Equal(31, tally.Intercepted);
    }

    [Fact]
    public void Extract_RussianSinceTheStartOfTheOperation_NoTally()
    {
        var result = Run("Всего с начала проведения специальной военной операции уничтожены 74 512 беспилотных летательных аппаратов.", "ru");
        Assert.Empty(result.AirDefense);
    }

    [Fact]
    public void Extract_UkrainianLocationallyLostInNextSentence_AddsToIntercepted()
    {
        var result = Run("Станом на 08:30 збито 57 ударних дронів. Ще 21 дрон-імітатор локаційно втрачено.", "uk");
        var tally = Assert.Single(result.AirDefense);
        Assert.Equal(78, tally.Intercepted);
    }

    [Theory]
    [InlineData("Уночі окупанти вдарили трьома ракетами по Чугуївській громаді, поранено чоловіка.", "uk")]
    [InlineData("Днем российские войска атаковали Николаевскую область пятью беспилотниками.", "ru")]
    public void Extract_LaunchesAimedAtOneArea_NoNationwideTally(string text, string language)
    {
        Assert.Empty(Run(text, language).AirDefense);
    }

    [Theory]
    [InlineData("Уночі противник атакував Україну 48 ударними БпЛА з напрямку Брянська.", "uk")]
    [InlineData("Ночью Россия атаковала Украину 40 дронами, из них 31 сбит.", "ru")]
    public void Extract_LaunchesAtTheCountry_StayATally(string text, string language)
    {
        var tally = Assert.Single(Run(text, language).AirDefense);
        Assert.NotNull(tally.Launched);
    }

    [Fact]
    public void Extract_UkrainianForcesAsTheSource_AttackerStaysRussia()
    {
        var text = "По информации Вооруженных сил Украины, Одессу ночью атаковали российские беспилотники, ранены три человека.";
        var incident = Assert.Single(Run(text, "ru").Incidents);
        Assert.Equal((Side?)Side.RU, incident.Attacker);
    }

    [Fact]
    public void Extract_MinistryHeadlineThenAttributedBody_OneTally()
    {
        var text = "Минобороны: ПВО за сутки сбили 96 украинских беспилотников\n\nСредства ПВО за прошедшие сутки сбили 96 беспилотников самолетного типа. Об этом сообщили в Минобороны РФ.";
        var tally = Assert.Single(Run(text, "ru").AirDefense);
        Assert.Equal(96, tally.Intercepted);
    }

    [Fact]
    public void Lexicon_UkrainianPack_ExtendsEnglishWithItsOwnWords()
    {
        var uk = Lexicon.For("uk")!;
        Assert.NotNull(uk.Forms);
        Assert.Contains("killed", uk.CasualtyCues.Keys);
        Assert.Equal("killed", uk.Forms!.Normalize("загинули"));
        Assert.Equal("dead", uk.Forms.Normalize("загиблих"));
        Assert.Equal(3, uk.NumberWords["троє"]);
    }

    [Fact]
    public void Merge_OverlayKeyUnknownToBase_FailsNamingKey()
    {
        var e = Assert.Throws<InvalidDataException>(() => RuleMerge.Merge("{\"weapons\": {}}", "{\"weapon\": {}}", "Rules/xx/lexicon.json"));
        Assert.Contains("weapon", e.Message, StringComparison.Ordinal);
        Assert.Contains("Rules/xx/lexicon.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_ListsAppendMapsMerge()
    {
        var merged = RuleMerge.Merge("{\"a\": [1], \"m\": {\"x\": [1], \"y\": 2}}", "{\"a\": [2], \"m\": {\"x\": [3], \"z\": 4}}", "t");
        Assert.Equal("{\"a\":[1,2],\"m\":{\"x\":[1,3],\"y\":2,\"z\":4}}", merged);
    }
}
