namespace Vigil.Core;

/// <summary>
/// The language of a report that does not declare one, by letters: Ukrainian when it uses і ї є ґ,
/// Russian when it uses ы э ъ ё, and for Cyrillic with neither (or both) the one whose common short
/// words it uses more (Cyrillic with no і at all is Russian). Text with more Latin than Cyrillic letters is not guessed (null: the caller's
/// default). A 74 MB language identifier is more than two letter tests need.
/// </summary>
public static class LanguageGuess
{
    private const string UkrainianOnly = "іїєґІЇЄҐ";
    private const string RussianOnly = "ыэъёЫЭЪЁ";

    // Frequent words written in one language only (after the letter tests above fail to decide).
    private static readonly HashSet<string> UkrainianWords = new(
        ["та", "що", "як", "від", "це", "він", "вона", "але", "чи", "або", "ще", "вже", "під", "через", "після", "понад", "щонайменше", "загинули", "поранено", "людей", "район", "область", "був", "була", "були"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> RussianWords = new(
        ["и", "что", "как", "от", "это", "он", "она", "но", "или", "еще", "уже", "под", "через", "после", "более", "не", "менее", "погибли", "ранены", "человек", "района", "области", "был", "была", "были", "его"],
        StringComparer.Ordinal);

    /// <summary>"uk", "ru", or null when the text is not mostly Cyrillic.</summary>
    public static string? FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
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

        if (cyrillic == 0 || cyrillic <= latin)
        {
            return null;
        }

        if (ukrainian != russian)
        {
            return ukrainian > russian ? "uk" : "ru";
        }

        // Neither letter set decides: the common words do; failing those, Ukrainian text of any length
        // almost always has an і, so Cyrillic without one is Russian.
        return ByWords(sample) ?? (ukrainian == 0 ? "ru" : "uk");
    }

    /// <summary>The declared language when there is one ("uk-UA" → "uk"), else the guess from the text, else <paramref name="fallback"/>.</summary>
    public static string Resolve(string? declared, string text, string fallback)
    {
        if (!string.IsNullOrWhiteSpace(declared))
        {
            var primary = declared.Trim().Split('-', '_')[0].ToLowerInvariant();
            if (primary.Length is >= 2 and <= 3 && primary.All(char.IsAsciiLetterLower))
            {
                return primary;
            }
        }

        return FromText(text) ?? fallback;
    }

    private static string? ByWords(ReadOnlySpan<char> text)
    {
        int uk = 0, ru = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                var word = text[start..i].ToString().ToLowerInvariant();
                uk += UkrainianWords.Contains(word) ? 1 : 0;
                ru += RussianWords.Contains(word) ? 1 : 0;
                start = -1;
            }
        }

        return uk == ru ? null : uk > ru ? "uk" : "ru";
    }
}
