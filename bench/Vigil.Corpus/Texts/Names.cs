namespace Vigil.Corpus.Texts;

/// <summary>
/// Invented officials: common Ukrainian first names and surnames combined by a stable hash of
/// the place or oblast, so one oblast keeps one head all year. Any likeness to a real office
/// holder is chance; the names are Latin (national romanisation), Ukrainian and Russian.
/// </summary>
internal static class Names
{
    private static readonly (string En, string Uk, string Ru)[] First =
    [
        ("Oleh", "Олег", "Олег"), ("Ivan", "Іван", "Иван"), ("Serhii", "Сергій", "Сергей"), ("Vadym", "Вадим", "Вадим"),
        ("Ihor", "Ігор", "Игорь"), ("Andrii", "Андрій", "Андрей"), ("Oleksandr", "Олександр", "Александр"),
        ("Vitalii", "Віталій", "Виталий"), ("Yurii", "Юрій", "Юрий"), ("Roman", "Роман", "Роман"),
        ("Mykola", "Микола", "Николай"), ("Dmytro", "Дмитро", "Дмитрий"), ("Olena", "Олена", "Елена"),
        ("Iryna", "Ірина", "Ирина"), ("Nataliia", "Наталія", "Наталья"), ("Tetiana", "Тетяна", "Татьяна"),
        ("Yuliia", "Юлія", "Юлия"), ("Svitlana", "Світлана", "Светлана"), ("Halyna", "Галина", "Галина"),
        ("Oksana", "Оксана", "Оксана"),
    ];

    private static readonly (string En, string Uk, string Ru)[] Last =
    [
        ("Hrytsenko", "Гриценко", "Гриценко"), ("Kovalchuk", "Ковальчук", "Ковальчук"), ("Bondarenko", "Бондаренко", "Бондаренко"),
        ("Tkachuk", "Ткачук", "Ткачук"), ("Moroz", "Мороз", "Мороз"), ("Savchuk", "Савчук", "Савчук"),
        ("Lytvyn", "Литвин", "Литвин"), ("Melnyk", "Мельник", "Мельник"), ("Shevchuk", "Шевчук", "Шевчук"),
        ("Kravets", "Кравець", "Кравец"), ("Oliinyk", "Олійник", "Олейник"), ("Marchenko", "Марченко", "Марченко"),
        ("Rudenko", "Руденко", "Руденко"), ("Pavlenko", "Павленко", "Павленко"), ("Honchar", "Гончар", "Гончар"),
        ("Zhuk", "Жук", "Жук"), ("Boiko", "Бойко", "Бойко"), ("Klymenko", "Клименко", "Клименко"),
        ("Romaniuk", "Романюк", "Романюк"), ("Ostapenko", "Остапенко", "Остапенко"),
    ];

    /// <summary>The invented holder of an office ("head:UA-63", "mayor:&lt;place id&gt;") in the given language.</summary>
    public static string Official(string office, string language)
    {
        var hash = Rng.Hash(office);
        var first = First[(int)(hash % (ulong)First.Length)];
        var last = Last[(int)((hash >> 20) % (ulong)Last.Length)];
        return language switch
        {
            "uk" => first.Uk + " " + last.Uk,
            "ru" => first.Ru + " " + last.Ru,
            _ => first.En + " " + last.En,
        };
    }
}
