namespace Vigil.Gazetteer.Text;

/// <summary>
/// Reads a Russian spelling of a Ukrainian place name back to the Ukrainian spelling it most likely
/// stands for, by the regular correspondences of the two languages' place names: Никольское → Нікольське
/// (-ское → -ське), Васильевка → Василівка (-евка → -івка), Николаевка → Миколаївка (Никола- → Микола-),
/// Очеретино → Очеретине, Хромово → Хромове, Золочев → Золочів, Широкая → Широка, Знаменка → Знам'янка. The result is only a
/// key to compare by romanised skeleton (і and и both fold to i there); it is never shown.
/// </summary>
public static class RussianSpelling
{
    private const int MinStem = 3;

    // Longest first: the first ending that fits is replaced.
    private static readonly (string From, string To)[] Endings =
    [
        ("ское", "ське"), ("цкое", "цьке"), ("ский", "ський"), ("цкий", "цький"), ("ская", "ська"), ("цкая", "цька"),
        ("овка", "івка"), ("ино", "ине"), ("ово", "ове"), ("ево", "еве"), ("ое", "е"), ("ая", "а"), ("ый", "ий"), ("ой", "ий"),
    ];

    /// <summary>Ukrainian-style forms of a normalized (lower-case) Cyrillic name, the name itself excluded; empty when no rule applies.</summary>
    public static IReadOnlyList<string> UkrainianForms(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 3)
        {
            return [];
        }

        var converted = new string[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            converted[i] = Word(words[i]);
        }

        string form = string.Join(' ', converted);
        var result = new List<string>(2);
        if (form != key)
        {
            result.Add(form);
        }

        // Микола- is the Ukrainian Никола- of the saint's name (Николаевка → Миколаївка), but Никольское stays Нікольське.
        if (form.StartsWith("никола", StringComparison.Ordinal))
        {
            result.Add("м" + form[1..]);
        }

        // The old letter ѣ is е in Russian and і in Ukrainian (Печенеги → Печеніги, Белозерка → Білозерка, Алексеевка →
        // Олексіївка): the last е of each word's stem read as і, then the first, then every one after the first letter; each
        // is only one more key to look up.
        foreach (var yat in (string[])[Yat(form, YatAt.Last), Yat(form, YatAt.First), Yat(form, YatAt.Every)])
        {
            if (yat != form && yat != key && !result.Contains(yat))
            {
                result.Add(yat);
            }
        }

        return result;
    }

    private enum YatAt
    {
        Last,
        First,
        Every,
    }

    private static string Yat(string form, YatAt at)
    {
        var words = form.Split(' ');
        for (int i = 0; i < words.Length; i++)
        {
            var w = words[i].ToCharArray();
            // (not the first letter, nor a final е, which is the ending's: Біле, Нікольське)
            var stem = Enumerable.Range(1, Math.Max(0, w.Length - 2)).Where(k => w[k] == 'е').ToList();
            foreach (var k in at switch { YatAt.Last => stem.TakeLast(1), YatAt.First => stem.Take(1), _ => stem })
            {
                w[k] = 'і';
            }

            words[i] = new string(w);
        }

        return string.Join(' ', words);
    }

    // The stone and banner stems are written with a soft «я» in Ukrainian: Каменка → Кам'янка, Знаменка → Знам'янка; the
    // saint's name Алексей is Олексій (Александровка → Олександрівка).
    private static readonly (string From, string To)[] Stems = [("камен", "кам'ян"), ("знамен", "знам'ян"), ("алекс", "олекс")];

    private static string Word(string word)
    {
        string w = word.Replace('ы', 'и').Replace('э', 'е').Replace("ъ", "", StringComparison.Ordinal);
        foreach (var (from, to) in Stems)
        {
            if (w.StartsWith(from, StringComparison.Ordinal))
            {
                w = to + w[from.Length..];
            }
        }

        // -евка: Васильевка → Василівка (the soft sign goes), Николаевка → Николаївка (after a vowel, ї).
        if (w.Length - 4 >= MinStem && w.EndsWith("евка", StringComparison.Ordinal))
        {
            string stem = w[..^4];
            return stem.EndsWith('ь') ? stem[..^1] + "івка" : IsVowel(stem[^1]) ? stem + "ївка" : stem + "івка";
        }

        foreach (var (from, to) in Endings)
        {
            if (w.Length - from.Length >= MinStem && w.EndsWith(from, StringComparison.Ordinal))
            {
                return w[..^from.Length] + to;
            }
        }

        // A closed final syllable: Золочев → Золочів, Харьков → Харків (-ов, -ев → -ів).
        if (w.Length - 2 >= MinStem && (w.EndsWith("ов", StringComparison.Ordinal) || w.EndsWith("ев", StringComparison.Ordinal)))
        {
            string stem = w[..^2];
            return IsVowel(stem[^1]) ? stem + "їв" : stem + "ів";
        }

        return w;
    }

    private static bool IsVowel(char c) => "аеєиіїоуюяыэё".Contains(c, StringComparison.Ordinal);
}
