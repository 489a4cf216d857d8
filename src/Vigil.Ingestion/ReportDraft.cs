using System.Globalization;
using Vigil.Core;
using Vigil.Ingestion.Text;

namespace Vigil.Ingestion;

/// <summary>What a reader found before identity, normalisation and limits are applied.</summary>
internal sealed record ReportDraft(
    string Text,
    string Format,
    string Origin,
    string? Title = null,
    DateTimeOffset? Published = null,
    string? Source = null,
    string? Url = null,
    string? Language = null,
    DateTimeOffset? Updated = null)
{
    /// <summary>Turns the draft into a report, or a failure naming the limit it broke.</summary>
    public ReadResult Build(ReaderOptions options)
    {
        var text = StrictText.Normalize(Text);
        if (text.Length == 0)
        {
            return ReadResult.Failure(Origin, "no report text");
        }

        if (text.Length > options.MaxReportChars)
        {
            return ReadResult.Failure(
                Origin,
                string.Create(CultureInfo.InvariantCulture, $"report text is {text.Length} characters, over the limit of {options.MaxReportChars}"));
        }

        var hash = ReportIdentity.ContentHash(text);
        var url = ReportIdentity.CanonicalUrl(Url);
        var report = new Report(
            Key: url ?? ReportIdentity.HashKeyPrefix + hash,
            Text: text,
            ContentHash: hash,
            Title: Clean(Title),
            Published: Published,
            Source: Clean(Source),
            Url: url,
            Language: LanguageGuess.Resolve(Language, text, options.DefaultLanguage),
            Format: Format,
            Origin: Origin,
            Updated: Updated);
        return ReadResult.Success(report);
    }

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var collapsed = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }
}
