using System.Globalization;
using System.Text;
using Vigil.Corpus.Texts;

namespace Vigil.Corpus;

/// <summary>
/// Streams exactly <see cref="CorpusOptions.Count"/> reports in publication order. Day by day it
/// draws attacks (more on the odd heavy day, places weighted towards the front), writes several
/// reports of each from different outlets as the figures firm up, now and then a revised version
/// of one (same URL, a changed figure) and the air force's nightly bulletin. Only three days of
/// reports are held at a time (an attack's later reports and revisions go to the next days'
/// buckets), so memory follows reports per day, not the corpus size. One seeded generator drives
/// every choice, in a fixed order: the same options give the same bytes.
/// </summary>
internal sealed class CorpusGenerator(CorpusOptions options, PlacePool places)
{
    private const int Window = 3;

    private static readonly Outlet[] EnglishOutlets =
    [
        new("Continental Newswire", "continental-newswire.example", "en", Wire: true, Telegram: false),
        new("Borderland Dispatch", "borderland-dispatch.example", "en", Wire: true, Telegram: false),
        new("Steppe Herald", "steppe-herald.example", "en", Wire: false, Telegram: false),
        new("Southern Courier", "southern-courier.example", "en", Wire: false, Telegram: false),
        new("Northern Ledger", "northern-ledger.example", "en", Wire: false, Telegram: false),
        new("Dnipro Valley Times", "dnipro-valley-times.example", "en", Wire: false, Telegram: false),
        new("Eastern Frontier Report", "eastern-frontier-report.example", "en", Wire: true, Telegram: false),
        new("Regional administration", "t.me", "en", Wire: false, Telegram: true),
    ];

    private static readonly Outlet[] UkrainianOutlets =
    [
        new("Novyny Stepu", "novyny-stepu.example", "uk", Wire: false, Telegram: false),
        new("Prykordonnyi Visnyk", "prykordonnyi-visnyk.example", "uk", Wire: false, Telegram: false),
        new("Regional administration", "t.me", "uk", Wire: false, Telegram: true),
    ];

    private static readonly Outlet[] RussianOutlets =
    [
        new("Vechernii Kurier", "vechernii-kurier.example", "ru", Wire: false, Telegram: false),
        new("Regional administration", "t.me", "ru", Wire: false, Telegram: true),
    ];

    private static readonly string[] DamageKinds = ["residential", "education", "medical", "power", "transport", "commercial", "industrial", "vehicles", "agricultural"];

    private readonly Rng _rng = new(options.Seed);
    private readonly StringBuilder _text = new(2048);
    private readonly List<GeneratedReport>[] _buckets = [.. Enumerable.Range(0, Window).Select(_ => new List<GeneratedReport>())];
    private readonly Attack?[] _recent = new Attack?[256];
    private readonly System.Collections.BitArray _taken = new(places.Places.Count * options.Days);
    private readonly double[] _languageWeights = LanguageWeights(options.Languages);
    // About three reports per attack; more when the corpus is so dense that a quarter of all places
    // would be hit every day (a million reports in a year), so attacks stay distinct place-days.
    private readonly double _reportsPerAttack = Math.Max(3.0, options.Count / (options.Days * places.Places.Count * 0.25));
    private long _generated;
    private long _sequence;
    private long _attackCount;
    private int _recentNext;

    public long Attacks => _attackCount;

    public long Revisions { get; private set; }

    public long Bulletins { get; private set; }

    public IEnumerable<GeneratedReport> Generate()
    {
        var cumulative = DayWeights();
        for (var d = 0; d < options.Days; d++)
        {
            var day = options.Start.AddDays(d);
            var target = d == options.Days - 1 ? options.Count : (long)Math.Round(options.Count * cumulative[d] / cumulative[^1]);
            var tally = Tally();
            if (_generated < target && _rng.Chance(Math.Min(0.6, (target - _generated) / 50.0)))
            {
                Bulletin(day, tally);
            }

            // An attack's reports may run past the day's share (the next day's share is smaller by as
            // much); only the total cuts one short, so the corpus has exactly Count reports.
            while (_generated < target)
            {
                AttackReports(d, day, tally, options.Count);
            }

            foreach (var report in Drain(d))
            {
                yield return report;
            }
        }

        for (var d = options.Days; d < options.Days + Window - 1; d++)
        {
            foreach (var report in Drain(d))
            {
                yield return report;
            }
        }
    }

