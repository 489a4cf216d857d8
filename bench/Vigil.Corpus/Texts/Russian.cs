using System.Globalization;

namespace Vigil.Corpus.Texts;

/// <summary>Short Russian-language posts after an attack (as many Ukrainian officials in the east and south publish), and air-force bulletins.</summary>
internal static class Russian
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly string[] MonthsGenitive = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    private static readonly string[] Collective = ["", "", "двое", "трое", "четверо", "пятеро", "шестеро"];

    private static readonly Dictionary<string, string> Damage = new(StringComparer.Ordinal)
    {
        ["residential"] = "многоэтажка", ["education"] = "школа", ["medical"] = "больница", ["power"] = "линия электропередачи",
        ["transport"] = "автобусное депо", ["commercial"] = "магазин", ["industrial"] = "предприятие",
        ["vehicles"] = "несколько автомобилей", ["agricultural"] = "зернохранилище",
    };

    public static void Write(ReportContext c)
    {
        var r = c.Rng;
        var a = c.Attack;
        var s = c.Stated;
        var sb = c.Text;
        var name = a.Place.Russian;
        sb.Append(r.Between(0, 2) switch
        {
            0 => name + ". ",
            1 => "#" + name.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal) + "\n",
            _ => name + ": последствия атаки.\n\n",
        });
        if (c.IsRevision)
        {
            sb.Append("Обновлено. ");
            c.Constructs.Add("revision");
        }

        var when = a.Part switch
        {
            DayPart.Night => r.Pick(["Этой ночью", "Минувшей ночью"]),
            DayPart.Morning => "Сегодня утром",
            DayPart.Afternoon => "Днем",
            _ => "Вечером",
        };
        var target = a.Place.IsCity ? "город" : "громаду";
        sb.Append(a.Weapon switch
        {
            Weapon.Artillery => $"{when} оккупанты обстреляли {target} из артиллерии. ",
            Weapon.Mlrs => $"{when} оккупанты обстреляли {target} {r.Pick(["из РСЗО", "из «Градов»"])}. ",
            Weapon.Drone => $"{when} враг атаковал {target} {r.Pick(["ударными БПЛА", "беспилотниками"])}. ",
            Weapon.Missile => $"{when} враг ударил по {(a.Place.IsCity ? "городу" : "громаде")} {r.Pick(["баллистической ракетой", "ракетой"])}. ",
            _ => $"{when} враг сбросил на {target} {r.Pick(["управляемые авиабомбы", "КАБы"])}. ",
        });
        c.Constructs.Add(a.Part == DayPart.Night ? "overnight" : "relative_dates");

        if (s.Killed == 0 && s.Injured == 0)
        {
            sb.Append(r.Pick(["Пострадавших нет. ", "Обошлось без пострадавших. "]));
            c.Constructs.Add("explicit_zero");
        }

        if (s.Killed is > 0 and var k)
        {
            sb.Append(k == 1
                ? r.Pick(["Погиб мужчина. ", "Погиб один человек. ", $"Погибла женщина {r.Between(30, 85).ToString(Inv)} лет. "])
                : $"Погибли {Count(r, k)}. ");
            if (s.ChildrenKilled is > 0 and var ck)
            {
                sb.Append(ck == 1 ? "Среди погибших — ребенок. " : $"Среди погибших — {ck.ToString(Inv)} {Children(ck)}. ");
                c.Constructs.Add("children_subset");
            }
        }

        if (s.Injured is > 0 and var i)
        {
            var onlyChild = i == 1 && s.ChildrenInjured == 1; // the one injured is the child
            sb.Append(onlyChild ? $"Ранен {a.ChildAgesInjured[0].ToString(Inv)}-летний мальчик"
                : i == 1
                ? (s.Killed is > 0 ? "Еще один человек ранен" : "Ранена женщина")
                : r.Chance(0.5) ? $"{(s.Killed is > 0 ? "Еще " : "Ранены ")}{Count(r, i)}{(s.Killed is > 0 ? " ранены" : "")}" : $"Пострадали {Count(r, i)}");
            if (s.ChildrenInjured is > 0 and var ci && !onlyChild)
            {
                sb.Append(ci == 1
                    ? $", среди них {a.ChildAgesInjured[0].ToString(Inv)}-{(r.Chance(0.5) ? "летняя девочка" : "летний мальчик")}"
                    : ci < Collective.Length && r.Chance(0.5) ? $", среди них {Collective[ci]} детей" : $", среди них {ci.ToString(Inv)} {Children(ci)}");
                c.Constructs.Add("children_subset");
            }

            sb.Append(". ");
        }

        if (r.Chance(0.7))
        {
            var items = a.Damage.Select(d => Damage[d]).ToList();
            sb.Append("Повреждены ").Append(items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " и " + items[^1]).Append('.');
        }

        if (r.Chance(0.5))
        {
            sb.Append("\n\n").Append(Names.Official("head:" + a.Place.OblastCode, "ru")).Append(", начальник областной военной администрации");
            c.Constructs.Add("claimant");
        }

        c.Constructs.Add("telegram");
        c.Title = name + ": последствия атаки";
    }

    public static string Bulletin(Rng r, NightTally t, DateOnly day, out string title)
    {
        title = "Воздушные силы: итоги ночной атаки";
        var missiles = t.MissilesLaunched > 0;
        return $"В ночь на {day.Day.ToString(Inv)} {MonthsGenitive[day.Month - 1]} противник атаковал {t.DronesLaunched.ToString(Inv)} ударными БпЛА и дронами-имитаторами"
            + (missiles ? $", а также {t.MissilesLaunched.ToString(Inv)} ракетами" : "") + ". "
            + $"По состоянию на {r.Between(8, 10).ToString(Inv)}:00 сбито или подавлено {t.DronesDown.ToString(Inv)} БпЛА"
            + (missiles ? $" и {t.MissilesDown.ToString(Inv)} ракет" : "") + ".";
    }

    private static string Count(Rng r, int n) =>
        n < Collective.Length && n >= 2 && r.Chance(0.5) ? Collective[n] + " человек" : n.ToString(Inv) + " " + Form(n);

    /// <summary>Russian agreement of "человек" with a number: 2–4 человека, otherwise человек.</summary>
    private static string Form(int n) => n % 10 is >= 2 and <= 4 && n % 100 is not (>= 12 and <= 14) ? "человека" : "человек";

    private static string Children(int n) => n % 10 is >= 2 and <= 4 && n % 100 is not (>= 12 and <= 14) ? "ребенка" : "детей";
}
