using System.Text;

namespace Vigil.Gazetteer.Text;

/// <summary>Cyrillic to Latin: Ukraine's national romanisation (KMU 2010) and a plain Russian scheme for extra match keys.</summary>
public static class Transliteration
{
    /// <summary>
    /// Ukrainian national romanisation (Cabinet of Ministers resolution 55 of 2010): є, ї, й, ю, я are
    /// ye, yi, y, yu, ya at the start of a word and ie, i, i, iu, ia elsewhere; зг is zgh; the soft sign
    /// and apostrophe are dropped. Case follows the source; Latin input passes through.
    /// </summary>
    public static string UkrainianToLatin(string cyrillic)
    {
        var sb = new StringBuilder(cyrillic.Length + 8);
        for (int i = 0; i < cyrillic.Length; i++)
        {
            char c = cyrillic[i];
            char lower = char.ToLowerInvariant(c);
            bool upper = c != lower;
            // After an apostrophe the letter is inside the word: Знам'янка → Znamianka.
            bool wordStart = i == 0 || !(char.IsLetter(cyrillic[i - 1]) || IsApostrophe(cyrillic[i - 1]));
            string? latin = lower switch
            {
                'а' => "a", 'б' => "b", 'в' => "v", 'г' => i > 0 && char.ToLowerInvariant(cyrillic[i - 1]) == 'з' ? "gh" : "h",
                'ґ' => "g", 'д' => "d", 'е' => "e", 'є' => wordStart ? "ye" : "ie", 'ж' => "zh", 'з' => "z",
                'и' => "y", 'і' => "i", 'ї' => wordStart ? "yi" : "i", 'й' => wordStart ? "y" : "i", 'к' => "k",
                'л' => "l", 'м' => "m", 'н' => "n", 'о' => "o", 'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t",
                'у' => "u", 'ф' => "f", 'х' => "kh", 'ц' => "ts", 'ч' => "ch", 'ш' => "sh", 'щ' => "shch",
                'ь' => "", 'ю' => wordStart ? "yu" : "iu", 'я' => wordStart ? "ya" : "ia",
                // Russian letters that appear in mixed sources.
                'ы' => "y", 'э' => "e", 'ё' => wordStart ? "yo" : "io", 'ъ' => "",
                '\'' or '’' or 'ʼ' or '`' => "",
                _ => null,
            };
            Append(sb, latin, c, upper);
        }

        return sb.ToString();
    }

    /// <summary>A simple Russian romanisation (close to BGN/PCGN without diacritics): Харьков → Kharkov, Запорожье → Zaporozhye.</summary>
    public static string RussianToLatin(string cyrillic)
    {
        var sb = new StringBuilder(cyrillic.Length + 8);
        for (int i = 0; i < cyrillic.Length; i++)
        {
            char c = cyrillic[i];
            char lower = char.ToLowerInvariant(c);
            bool upper = c != lower;
            bool wordStart = i == 0 || !char.IsLetter(cyrillic[i - 1]);
            bool afterVowelOrSign = i > 0 && "аеёиоуыэюяьъ".Contains(char.ToLowerInvariant(cyrillic[i - 1]), StringComparison.Ordinal);
            string? latin = lower switch
            {
                'а' => "a", 'б' => "b", 'в' => "v", 'г' => "g", 'д' => "d", 'е' => wordStart || afterVowelOrSign ? "ye" : "e",
                'ё' => "yo", 'ж' => "zh", 'з' => "z", 'и' => "i", 'й' => "y", 'к' => "k", 'л' => "l", 'м' => "m",
                'н' => "n", 'о' => "o", 'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t", 'у' => "u", 'ф' => "f",
                'х' => "kh", 'ц' => "ts", 'ч' => "ch", 'ш' => "sh", 'щ' => "shch", 'ъ' => "", 'ы' => "y", 'ь' => "",
                'э' => "e", 'ю' => "yu", 'я' => "ya",
                'і' => "i", 'ї' => "yi", 'є' => "ye", 'ґ' => "g",
                '\'' or '’' or 'ʼ' or '`' => "",
                _ => null,
            };
            Append(sb, latin, c, upper);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Brings a Latin name romanised in the older (BGN-like) style towards KMU 2010 when no Cyrillic is
    /// at hand: inside a word ya/yu/ye → ia/iu/ie, a final -yy or -iy → -yi, after a vowel yi → i and y → i
    /// (Sofiyivka → Sofiivka, Pervomayskyi → Pervomaiskyi), apostrophes dropped
    /// (Kupyansk → Kupiansk, Krasnyy → Krasnyi, Nyu-York → Niu-York). Word-initial Ya/Yu/Ye stay.
    /// </summary>
    public static string LatinToKmuStyle(string latin)
    {
        var sb = new StringBuilder(latin.Length);
        int wordStart = 0;
        for (int i = 0; i < latin.Length; i++)
        {
            char c = latin[i];
            if (IsApostrophe(c))
            {
                continue;
            }

            if (!char.IsLetter(c))
            {
                sb.Append(c);
                wordStart = sb.Length;
                continue;
            }

            char next = i + 1 < latin.Length ? latin[i + 1] : '\0';
            bool inside = sb.Length > wordStart;
            if (c == 'y' && inside && next is 'a' or 'u' or 'e')
            {
                sb.Append('i');
                continue;
            }

            // after a vowel, y is й or the start of ї: "Pervomayskyi" → Pervomaiskyi, "Sofiyivka" → Sofiivka, "Mykolayivka" → Mykolaivka
            char previous = sb.Length > 0 ? sb[^1] : '\0';
            if (c == 'y' && inside && previous is 'a' or 'e' or 'i' or 'o' or 'u' && next != 'y')
            {
                if (next != 'i')
                {
                    sb.Append('i');
                }

                continue;
            }

            if (c is 'y' or 'i' && inside && next == 'y' && (i + 2 >= latin.Length || !char.IsLetter(latin[i + 2])))
            {
                sb.Append("yi");
                i++;
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or '`';

    /// <summary>Whether the text contains a Cyrillic letter.</summary>
    public static bool HasCyrillic(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c is >= '\u0400' and <= '\u04FF')
            {
                return true;
            }
        }

        return false;
    }

    private static void Append(StringBuilder sb, string? latin, char source, bool upper)
    {
        if (latin is null)
        {
            sb.Append(source);
        }
        else if (latin.Length > 0)
        {
            sb.Append(upper ? char.ToUpperInvariant(latin[0]) : latin[0]);
            sb.Append(latin, 1, latin.Length - 1);
        }
    }
}