    private List<GeneratedReport> Drain(int dayIndex)
    {
        var bucket = _buckets[dayIndex % Window];
        var sorted = bucket.OrderBy(r => r.Seen).ThenBy(r => r.Url, StringComparer.Ordinal).ToList();
        bucket.Clear();
        return sorted;
    }

    /// <summary>Cumulative weight of each day: a slow seasonal swell, day-to-day noise and about one heavy day in seventeen.</summary>
    private double[] DayWeights()
    {
        var weights = new double[options.Days];
        var sum = 0.0;
        for (var d = 0; d < options.Days; d++)
        {
            var w = (1 + (0.3 * Math.Sin(2 * Math.PI * d / 365.0))) * (0.8 + (0.4 * _rng.NextDouble())) * (_rng.Chance(0.06) ? 2.5 : 1);
            sum += w;
            weights[d] = sum;
        }

        return weights;
    }

    private NightTally Tally()
    {
        var drones = _rng.Between(20, 180) * (_rng.Chance(0.06) ? 3 : 1);
        var missiles = _rng.Chance(0.3) ? _rng.Between(1, 40) : 0;
        return new NightTally(drones, drones - _rng.Between(0, drones / 5), missiles, missiles - _rng.Between(0, missiles / 3));
    }

    private void Bulletin(DateOnly day, NightTally tally)
    {
        var language = Language();
        var published = At(day, _rng.Between(7, 10), _rng.Between(0, 59));
        string title;
        _text.Clear();
        var text = language switch
        {
            "uk" => Ukrainian.Bulletin(_rng, tally, day, out title),
            "ru" => Russian.Bulletin(_rng, tally, day, out title),
            _ => English.Bulletin(_rng, tally, day, out title),
        };
        var url = Invariant($"https://t.me/air_force_{language}/{++_sequence}");
        var truth = new ReportTruth("air_defense", 1, null, default, null, null, ["air_defense"], null, tally, day);
        Add(0, new GeneratedReport(url, title, text, published, null, "Air Force of Ukraine (Telegram)", language, truth), day, day);
        Bulletins++;
    }

    private void AttackReports(int dayIndex, DateOnly day, NightTally tally, long limit)
    {
        var attack = NewAttack(dayIndex, day);
        var final = attack.Final;
        var count = 1 + _rng.Geometric(1 / _reportsPerAttack, (int)(4 * _reportsPerAttack)) + (final.Killed >= 5 ? 2 : 0);
        var killed = Stages(final.Killed!.Value, count);
        var injured = Stages(final.Injured!.Value, count);
        var start = At(day, attack.Hour, _rng.Between(0, 59));
        var published = start.AddMinutes(_rng.Between(60, 180));
        var outlets = new HashSet<string>(StringComparer.Ordinal);
        for (var j = 0; j < count && _generated < limit; j++)
        {
            var language = Language();
            if (language != "en" && DateOnly.FromDateTime(published.DateTime) != day)
            {
                language = "en"; // The uk and ru posts are same-day official posts.
            }

            var outlet = PickOutlet(language, outlets);
            var stated = State(attack, killed[j], injured[j]);
            int? earlier = j > 0 && killed[j - 1] >= 1 && killed[j] > killed[j - 1] && _rng.Chance(0.6) ? killed[j - 1] : null;
            var url = Url(outlet, attack, published);
            var recap = language == "en" && !outlet.Telegram && _rng.Chance(0.25) ? RecentAttack(attack) : null;
            var report = Write(attack, outlet, published, null, stated, earlier, recap, tally, isRevision: false, url);
            Add(dayIndex, report, day, DateOnly.FromDateTime(published.DateTime));
            if (_generated < limit && options.Revisions > 0 && _rng.Chance(options.Revisions / (1 - options.Revisions)))
            {
                var updated = published.AddMinutes(_rng.Between(60, 600));
                if (language == "en" || DateOnly.FromDateTime(updated.DateTime) == day)
                {
                    var revised = stated.Killed < final.Killed || stated.Injured < final.Injured
                        ? State(attack, final.Killed.Value, final.Injured.Value)
                        : stated with { Injured = (stated.Injured ?? final.Injured) + _rng.Between(1, 3) };
                    var revision = Write(attack, outlet, published, updated, revised, null, null, null, isRevision: true, url);
                    Add(dayIndex, revision, day, DateOnly.FromDateTime(updated.DateTime));
                    Revisions++;
                }
            }

            published = published.AddMinutes(_rng.Between(20, 360));
        }

        if (final.AnyCasualty)
        {
            _recent[_recentNext++ % _recent.Length] = attack;
        }
    }

