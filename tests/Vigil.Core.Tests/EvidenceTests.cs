namespace Vigil.Core.Tests;

public sealed class EvidenceTests
{
    [Fact]
    public void FromSpan_ValidRange_TextEqualsSubstring()
    {
        var evidence = Evidence.FromSpan("Three were killed.", 0, 5);
        Assert.Equal("Three", evidence.Text);
    }

    [Fact]
    public void FromSpan_EndBeyondText_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Evidence.FromSpan("abc", 1, 9));
    }
}
