using System.Globalization;

namespace Vigil.Corpus.Texts;

/// <summary>Short Ukrainian posts of the kind regional administrations publish after an attack, and air-force bulletins.</summary>
internal static class Ukrainian
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly string[] MonthsGenitive = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"];

    private static readonly string[] Collective = ["", "", "двоє", "троє", "четверо", "п'ятеро", "шестеро"];

    private static readonly Dictionary<string, string> Damage = new(StringComparer.Ordinal)
    {
        ["residential"] = "багатоповерхівку", ["education"] = "школу", ["medical"] = "лікарню", ["power"] = "лінію електропередачі",
        ["transport"] = "автобусне депо", ["commercial"] = "магазин", ["industrial"] = "підприємство",
        ["vehicles"] = "кілька автівок", ["agricultural"] = "зерносховище",
    };

    public static void Write(ReportContext c)
    {
        var r = c.Rng;
        var a = c.Attack;
        var s = c.Stated;
        var sb = c.Text;
        var name = a.Place.Ukrainian;
        sb.Append(r.Between(0, 2) switch
        {
            0 => name + ". ",
            1 => "#" + name.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal) + "\n",
            _ => name + ": наслідки атаки.\n\n",
        });
        if (c.IsRevision)
        {
            sb.Append("Оновлено. ");
            c.Constructs.Add("revision");
        }

        var when = a.Part switch
        {
            DayPart.Night => r.Pick(["Вночі", "Цієї ночі", "Минулої ночі"]),
            DayPart.Morning => "Сьогодні вранці",
            DayPart.Afternoon => "Сьогодні вдень",
            _ => "Увечері",
        };
        var target = a.Place.IsCity ? "місто" : "громаду";
        sb.Append(a.Weapon switch
        {
            Weapon.Artillery => $"{when} окупанти обстріляли {target} з артилерії. ",
            Weapon.Mlrs => $"{when} окупанти обстріляли {target} {r.Pick(["з РСЗВ", "з «Градів»"])}. ",
            Weapon.Drone => $"{when} ворог атакував {target} {r.Pick(["ударними БпЛА", "дронами"])}. ",
            Weapon.Missile => $"{when} ворог атакував {target} {r.Pick(["балістичною ракетою", "ракетою"])}. ",
            _ => $"{when} ворог атакував {target} {r.Pick(["керованими авіабомбами", "КАБами"])}. ",
        });
        c.Constructs.Add(a.Part == DayPart.Night ? "overnight" : "relative_dates");

        if (s.Killed == 0 && s.Injured == 0)
        {
            sb.Append(r.Pick(["Попередньо — без постраждалих. ", "Обійшлося без жертв. "]));
            c.Constructs.Add("explicit_zero");
        }

        if (s.Killed is > 0 and var k)
        {
            sb.Append(k == 1
                ? r.Pick(["Загинула одна людина. ", "Загинув чоловік. ", $"На жаль, загинула {r.Between(30, 85).ToString(Inv)}-річна жінка. "])
                : $"{(Form(k) == "людина" ? "Загинула" : "Загинули")} {Count(r, k)}. ");
            if (s.ChildrenKilled is > 0 and var ck)
            {
                sb.Append(ck == 1 ? "Серед загиблих — дитина. " : $"Серед загиблих — {ck.ToString(Inv)} {Children(ck)}. ");
                c.Constructs.Add("children_subset");
            }
        }

        if (s.Injured is > 0 and var i)
        {
            var lead = s.Killed is > 0 ? "Ще " : "";
            var onlyChild = i == 1 && s.ChildrenInjured == 1; // the one injured is the child
            sb.Append(onlyChild ? $"Поранено {a.ChildAgesInjured[0].ToString(Inv)}-річного хлопчика"
                : i == 1
                ? (s.Killed is > 0 ? "Ще одна людина поранена" : $"Поранено {r.Between(20, 80).ToString(Inv)}-річного чоловіка")
                : r.Chance(0.5) ? English.Cap($"{lead}{Count(r, i)} {(Form(i) == "людина" ? "поранена" : "поранені")}") : $"Поранено {Count(r, i)}");
            if (s.ChildrenInjured is > 0 and var ci && !onlyChild)
            {
                sb.Append(ci == 1
                    ? $", серед них {a.ChildAgesInjured[0].ToString(Inv)}-{(r.Chance(0.5) ? "річна дівчинка" : "річний хлопчик")}"
                    : (ci < Collective.Length && r.Chance(0.5) ? $", серед них {Collective[ci]} дітей" : $", серед них {ci.ToString(Inv)} {Children(ci)}"));
                c.Constructs.Add("children_subset");
            }

            sb.Append(". ");
        }

        if (r.Chance(0.7))
        {
            var items = a.Damage.Select(d => Damage[d]).ToList();
            sb.Append("Пошкоджено ").Append(items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " та " + items[^1]).Append('.');
        }

        if (r.Chance(0.5))
        {
            sb.Append("\n\n").Append(a.Place.IsCity && r.Chance(0.5)
                ? Names.Official("mayor:" + a.Place.Id, "uk") + ", міський голова"
                : Names.Official("head:" + a.Place.OblastCode, "uk") + ", начальник обласної військової адміністрації");
            c.Constructs.Add("claimant");
        }

        c.Constructs.Add("telegram");
        c.Title = name + ": наслідки атаки";
    }

    public static string Bulletin(Rng r, NightTally t, DateOnly day, out string title)
    {
        title = "Повітряні сили: підсумки нічної атаки";
        var missiles = t.MissilesLaunched > 0;
        return $"У ніч на {day.Day.ToString(Inv)} {MonthsGenitive[day.Month - 1]} ворог атакував {t.DronesLaunched.ToString(Inv)} ударними БпЛА та дронами-імітаторами"
            + (missiles ? $", а також {t.MissilesLaunched.ToString(Inv)} ракетами" : "") + ". "
            + $"Станом на {r.Between(8, 10).ToString(Inv)}:00 збито або подавлено {t.DronesDown.ToString(Inv)} БпЛА"
            + (missiles ? $" та {t.MissilesDown.ToString(Inv)} ракет" : "") + ".";
    }

    private static string Count(Rng r, int n) =>
        n < Collective.Length && n >= 2 && r.Chance(0.5) ? Collective[n] + " людей" : n.ToString(Inv) + " " + Form(n);

    /// <summary>Ukrainian agreement of "людина" with a number: 1 людина, 2–4 людини, 5–20 людей.</summary>
    private static string Form(int n) => (n % 10, n % 100) switch
    {
        (1, not 11) => "людина",
        (>= 2 and <= 4, not (>= 12 and <= 14)) => "людини",
        _ => "людей",
    };

    /// <summary>"дитина" after a number written in digits: 2–4 дитини, 5 and more дітей.</summary>
    private static string Children(int n) => n % 10 is >= 2 and <= 4 && n % 100 is not (>= 12 and <= 14) ? "дитини" : "дітей";
}
