namespace Vigil.Ingestion.Text;

/// <summary>
/// The language of a report that does not declare one: Ukrainian or Russian when most letters are
/// Cyrillic (told apart by letters only one of them uses), otherwise unknown (the caller's default).
/// </summary>
internal static class LanguageGuess
{
    private const string UkrainianOnly = "іїєґІЇЄҐ";
    private const string RussianOnly = "ыэъёЫЭЪЁ";

    /// <summary>"en-GB" → "en"; null for blank or malformed tags.</summary>
    internal static string? Normalize(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var primary = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary.Length is >= 2 and <= 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    internal static string? FromText(string text)
    {
        int latin = 0, cyrillic = 0, ukrainian = 0, russian = 0;
        var sample = text.Length > 4000 ? text.AsSpan(0, 4000) : text.AsSpan();
        foreach (var c in sample)
        {
            if (char.IsAsciiLetter(c))
            {
                latin++;
            }
            else if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
                if (UkrainianOnly.Contains(c, StringComparison.Ordinal))
                {
                    ukrainian++;
                }
                else if (RussianOnly.Contains(c, StringComparison.Ordinal))
                {
                    russian++;
                }
            }
        }

        if (cyrillic <= latin)
        {
            return null;
        }

        return ukrainian >= russian ? "uk" : "ru";
    }
}