    private GeneratedReport Write(Attack attack, Outlet outlet, DateTimeOffset published, DateTimeOffset? updated, Figures stated,
        int? earlier, Attack? recap, NightTally? tally, bool isRevision, string url)
    {
        _text.Clear();
        var context = new ReportContext(_rng, _text)
        {
            Attack = attack,
            Outlet = outlet,
            Published = updated ?? published,
            Stated = stated,
            EarlierKilled = earlier,
            IsRevision = isRevision,
            Recap = recap,
            Tally = tally,
        };
        switch (outlet.Language)
        {
            case "uk":
                Ukrainian.Write(context);
                break;
            case "ru":
                Russian.Write(context);
                break;
            default:
                English.Write(context);
                break;
        }

        var truth = new ReportTruth("attack", isRevision ? 2 : 1, attack, context.Stated, context.KilledQualifier, context.InjuredQualifier,
            context.Constructs.Distinct().ToList(), context.RecapWritten ? recap : null,
            context.TallyWritten ? tally : null, context.TallyWritten ? attack.Day : null);
        var source = outlet.Telegram ? $"{attack.Place.OblastStem} regional military administration (Telegram)" : outlet.Name;
        return new GeneratedReport(url, context.Title, Tidy(_text.ToString()), published, updated, source, outlet.Language, truth);
    }

    private void Add(int dayIndex, GeneratedReport report, DateOnly attackDay, DateOnly seenDay)
    {
        // Reports seen after the attack day wait in that day's bucket (at most Window - 1 days on).
        var offset = Math.Clamp(seenDay.DayNumber - attackDay.DayNumber, 0, Window - 1);
        _buckets[(dayIndex + offset) % Window].Add(report);
        _generated++;
    }

    private Attack NewAttack(int dayIndex, DateOnly day)
    {
        var place = places.Draw(_rng);
        for (var attempt = 0; attempt < 6 && _taken[(place.Index * options.Days) + dayIndex]; attempt++)
        {
            place = places.Draw(_rng);
        }

        _taken[(place.Index * options.Days) + dayIndex] = true;
        var frontline = place.OblastCode is "UA-63" or "UA-14" or "UA-23" or "UA-65" or "UA-12" or "UA-59";
        var roll = _rng.NextDouble();
        var weapon = frontline
            ? roll switch { < 0.35 => Weapon.Drone, < 0.55 => Weapon.GlideBomb, < 0.75 => Weapon.Artillery, < 0.87 => Weapon.Mlrs, _ => Weapon.Missile }
            : roll < 0.65 ? Weapon.Drone : Weapon.Missile;
        var part = _rng.NextDouble() switch { < 0.45 => DayPart.Night, < 0.65 => DayPart.Morning, < 0.85 => DayPart.Afternoon, _ => DayPart.Evening };
        var hour = part switch { DayPart.Night => _rng.Between(0, 3), DayPart.Morning => _rng.Between(6, 10), DayPart.Afternoon => _rng.Between(12, 16), _ => _rng.Between(18, 20) };
        var severity = _rng.NextDouble();
        var (k, i) = severity switch
        {
            < 0.2 => (0, 0),
            < 0.5 => (0, _rng.Between(1, 6)),
            < 0.88 => (_rng.Between(1, 3), _rng.Between(0, 10)),
            _ => (_rng.Between(2, 25), _rng.Between(5, 120)),
        };
        var ck = k > 0 && _rng.Chance(0.12) ? _rng.Between(1, Math.Min(k, 2)) : 0;
        var ci = i > 0 && _rng.Chance(0.25) ? _rng.Between(1, Math.Min(i, 4)) : 0;
        var damage = new List<string> { _rng.Chance(0.7) ? "residential" : _rng.Pick(DamageKinds) };
        for (var extra = _rng.Between(0, 2); extra > 0; extra--)
        {
            var kind = _rng.Pick(DamageKinds);
            if (!damage.Contains(kind))
            {
                damage.Add(kind);
            }
        }

        _attackCount++;
        return new Attack
        {
            Number = _attackCount,
            Place = place,
            Day = day,
            Part = part,
            Hour = hour,
            Weapon = weapon,
            Final = new Figures(k, i, ck, ci),
            ChildAgesKilled = [.. Enumerable.Range(0, ck).Select(_ => _rng.Between(1, 17))],
            ChildAgesInjured = [.. Enumerable.Range(0, ci).Select(_ => _rng.Between(1, 17))],
            Damage = damage,
        };
    }

