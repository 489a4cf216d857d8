using Vigil.Ingestion.Text;

namespace Vigil.Ingestion.Tests.Text;

public sealed class DateParsingTests
{
    [Theory]
    [InlineData("2025-06-11T07:30:00+03:00", "2025-06-11T07:30:00+03:00")]
    [InlineData("2025-06-11T04:30:00Z", "2025-06-11T04:30:00+00:00")]
    [InlineData("2025-06-11T04:30:00", "2025-06-11T04:30:00+00:00")]
    [InlineData("2025-06-11", "2025-06-11T00:00:00+00:00")]
    [InlineData("Wed, 11 Jun 2025 12:05:00 +0300", "2025-06-11T12:05:00+03:00")]
    [InlineData("Wed, 11 Jun 2025 12:05:00 GMT", "2025-06-11T12:05:00+00:00")]
    [InlineData("11 Jun 2025 12:05 EEST", "2025-06-11T12:05:00+03:00")]
    [InlineData("Wed, 11 Jun 25 12:05:00 -0500", "2025-06-11T12:05:00-05:00")]
    public void Parse_SourceFormats_InstantAndOffsetKept(string input, string expected)
    {
        var parsed = DateParsing.Parse(input);

        Assert.NotNull(parsed);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed.Value);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, parsed.Value.Offset);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("Wed, 11 Jun 2025 12:05:00 XYZ")]
    public void Parse_NotADate_Null(string? input) => Assert.Null(DateParsing.Parse(input));
}

public sealed class StrictTextTests
{
    [Fact]
    public void Normalize_MixedLineEndingsAndControls_CanonicalForm() =>
        Assert.Equal("a\nb\n\nc\td", StrictText.Normalize("\r\n\r\na  \r\nb\r\r\nc\td\u0007 \n\n"));

    [Fact]
    public void TryDecode_Utf16BigEndianBom_Decoded()
    {
        var bytes = new byte[] { 0xFE, 0xFF, 0x04, 0x25, 0x00, 0x21 };

        Assert.Equal("Х!", StrictText.TryDecode(bytes, out var error));
        Assert.Null(error);
    }

    [Fact]
    public void TryDecode_TruncatedMultibyte_FailureWithOffset()
    {
        var bytes = new byte[] { 0x41, 0x42, 0xD0 };

        Assert.Null(StrictText.TryDecode(bytes, out var error));
        Assert.Equal("invalid UTF-8 at byte 2", error);
    }
}
