using Vigil.Core;

namespace Vigil.Extraction.Tests.Support;

/// <summary>Shared extractor over the test gazetteer, and a helper for one-incident reports.</summary>
internal static class Extract
{
    public static readonly DateOnly Published = new(2025, 6, 11); // a Wednesday

    private static readonly Extractor Extractor = new(TestGazetteer.Instance);

    public static ExtractionResult Run(string text, DateOnly? published = null, string? language = null) =>
        Extractor.Extract(text, language is null ? DocumentInfo.Plain(published ?? Published) : new DocumentInfo(null, published ?? Published, language, null, null));

    public static ReportIncident Single(string text, DateOnly? published = null)
    {
        var result = Run(text, published);
        return Assert.Single(result.Incidents);
    }

    /// <summary>The text with its front matter blanked out (same length), as `vigil extract` feeds it.</summary>
    public static string MaskFrontMatter(string text)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            return text;
        }

        var close = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        var end = text.IndexOf('\n', close + 1) + 1;
        var chars = text.ToCharArray();
        for (var i = 0; i < end; i++)
        {
            if (chars[i] is not '\n' and not '\r')
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }
}