    /// <summary>The figure each of <paramref name="count"/> successive reports gives: rising to the final one, never falling.</summary>
    private int[] Stages(int final, int count)
    {
        var stages = new int[count];
        for (var j = 0; j < count; j++)
        {
            stages[j] = j == count - 1 || final == 0 || _rng.Chance(0.55) ? final : Math.Max(1, final - _rng.Between(1, Math.Max(1, final / 3)));
        }

        Array.Sort(stages);
        return stages;
    }

    /// <summary>What one report says of the figures: an early count, sometimes without the injured or the children.</summary>
    private Figures State(Attack attack, int killed, int injured)
    {
        if (killed == 0 && injured == 0)
        {
            return new Figures(0, 0, null, null);
        }

        int? k = killed > 0 ? killed : null;
        int? i = injured > 0 && !(killed > 0 && _rng.Chance(0.15)) ? injured : null;
        int? ck = k is not null && attack.Final.ChildrenKilled > 0 && _rng.Chance(0.8) ? Math.Min(attack.Final.ChildrenKilled.Value, k.Value) : null;
        int? ci = i is not null && attack.Final.ChildrenInjured > 0 && _rng.Chance(0.8) ? Math.Min(attack.Final.ChildrenInjured.Value, i.Value) : null;
        return new Figures(k, i, ck, ci);
    }

    private Attack? RecentAttack(Attack current)
    {
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var candidate = _recent[_rng.Between(0, _recent.Length - 1)];
            if (candidate is not null && candidate.Place.Id != current.Place.Id && candidate.Place.Name != current.Place.Name
                && candidate.Day < current.Day && current.Day.DayNumber - candidate.Day.DayNumber <= 10)
            {
                return candidate;
            }
        }

        return null;
    }

    private Outlet PickOutlet(string language, HashSet<string> used)
    {
        var pool = language switch { "uk" => UkrainianOutlets, "ru" => RussianOutlets, _ => EnglishOutlets };
        var outlet = _rng.Pick(pool);
        for (var attempt = 0; attempt < 3 && !used.Add(outlet.Name + language); attempt++)
        {
            outlet = _rng.Pick(pool);
        }

        return outlet;
    }

    private string Language() => options.Languages[_rng.Weighted(_languageWeights)];

    private static double[] LanguageWeights(IReadOnlyList<string> languages)
    {
        var cumulative = new double[languages.Count];
        var sum = 0.0;
        for (var i = 0; i < languages.Count; i++)
        {
            sum += languages[i] switch { "uk" => 0.25, "ru" => 0.15, _ => 0.6 };
            cumulative[i] = sum;
        }

        return cumulative;
    }

    private string Url(Outlet outlet, Attack attack, DateTimeOffset published)
    {
        var n = ++_sequence;
        if (outlet.Telegram)
        {
            return Invariant($"https://t.me/{attack.Place.OblastStem.ToLowerInvariant().Replace('-', '_')}_rma_{outlet.Language}/{n}");
        }

        var slug = attack.Place.Name.ToLowerInvariant().Replace(' ', '-').Replace('\'', '-');
        return Invariant($"https://{outlet.Domain}/{published:yyyy'/'MM'/'dd}/attack-on-{slug}-{n}");
    }

    /// <summary>Local time in Kyiv (UTC+3 from the last Sunday of March to the last Sunday of October, else UTC+2).</summary>
    private static DateTimeOffset At(DateOnly day, int hour, int minute)
    {
        var summer = day >= LastSunday(day.Year, 3) && day < LastSunday(day.Year, 10);
        return new DateTimeOffset(day.Year, day.Month, day.Day, hour, minute, 0, TimeSpan.FromHours(summer ? 3 : 2));
    }

    private static DateOnly LastSunday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(int)last.DayOfWeek);
    }

    /// <summary>No space before a line break or at the end (the writers join sentences with trailing spaces).</summary>
    private static string Tidy(string text) => text.Replace(" \n", "\n", StringComparison.Ordinal).TrimEnd();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
