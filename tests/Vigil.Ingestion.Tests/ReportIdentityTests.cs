namespace Vigil.Ingestion.Tests;

public sealed class ReportIdentityTests
{
    [Theory]
    [InlineData("HTTPS://WWW.Example.ORG/News/Story/", "https://www.example.org/News/Story")]
    [InlineData("https://example.org", "https://example.org/")]
    [InlineData("https://example.org/", "https://example.org/")]
    [InlineData("https://example.org/a?utm_source=x&id=7&utm_medium=y#comments", "https://example.org/a?id=7")]
    [InlineData("https://example.org/a?fbclid=IwAR0&page=2", "https://example.org/a?page=2")]
    [InlineData("http://example.org:80/a", "http://example.org/a")]
    [InlineData("https://example.org:8443/a/", "https://example.org:8443/a")]
    [InlineData("https://example.org/a?b=2&a=1", "https://example.org/a?b=2&a=1")]
    public void CanonicalUrl_VariantsOfOneUrl_Normalised(string input, string expected) =>
        Assert.Equal(expected, ReportIdentity.CanonicalUrl(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/news/story")]
    [InlineData("mailto:desk@example.org")]
    [InlineData("ftp://example.org/file")]
    [InlineData("not a url")]
    public void CanonicalUrl_NotAnAbsoluteHttpUrl_Null(string? input) =>
        Assert.Null(ReportIdentity.CanonicalUrl(input));

    [Fact]
    public void ContentHash_KnownText_Sha256LowercaseHex() =>
        // sha256("abc") from FIPS 180-2.
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ReportIdentity.ContentHash("abc"));

    [Fact]
    public void Key_NoUrl_HashKey() =>
        Assert.Equal("sha256:00ff", ReportIdentity.Key(null, "00ff"));

    [Fact]
    public void Key_TrackedUrl_CanonicalUrl() =>
        Assert.Equal("https://example.org/x", ReportIdentity.Key("https://Example.org/x/?utm_source=a", "00ff"));
}
