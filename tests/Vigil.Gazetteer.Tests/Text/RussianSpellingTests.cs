using Vigil.Gazetteer.Text;

namespace Vigil.Gazetteer.Tests.Text;

public sealed class RussianSpellingTests
{
    [Theory]
    [InlineData("никольское", "никольське")]
    [InlineData("васильевка", "василівка")]
    [InlineData("ковшаровка", "ковшарівка")]
    [InlineData("очеретино", "очеретине")]
    [InlineData("хромово", "хромове")]
    [InlineData("золочев", "золочів")]
    [InlineData("широкая балка", "широка балка")]
    [InlineData("новый ропск", "новий ропск")]
    [InlineData("великая знаменка", "велика знам'янка")]
    [InlineData("каменка", "кам'янка")]
    public void UkrainianForms_RussianNominative_UkrainianSpellingFirst(string russian, string ukrainian)
    {
        Assert.Equal(ukrainian, RussianSpelling.UkrainianForms(russian)[0]);
    }

    [Fact]
    public void UkrainianForms_Nikolaevka_BothTheLetterForAndTheSaintsNameForm()
    {
        Assert.Equal(["николаївка", "миколаївка"], RussianSpelling.UkrainianForms("николаевка"));
    }

    [Theory]
    [InlineData("печенеги", "печеніги")]
    [InlineData("белозерка", "білозерка")]
    [InlineData("алексеевка", "олексіївка")]
    [InlineData("александровка", "олександрівка")]
    public void UkrainianForms_OldYatAndTheSaintsName_AmongTheForms(string russian, string ukrainian)
    {
        Assert.Contains(ukrainian, RussianSpelling.UkrainianForms(russian));
    }

    [Fact]
    public void UkrainianForms_FinalE_IsTheEndingNotTheStem()
    {
        Assert.DoesNotContain(RussianSpelling.UkrainianForms("белое"), f => f.EndsWith('і'));
    }

    [Theory]
    [InlineData("харків")]
    [InlineData("суми")]
    public void UkrainianForms_NoRussianEnding_Empty(string name)
    {
        Assert.Empty(RussianSpelling.UkrainianForms(name));
    }
}
