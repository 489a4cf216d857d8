using System.Globalization;

namespace Vigil.Corpus.Texts;

/// <summary>
/// English reports: wire copy with a dateline, local news, and officials' Telegram posts, built
/// from interchangeable phrasings of the constructs the extractor reads (specs/README.md's tags).
/// </summary>
internal static class English
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly string[] NumberWords = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] Quotes =
    [
        "Rescuers are working at the scene and will stay there as long as needed",
        "Please do not ignore air raid alerts and go to shelters",
        "Every one of these strikes is aimed at ordinary people",
        "City services are already clearing the debris",
        "We will help every family that lost its home",
        "It was a hard night for the whole region",
    ];

    private static readonly Dictionary<string, string[]> DamagePhrases = new(StringComparer.Ordinal)
    {
        ["residential"] = ["an apartment building", "several private houses", "a nine-storey residential block", "a row of homes"],
        ["education"] = ["a school", "a kindergarten"],
        ["medical"] = ["a hospital", "a clinic"],
        ["power"] = ["a power substation", "power lines"],
        ["transport"] = ["a bus depot", "a railway station"],
        ["commercial"] = ["a supermarket", "several shops"],
        ["industrial"] = ["an industrial enterprise", "a warehouse"],
        ["vehicles"] = ["several cars", "a minibus"],
        ["agricultural"] = ["a grain storage facility", "farm buildings"],
    };

    public static void Write(ReportContext c)
    {
        var r = c.Rng;
        var a = c.Attack;
        var s = c.Stated;
        var sb = c.Text;
        var claimant = Claimant(c);
        var telegram = c.Outlet.Telegram;
        var zero = s.Killed == 0 && s.Injured == 0;
        var increment = c.EarlierKilled is { } earlier && s.Killed > earlier && !telegram;

        if (c.IsRevision)
        {
            sb.Append(r.Chance(0.5) ? "Updated with new figures. " : "This story has been updated. ");
            c.Constructs.Add("revision");
        }

        if (telegram)
        {
            WriteTelegram(c, zero);
        }
        else
        {
            if (c.Outlet.Wire && r.Chance(0.7))
            {
                Dateline(c);
            }

            var when = When(c);
            if (zero)
            {
                sb.Append(Cap(WeaponSubject(r, a.Weapon))).Append(' ').Append(HitVerb(r)).Append(' ').Append(PlaceRef(c)).Append(When(when))
                  .Append(", damaging ").Append(DamageList(c)).Append(". ");
                var phrase = r.Pick(["There were no casualties, ", "No one was killed or injured, ", "No one was hurt, "]);
                sb.Append(phrase).Append(claimant).Append(" said.");
                if (phrase.StartsWith("No one was hurt", StringComparison.Ordinal))
                {
                    c.Stated = s with { Killed = null }; // "hurt" speaks of the injured only.
                }
                c.Constructs.Add("explicit_zero");
            }
            else if (increment)
            {
                sb.Append(Cap(WeaponSubject(r, a.Weapon))).Append(' ').Append(HitVerb(r)).Append(' ').Append(PlaceRef(c)).Append(When(when));
                if (s.Injured is > 0)
                {
                    sb.Append(", injuring ").Append(Qualified(c, s.Injured.Value, injured: true)).Append(' ').Append(People(s.Injured.Value));
                }

                sb.Append(", ").Append(claimant).Append(" said. ");
                var diff = s.Killed!.Value - c.EarlierKilled!.Value;
                sb.Append(r.Chance(0.5)
                    ? $"{Cap(Num(r, diff))} more {People(diff)} died in hospital, bringing the death toll to {s.Killed.Value.ToString(Inv)}."
                    : $"The death toll rose to {s.Killed.Value.ToString(Inv)} after {Num(r, diff)} more {People(diff)} died of their injuries.");
                c.Constructs.Add("increment_total");
            }
            else
            {
                Lead(c, when, claimant);
            }

            sb.Append(' ');
            Children(c);
            if (!zero && r.Chance(0.7))
            {
                sb.Append(r.Chance(0.5) ? "The strike damaged " : "The attack also damaged ").Append(DamageList(c)).Append(". ");
            }

            if (r.Chance(0.35))
            {
                var official = c.Attack.Place.IsCity && r.Chance(0.5)
                    ? Names.Official("mayor:" + a.Place.Id, "en")
                    : Names.Official("head:" + a.Place.OblastCode, "en");
                sb.Append("\n\n\"").Append(r.Pick(Quotes)).Append(",\" ").Append(official).Append(r.Chance(0.5) ? " wrote on Telegram." : " said.");
                c.Constructs.Add("statements");
            }
        }

        Recap(c);
        Tally(c);
        c.Title = Title(c, zero);
    }

    private static void Lead(ReportContext c, string when, string claimant)
    {
        var r = c.Rng;
        var s = c.Stated;
        var sb = c.Text;
        var form = r.Between(0, s.Killed >= 2 ? 2 : 1);
        if (form == 2)
        {
            // The toll form: "The death toll from ... has risen to N".
            sb.Append("The death toll from the Russian ").Append(AttackNoun(c.Attack.Weapon)).Append(" attack on ").Append(PlaceRef(c))
              .Append(When(when)).Append(r.Chance(0.5) ? " has risen to " : " stands at ").Append(Qualified(c, s.Killed!.Value, injured: false))
              .Append(", ").Append(claimant).Append(" said.");
            if (s.Injured is > 0)
            {
                sb.Append(' ').Append(Cap(Qualified(c, s.Injured.Value, injured: true))).Append(' ').Append(People(s.Injured.Value))
                  .Append(s.Injured == 1 ? " was " : " were ").Append(r.Pick(["injured", "wounded", "hurt"])).Append('.');
            }

            c.Constructs.Add("revision");
            return;
        }

        if (form == 0)
        {
            // "A Russian drone struck Sumy overnight, killing two people and injuring five, officials said."
            sb.Append(Cap(WeaponSubject(r, c.Attack.Weapon))).Append(' ').Append(HitVerb(r)).Append(' ').Append(PlaceRef(c)).Append(When(when)).Append(", ");
            var killed = s.Killed is > 0;
            if (killed)
            {
                sb.Append("killing ").Append(KilledObject(c));
            }

            if (s.Injured is > 0)
            {
                sb.Append(killed ? " and " : "").Append(r.Pick(["injuring ", "wounding "]))
                  .Append(Qualified(c, s.Injured.Value, injured: true)).Append(killed ? (s.Injured == 1 ? " other" : " others") : " " + People(s.Injured.Value));
            }

            sb.Append(", ").Append(claimant).Append(" said.");
            c.Constructs.Add("killed_phrasing");
            return;
        }

        // "Two people were killed and five injured in Sumy overnight when Russian drones hit a house, officials said."
        var parts = new List<string>(2);
        if (s.Killed is > 0)
        {
            parts.Add($"{Qualified(c, s.Killed.Value, injured: false)} {People(s.Killed.Value)} {(s.Killed == 1 ? "was" : "were")} killed");
        }

        if (s.Injured is > 0)
        {
            var injured = Qualified(c, s.Injured.Value, injured: true);
            parts.Add(parts.Count > 0 ? $"{injured} {(r.Chance(0.5) ? "injured" : "wounded")}"
                : $"{injured} {People(s.Injured.Value)} {(s.Injured == 1 ? "was" : "were")} injured");
        }

        sb.Append(Cap(string.Join(" and ", parts))).Append(" in ").Append(PlaceRef(c)).Append(When(when)).Append(" when ")
          .Append(WeaponSubject(r, c.Attack.Weapon)).Append(' ').Append(HitVerb(r)).Append(' ').Append(DamageOne(c))
          .Append(", ").Append(claimant).Append(" said.");
        c.Constructs.Add("injured_phrasing");
    }

    private static void WriteTelegram(ReportContext c, bool zero)
    {
        var r = c.Rng;
        var s = c.Stated;
        var sb = c.Text;
        var a = c.Attack;
        sb.Append(a.Place.Name).Append(". ");
        var when = When(c);
        sb.Append(when.Length > 0 ? Cap(when) + ", the" : "The").Append(" enemy attacked ")
          .Append(a.Place.IsCity ? "the city" : "the community").Append(" with ").Append(TelegramWeapon(r, a.Weapon)).Append(". ");
        if (zero)
        {
            var phrase = r.Pick(["According to preliminary information, there were no casualties.", "No one was hurt."]);
            sb.Append(phrase);
            if (phrase.StartsWith("No one was hurt", StringComparison.Ordinal))
            {
                c.Stated = s with { Killed = null };
            }
            c.Constructs.Add("explicit_zero");
        }
        else
        {
            if (s.Killed is > 0)
            {
                sb.Append(r.Chance(0.5) ? "Unfortunately, " : "").Append(Qualified(c, s.Killed.Value, injured: false, digits: true)).Append(' ')
                  .Append(People(s.Killed.Value)).Append(s.Killed == 1 ? " was" : " were").Append(" killed. ");
            }

            if (s.Injured is > 0)
            {
                sb.Append(Cap(Qualified(c, s.Injured.Value, injured: true, digits: true))).Append(s.Killed is > 0 ? " more " : " ").Append(People(s.Injured.Value))
                  .Append(s.Injured == 1 ? " was" : " were").Append(" injured");
                if (s.ChildrenInjured is > 0 and var ci)
                {
                    sb.Append(ci == 1 ? $", including {A(a.ChildAgesInjured[0]).ToLowerInvariant()}-year-old child" : $", including {ci.ToString(Inv)} children");
                    c.Constructs.Add("children_subset");
                }

                sb.Append('.');
            }
        }

        sb.Append("\n\n").Append(r.Pick(["All emergency services are working at the site.", "Rescuers are clearing the debris.", "Stay in shelters during alerts!"]));
        c.Constructs.Add("telegram");
    }

    private static void Children(ReportContext c)
    {
        var r = c.Rng;
        var s = c.Stated;
        var a = c.Attack;
        var sb = c.Text;
        if (s.ChildrenKilled is > 0 and var ck)
        {
            sb.Append(ck == 1
                ? $"{A(a.ChildAgesKilled[0])}-year-old {(r.Chance(0.5) ? "boy" : "girl")} was among the dead. "
                : $"{Cap(Num(r, ck))} children were among those killed. ");
            c.Constructs.Add("children_subset");
        }

        if (s.ChildrenInjured is > 0 and var ci)
        {
            var ages = a.ChildAgesInjured;
            sb.Append(ci switch
            {
                1 => r.Chance(0.5)
                    ? $"Among the injured is {A(ages[0]).ToLowerInvariant()}-year-old {(r.Chance(0.5) ? "boy" : "girl")}. "
                    : $"{A(ages[0])}-year-old child is among the wounded. ",
                2 => $"Among the injured are two children, aged {ages[0].ToString(Inv)} and {ages[1].ToString(Inv)}. ",
                _ => $"{Cap(Num(r, ci))} children are among the injured. ",
            });
            c.Constructs.Add("children_subset");
        }
    }

    private static void Recap(ReportContext c)
    {
        if (c.Recap is not { } p || c.Stated.Killed is null && c.Stated.Injured is null)
        {
            return;
        }

        var r = c.Rng;
        var ago = c.PublishedDay.DayNumber - p.Day.DayNumber;
        var sb = c.Text;
        var figure = p.Final.Killed > 0 ? $"killed {p.Final.Killed.Value.ToString(Inv)} {People(p.Final.Killed.Value)}"
            : $"injured {p.Final.Injured!.Value.ToString(Inv)} {People(p.Final.Injured.Value)}";
        sb.Append("\n\n");
        if (ago >= 7)
        {
            sb.Append("Last week, a Russian ").Append(AttackNoun(p.Weapon)).Append(" attack on ").Append(p.Place.Name).Append(' ').Append(figure).Append('.');
        }
        else
        {
            sb.Append(r.Chance(0.5) ? "Earlier this week, a Russian " : "In a similar earlier attack, a Russian ")
              .Append(AttackNoun(p.Weapon)).Append(" strike on ").Append(p.Place.Name).Append(' ').Append(figure).Append('.');
        }

        c.RecapWritten = true;
        c.Constructs.Add("past_incident");
    }

    private static void Tally(ReportContext c)
    {
        if (c.Tally is not { } t || c.Attack.Part != DayPart.Night || c.DaysAfter != 0 || c.Outlet.Telegram)
        {
            return;
        }

        c.Text.Append("\n\n").Append(c.Rng.Chance(0.5)
            ? $"Nationwide, the air force said it shot down {t.DronesDown.ToString(Inv)} of the {t.DronesLaunched.ToString(Inv)} drones Russia launched overnight."
            : $"Ukraine's air force said Russia launched {t.DronesLaunched.ToString(Inv)} drones and {t.MissilesLaunched.ToString(Inv)} missiles overnight, shooting down {t.DronesDown.ToString(Inv)} drones and {t.MissilesDown.ToString(Inv)} missiles.");
        c.TallyWritten = true;
        c.Constructs.Add("air_defense");
    }

    /// <summary>The nationwide air-force bulletin of one night, as a report of its own.</summary>
    public static string Bulletin(Rng r, NightTally t, DateOnly day, out string title)
    {
        title = $"Air defence downs {t.DronesDown.ToString(Inv)} drones overnight";
        var missiles = t.MissilesLaunched > 0;
        return r.Chance(0.5)
            ? $"Overnight, Russia attacked Ukraine with {t.DronesLaunched.ToString(Inv)} Shahed-type drones and decoys{(missiles ? $" and {t.MissilesLaunched.ToString(Inv)} missiles" : "")}. "
              + $"Air defence shot down {t.DronesDown.ToString(Inv)} drones{(missiles ? $" and {t.MissilesDown.ToString(Inv)} missiles" : "")}, the Ukrainian Air Force said."
            : $"On the night of {day.Day.ToString(Inv)} {Months[day.Month - 1]}, Russia launched {t.DronesLaunched.ToString(Inv)} drones{(missiles ? $" and {t.MissilesLaunched.ToString(Inv)} missiles" : "")} at Ukraine, the air force said. "
              + $"{t.DronesDown.ToString(Inv)} drones{(missiles ? $" and {t.MissilesDown.ToString(Inv)} missiles" : "")} were shot down or suppressed by electronic warfare.";
    }

    private static string Title(ReportContext c, bool zero)
    {
        var s = c.Stated;
        var head = $"Russian {AttackNoun(c.Attack.Weapon)} attack on {c.Attack.Place.Name}";
        return zero ? head + " causes damage, no casualties"
            : s.Killed is > 0 ? $"{head} kills {s.Killed.Value.ToString(Inv)}"
            : $"{head} injures {s.Injured!.Value.ToString(Inv)}";
    }

    private static void Dateline(ReportContext c)
    {
        var r = c.Rng;
        var place = c.Attack.Place.IsCity && r.Chance(0.6) ? c.Attack.Place.Name
            : r.Chance(0.5) ? "Kyiv" : OblastCapital(c);
        c.Text.Append(place.ToUpperInvariant()).Append(r.Chance(0.5) ? ", Ukraine" : "").Append(" (").Append(c.Outlet.Name).Append(") — ");
        c.Constructs.Add("dateline");
    }

    private static string OblastCapital(ReportContext c) => c.Attack.Place.OblastStem switch
    {
        "Dnipropetrovsk" => "Dnipro",
        "Donetsk" => "Kramatorsk",
        "Kirovohrad" => "Kropyvnytskyi",
        "Volyn" => "Lutsk",
        "Zakarpattia" => "Uzhhorod",
        var stem => stem,
    };

    private static string Claimant(ReportContext c)
    {
        var r = c.Rng;
        var p = c.Attack.Place;
        var roll = r.Between(0, 6);
        if (roll < 2)
        {
            c.Constructs.Add("claimant");
            return $"{Names.Official("head:" + p.OblastCode, "en")}, head of the {p.OblastStem} regional military administration,";
        }

        return roll switch
        {
            2 => "regional governor " + Names.Official("head:" + p.OblastCode, "en"),
            3 when p.IsCity => "Mayor " + Names.Official("mayor:" + p.Id, "en"),
            3 => Names.Official("community:" + p.Id, "en") + ", head of the local community,",
            4 => "the State Emergency Service",
            5 => "the regional prosecutor's office",
            _ => "local officials",
        };
    }

    /// <summary>The time phrase for the attack as seen from the publication day ("" when the text gives none).</summary>
    private static string When(ReportContext c)
    {
        var r = c.Rng;
        var a = c.Attack;
        var weekday = a.Day.DayOfWeek.ToString();
        string when;
        if (c.DaysAfter == 0)
        {
            when = a.Part switch
            {
                DayPart.Night => r.Pick(["overnight", "last night", "overnight into " + weekday]),
                DayPart.Morning => r.Pick(["this morning", "earlier today", ""]),
                DayPart.Afternoon => r.Pick(["this afternoon", "earlier today", ""]),
                _ => r.Pick(["this evening", ""]),
            };
        }
        else
        {
            when = a.Part == DayPart.Night && r.Chance(0.5) ? "overnight into " + weekday
                : r.Between(0, 3) switch
                {
                    0 when c.DaysAfter == 1 => "yesterday",
                    1 => $"on {a.Day.Day.ToString(Inv)} {Months[a.Day.Month - 1]}",
                    _ => "on " + weekday,
                };
        }

        c.Constructs.Add(when.Length == 0 ? "publication_date" : when.StartsWith("overnight", StringComparison.Ordinal) || when == "last night" ? "overnight" : "relative_dates");
        return when;
    }

    private static string When(string when) => when.Length == 0 ? "" : " " + when;

    private static string PlaceRef(ReportContext c)
    {
        var r = c.Rng;
        var p = c.Attack.Place;
        if (p.IsCity)
        {
            return r.Chance(0.8) ? p.Name : "the city of " + p.Name;
        }

        c.Constructs.Add("oblast_place");
        return r.Between(0, 2) switch
        {
            0 => $"{p.Name} in the {p.OblastStem} region",
            1 => $"the {(p.Population >= 10_000 ? "town" : "village")} of {p.Name} in {p.OblastStem} Oblast",
            _ => $"the {(p.Population >= 10_000 ? "town" : "village")} of {p.Name} in the {p.OblastStem} region",
        };
    }

    private static string Qualified(ReportContext c, int n, bool injured, bool digits = false)
    {
        var r = c.Rng;
        string? qualifier = null;
        if (!c.Outlet.Telegram || injured)
        {
            var roll = r.NextDouble();
            qualifier = n >= 3 && roll < 0.2 ? "at_least" : n >= 10 && roll < 0.3 ? "more_than" : n >= 20 && roll < 0.4 ? "about" : null;
        }

        if (injured)
        {
            c.InjuredQualifier = qualifier;
        }
        else
        {
            c.KilledQualifier = qualifier;
        }

        if (qualifier is not null)
        {
            c.Constructs.Add("qualifier");
        }

        var number = digits ? n.ToString(Inv) : Num(r, n);
        return qualifier switch
        {
            "at_least" => "at least " + number,
            "more_than" => "more than " + number,
            "about" => "about " + number,
            _ => number,
        };
    }

    private static string KilledObject(ReportContext c)
    {
        var s = c.Stated;
        var r = c.Rng;
        if (s.Killed == 1 && s.ChildrenKilled is not > 0 && r.Chance(0.5))
        {
            c.KilledQualifier = null;
            c.Constructs.Add("article_one");
            return r.Pick(["a man", "a woman", $"{A(r.Between(30, 85)).ToLowerInvariant()}-year-old man", $"{A(r.Between(30, 85)).ToLowerInvariant()}-year-old woman"]);
        }

        return Qualified(c, s.Killed!.Value, injured: false) + " " + People(s.Killed.Value);
    }

    private static string DamageList(ReportContext c)
    {
        var items = c.Attack.Damage.Select(d => c.Rng.Pick(DamagePhrases[d])).ToList();
        return items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
    }

    private static string DamageOne(ReportContext c) => c.Rng.Pick(DamagePhrases[c.Attack.Damage[0]]);

    private static string WeaponSubject(Rng r, Weapon weapon) => weapon switch
    {
        Weapon.Drone => r.Pick(["a Russian drone", "Russian Shahed drones", "Russian attack drones", "a Shahed-type drone"]),
        Weapon.Missile => r.Pick(["a Russian ballistic missile", "Russian missiles", "a Russian cruise missile", "an Iskander-M missile"]),
        Weapon.GlideBomb => r.Pick(["Russian guided aerial bombs", "a Russian glide bomb", "guided bombs dropped by Russian warplanes"]),
        Weapon.Artillery => r.Pick(["Russian artillery", "Russian shelling", "Russian mortar fire"]),
        _ => r.Pick(["Russian Grad rockets", "Russian multiple rocket launchers", "Russian rocket artillery"]),
    };

    private static string TelegramWeapon(Rng r, Weapon weapon) => weapon switch
    {
        Weapon.Drone => r.Pick(["attack drones", "Shaheds"]),
        Weapon.Missile => r.Pick(["a ballistic missile", "missiles"]),
        Weapon.GlideBomb => r.Pick(["guided aerial bombs", "KABs"]),
        Weapon.Artillery => r.Pick(["artillery", "mortars"]),
        _ => r.Pick(["Grad multiple rocket launchers", "MLRS"]),
    };

    private static string AttackNoun(Weapon weapon) => weapon switch
    {
        Weapon.Drone => "drone",
        Weapon.Missile => "missile",
        Weapon.GlideBomb => "glide bomb",
        Weapon.Artillery => "artillery",
        _ => "rocket",
    };

    private static string HitVerb(Rng r) => r.Pick(["struck", "hit", "attacked"]);

    private static string People(int n) => n == 1 ? "person" : "people";

    private static string Num(Rng r, int n) => n is > 0 and <= 12 && r.Chance(0.5) ? NumberWords[n] : n.ToString(Inv);

    /// <summary>"A 9" but "An 8", "An 11", "An 18", "An 80".</summary>
    private static string A(int age) => (age is 8 or 11 or 18 || age / 10 == 8 ? "An " : "A ") + age.ToString(Inv);

    internal static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
