namespace Vigil.Gazetteer.Text;

/// <summary>
/// The names a raion's centre may have, read from the two ways reports name a raion after its centre without the
/// gazetteer's own raion name: a «-щина» land («Нікопольщина», «на Ніжинщині», «Синельниковщина» → Нікополь, Ніжин,
/// Синельникове/Синельниково) and a raion adjective, Ukrainian or Russian («Измаильском» → Измаил, «Пологовскому» → Пологи,
/// «Чугуевском» → Чугуев). Only candidates: the gazetteer takes one when a town of that exact name exists and a raion is
/// named after it, so a wrong candidate costs nothing.
/// </summary>
public static class RaionCentreNames
{
    // «-щина»/«-ччина» in the cases reports use, Ukrainian and Russian: на Ніжинщині, Ніжинщину, Никопольщиной, Прилуччини.
    private static readonly string[] LandEndings = [.. ((string[])["щин", "ччин"]).SelectMany(static l => ((string[])["ою", "ой", "а", "и", "і", "у", "е", "ы"]).Select(c => l + c))];

    // Adjective endings of every case and gender, longest first ("пологов|скому", "ніжин|ському").
    private static readonly string[] AdjectiveEndings =
    [
        "ському", "ського", "ськими", "ській", "ських", "ським", "ської", "ський", "ська", "ське", "ську",
        "скому", "ского", "скими", "ских", "ским", "ском", "ской", "ский", "ская", "ское", "скую",
        // «Запорізькому», «Кременчуцькому»: the з of the centre's ж and the ц of its к stay on the stem (Запоріз|ькому → Запоріжжя,
        // Кременчуц|ькому → Кременчук)
        "ькому", "ького", "ькими", "ьких", "ьким", "ькій", "ької", "ький", "ька", "ьке", "ьку",
    ];

    // How a centre's name is made from the stem: Ніжин, Синельников|е, Глушков|о, Охтир|ка, Куп'ян|ськ, Ізмаїль → Ізмаїл,
    // Полог|ів → Пологи, Шостк|ин → Шостка, Луб|ен → Лубни, Ром|ен → Ромни, Лоз|ів → Лозова, Синельник|ів → Синельникове,
    // Кременчу|ц → Кременчук, Уман → Умань.
    private static readonly (string Drop, string Add)[] StemToTown =
    [
        ("", ""), ("", "е"), ("", "о"), ("", "а"), ("", "и"), ("", "ка"), ("", "ськ"), ("", "ск"), ("ь", ""),
        ("ів", "и"), ("ов", "и"), ("ин", "а"), ("ен", "и"), ("ів", "ова"), ("ів", "ове"), ("ов", "ая"), ("ев", "ів"),
        ("з", "жжя"), ("ен", "ни"), ("ц", "к"), ("", "ь"),
    ];

    /// <summary>Centre names of a «-щина» land, as normalized keys; empty when the key is not one.</summary>
    public static IReadOnlyList<string> OfLand(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        foreach (var ending in LandEndings)
        {
            if (key.Length > ending.Length + 2 && key.EndsWith(ending, StringComparison.Ordinal) && !key.Contains(' ', StringComparison.Ordinal))
            {
                var stem = key[..(key.Length - ending.Length + (ending[0] == 'ч' ? 1 : 0))];
                // «Прилуччина», «Донеччина»: the doubled ч stands for the centre's к or ц
                return ending[0] == 'ч' ? [.. Towns(stem[..^1] + "к"), .. Towns(stem[..^1] + "ц"), .. Towns(stem[..^1] + "цьк")] : Towns(stem);
            }
        }

        return [];
    }

    /// <summary>Centre names of a raion adjective («Измаильском», «Пологівського»), as normalized keys; empty when it is not one.</summary>
    public static IReadOnlyList<string> OfAdjective(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        foreach (var ending in AdjectiveEndings)
        {
            if (key.Length > ending.Length + 2 && key.EndsWith(ending, StringComparison.Ordinal) && !key.Contains(' ', StringComparison.Ordinal) &&
                (ending[0] != 'ь' || key[^(ending.Length + 1)] is 'з' or 'ц'))
            {
                return Towns(key[..^ending.Length]);
            }
        }

        return [];
    }

    private static List<string> Towns(string stem)
    {
        var result = new List<string>();
        foreach (var (drop, add) in StemToTown)
        {
            if (stem.Length - drop.Length >= 3 && stem.EndsWith(drop, StringComparison.Ordinal))
            {
                var town = stem[..^drop.Length] + add;
                if (!result.Contains(town))
                {
                    result.Add(town);
                }
            }
        }

        return result;
    }
}
