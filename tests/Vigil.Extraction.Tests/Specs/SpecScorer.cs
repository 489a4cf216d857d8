using System.Globalization;
using System.Text;
using Vigil.Core;
using Vigil.Extraction.Output;

namespace Vigil.Extraction.Tests.Specs;

/// <summary>True/false positives and false negatives of one field over a corpus part.</summary>
public sealed class FieldScore
{
    public int TruePositives { get; set; }
    public int FalsePositives { get; set; }
    public int FalseNegatives { get; set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
}

/// <summary>
/// Scores extractions against spec expectations as specs/README.md "Scoring" says: incidents are
/// paired by place (then date); per field an equal value is a true positive, an extracted value not
/// expected (or wrong) a false positive, an expected value missing (or wrong) a false negative.
/// Nulls on both sides count for nothing. Tallies pair by weapon, attacker and date; statements by
/// speaker, events by type, statistics by metric. An expected incident with role <c>background</c>
/// (real-text sets) is optional: not a false negative when missing, scored when extracted and paired.
/// </summary>
public sealed class SpecScorer
{
    public static readonly string[] IncidentFields = ["place", "date", "weapons", "attacker", "killed", "injured", "children_killed", "children_injured", "missing", "hit"];
    public static readonly string[] OtherFields = ["air_defense.launched", "air_defense.intercepted", "statements.speaker", "events.type", "statistics.value"];

    /// <summary>Casualty figures: the fields a wrong number in hurts most.</summary>
    public static readonly string[] CasualtyFields = ["killed", "injured", "children_killed", "children_injured"];

    /// <summary>Every numeric field: incident figures, nationwide tallies and cumulative statistics.</summary>
    public static readonly string[] FigureFields = ["killed", "injured", "children_killed", "children_injured", "missing", "hit", "air_defense.launched", "air_defense.intercepted", "statistics.value"];

    public static readonly string[] TallyFields = ["air_defense.launched", "air_defense.intercepted"];

    /// <summary>Expected incidents with role <c>main</c>.</summary>
    public int MainIncidents { get; private set; }

    /// <summary>Main incidents paired with an extracted incident of the same place and district.</summary>
    public int MainPlacesRight { get; private set; }

    public Dictionary<string, FieldScore> Fields { get; } = new(StringComparer.Ordinal);

    public List<string> Failures { get; } = [];

    public int Cases { get; private set; }

    public int PerfectCases { get; private set; }

    public SpecScorer()
    {
        foreach (var f in IncidentFields.Concat(OtherFields))
        {
            Fields[f] = new FieldScore();
        }
    }

    public void Score(SpecCase spec, ExtractionResult actual)
    {
        Cases++;
        _case = spec;
        var before = Fields.ToDictionary(p => p.Key, p => (p.Value.FalsePositives, p.Value.FalseNegatives), StringComparer.Ordinal);
        var notes = new List<string>();
        ScoreIncidents(spec.Expect.Incidents, actual.Incidents, notes);
        ScoreTallies(spec.Expect.AirDefense, actual.AirDefense, notes);
        ScoreBag("statements.speaker", spec.Expect.Statements.Select(s => SpeakerKey(s.Speaker)), actual.Statements.Select(s => SpeakerKey(s.Speaker)), notes);
        ScoreBag("events.type", spec.Expect.Events.Select(e => e.Type), actual.Events.Select(e => Name(e.Type)), notes);
        ScoreStatistics(spec.Expect.Statistics, actual.Statistics, notes);
        var clean = Fields.All(p => p.Value.FalsePositives == before[p.Key].FalsePositives && p.Value.FalseNegatives == before[p.Key].FalseNegatives);
        if (clean)
        {
            PerfectCases++;
        }
        else
        {
            Failures.Add($"{spec.Id} ({spec.File}): " + string.Join("; ", notes));
        }
    }

    private void ScoreIncidents(IReadOnlyList<SpecIncident> expected, IReadOnlyList<ReportIncident> actual, List<string> notes)
    {
        var unpaired = actual.ToList();
        // Required incidents pair first, so an optional background one never takes their match (stable for role-less corpora).
        foreach (var e in expected.OrderBy(e => e.IsBackground ? 1 : 0))
        {
            var match = unpaired.Where(a => SamePlace(e, a)).OrderBy(a => string.Equals(Date(a.Date), e.Date, StringComparison.Ordinal) ? 0 : 1).FirstOrDefault();
            var main = string.Equals(e.Role, "main", StringComparison.Ordinal);
            if (main)
            {
                MainIncidents++;
                if (match is not null && string.Equals(PlaceKey(ExpectedValue(e, "place")), PlaceKey(ActualValue(match, "place")), StringComparison.Ordinal))
                {
                    MainPlacesRight++;
                }
            }

            if (match is null && e.IsBackground)
            {
                continue;
            }

            if (match is null)
            {
                notes.Add($"missed incident {e.Place ?? "(no place)"}");
                foreach (var f in IncidentFields)
                {
                    if (ExpectedValue(e, f) is not null)
                    {
                        Fields[f].FalseNegatives++;
                    }
                }

                continue;
            }

            unpaired.Remove(match);
            foreach (var f in IncidentFields)
            {
                Compare(f, ExpectedValue(e, f), ActualValue(match, f), notes, e.Place);
                CountConfidence(match, f, ExpectedValue(e, f), notes, e.Role ?? "paired");
                CountLow(match, f, ExpectedValue(e, f));
            }
        }

        foreach (var a in unpaired)
        {
            notes.Add($"extra incident {a.Place?.Name ?? "(no place)"} k={a.Killed} i={a.Injured}");
            foreach (var f in IncidentFields)
            {
                if (ActualValue(a, f) is not null)
                {
                    Fields[f].FalsePositives++;
                }

                CountConfidence(a, f, null, notes, null);
                CountLow(a, f, null);
            }
        }
    }

    /// <summary>Incident figures stated, by the confidence of the claim behind them: how many were right, how many wrong.</summary>
    public SortedDictionary<string, (int Right, int Wrong)> ByConfidence { get; } = new(StringComparer.Ordinal);

    private static readonly string[] IncidentFigureFields = ["killed", "injured", "children_killed", "children_injured", "missing", "hit"];

    /// <summary>Low-confidence incident claims (never an incident's figure): how many state the value expected of the field, how many another.</summary>
    public (int Right, int Wrong) LowClaims { get; private set; }

    private void CountLow(ReportIncident a, string field, string? expected)
    {
        if (Array.IndexOf(IncidentFigureFields, field) < 0)
        {
            return;
        }

        foreach (var c in a.Claims.Where(c => c.Confidence?.Level == ConfidenceLevel.Low && string.Equals(Name(c.Field), field, StringComparison.Ordinal)))
        {
            LowClaims = string.Equals(Num(c.Value), expected, StringComparison.Ordinal) ? (LowClaims.Right + 1, LowClaims.Wrong) : (LowClaims.Right, LowClaims.Wrong + 1);
        }
    }

    /// <summary>Every incident figure stated, with what was expected and whether it was right (the real-text figure table).</summary>
    public List<FigureOutcome> Figures { get; } = [];

    private SpecCase? _case;

    // role: the paired expected incident's role ("main", "secondary", "background"; "paired" where the corpus has none), null for an extra incident
    private void CountConfidence(ReportIncident a, string field, string? expected, List<string> notes, string? role)
    {
        if (Array.IndexOf(IncidentFigureFields, field) < 0 || ActualValue(a, field) is not { } actual)
        {
            return;
        }

        var value = int.Parse(actual, CultureInfo.InvariantCulture);
        var level = FigureConfidence(a, field, value);
        var (right, wrong) = ByConfidence.GetValueOrDefault(level);
        var isRight = string.Equals(expected, actual, StringComparison.Ordinal);
        var outcome = isRight ? "right" : role is null ? "extra_incident" : expected is null ? "not_expected" : "wrong_value";
        Figures.Add(new FigureOutcome(_case?.Id ?? "", _case?.File ?? "", a.Place?.Name, field, value, expected, outcome, level, role ?? "extra", a,
            a.Claims.Where(c => string.Equals(Name(c.Field), field, StringComparison.Ordinal)).ToList()));
        ByConfidence[level] = isRight ? (right + 1, wrong) : (right, wrong + 1);
        if (!isRight && level == "high")
        {
            notes.Add($"HIGH-CONFIDENCE WRONG {a.Place?.Name ?? "(no place)"}.{field}={actual}");
        }
    }

    /// <summary>
    /// The confidence of a figure: the highest level among the claims that state it; a figure no claim
    /// states alone (a sum of parts) takes the lowest level of the claims that add up to it.
    /// </summary>
    internal static string FigureConfidence(ReportIncident a, string field, int value)
    {
        var claims = a.Claims.Where(c => string.Equals(Name(c.Field), field, StringComparison.Ordinal) && c.Confidence is not null).ToList();
        var stating = claims.Where(c => c.Value == value).Select(c => c.Confidence!.Level).ToList();
        if (stating.Count > 0)
        {
            return Name(stating.Max());
        }

        var parts = claims.Where(c => c.Confidence!.Level != ConfidenceLevel.Low).Select(c => c.Confidence!.Level).ToList();
        return parts.Count > 0 ? Name(parts.Min()) : "none";
    }

    private static bool SamePlace(SpecIncident e, ReportIncident a)
    {
        if (e.Place is null || a.Place is null)
        {
            return e.Place is null && a.Place is null;
        }

        return string.Equals(SpeakerKey(e.Place), SpeakerKey(a.Place.Name), StringComparison.Ordinal);
    }

    /// <summary>
    /// A place value compared like a speaker, romanisation-insensitive (specs/README.md): a Russian place has no one English
    /// spelling (Grayvoron and Graivoron, Kukuyevka and Kukuevka are one village), nor has a city district.
    /// </summary>
    private static string? PlaceKey(string? value) =>
        value is null ? null : string.Join('|', value.Split('|').Select(part => part.Length == 0 ? "" : SpeakerKey(part)));

    private static string? ExpectedValue(SpecIncident e, string field) => field switch
    {
        "place" => e.Place is null ? null : e.Place + "|" + (e.District ?? ""),
        "date" => e.Date,
        "weapons" => e.Weapons is null ? null : string.Join(",", e.Weapons.Order(StringComparer.Ordinal)),
        "attacker" => e.Attacker,
        "killed" => Num(e.Killed),
        "injured" => Num(e.Injured),
        "children_killed" => Num(e.ChildrenKilled),
        "children_injured" => Num(e.ChildrenInjured),
        "missing" => Num(e.Missing),
        "hit" => Num(e.Hit),
        _ => null,
    };

    private static string? ActualValue(ReportIncident a, string field) => field switch
    {
        "place" => a.Place is null ? null : a.Place.Name + "|" + (a.Place.District ?? ""),
        "date" => Date(a.Date),
        "weapons" => string.Join(",", a.Weapons.Select(Name).Order(StringComparer.Ordinal)),
        "attacker" => a.Attacker is { } s ? Name(s) : null,
        "killed" => Num(a.Killed),
        "injured" => Num(a.Injured),
        "children_killed" => Num(a.ChildrenKilled),
        "children_injured" => Num(a.ChildrenInjured),
        "missing" => Num(a.Missing),
        "hit" => Num(a.Hit),
        _ => null,
    };

    private void ScoreTallies(IReadOnlyList<SpecTally> expected, IReadOnlyList<AirDefenseTally> actual, List<string> notes)
    {
        var unpaired = actual.ToList();
        foreach (var e in expected)
        {
            var match = unpaired
                .Where(a => Name(a.Weapon) == e.Weapon && (a.Attacker is { } s ? Name(s) : null) == e.Attacker)
                .OrderBy(a => Date(a.Date) == e.Date ? 0 : 1).FirstOrDefault();
            if (match is null)
            {
                notes.Add($"missed tally {e.Weapon}/{e.Attacker} {e.Date} {e.Launched}/{e.Intercepted}");
                Count("air_defense.launched", Num(e.Launched), null);
                Count("air_defense.intercepted", Num(e.Intercepted), null);
                continue;
            }

            unpaired.Remove(match);
            Compare("air_defense.launched", Num(e.Launched), Date(match.Date) == e.Date ? Num(match.Launched) : "date " + Date(match.Date), notes, e.Weapon);
            Compare("air_defense.intercepted", Num(e.Intercepted), Date(match.Date) == e.Date ? Num(match.Intercepted) : "date " + Date(match.Date), notes, e.Weapon);
        }

        foreach (var a in unpaired)
        {
            notes.Add($"extra tally {Name(a.Weapon)}/{a.Attacker} {Date(a.Date)} {a.Launched}/{a.Intercepted}");
            Count("air_defense.launched", null, Num(a.Launched));
            Count("air_defense.intercepted", null, Num(a.Intercepted));
        }
    }

    private void ScoreStatistics(IReadOnlyList<SpecStatistic> expected, IReadOnlyList<Statistic> actual, List<string> notes)
    {
        ScoreBag("statistics.value",
            expected.Select(e => e.Metric + "=" + e.Value.ToString(CultureInfo.InvariantCulture)),
            actual.Select(a => a.Metric + "=" + a.Value.ToString(CultureInfo.InvariantCulture)), notes);
    }

    /// <summary>
    /// A speaker compared by a romanisation-insensitive key (specs/README.md): Oleh Syniehubov and Oleg
    /// Sinegubov, Vyacheslav Gladkov and Viacheslav Hladkov are one person.
    /// </summary>
    public static string SpeakerKey(string? name)
    {
        if (name is null)
        {
            return "(null)";
        }

        var key = Vigil.Gazetteer.Text.NameKey.Skeleton(Vigil.Gazetteer.Text.NameKey.Normalize(name));
        return key.Replace("ie", "e", StringComparison.Ordinal).Replace("iu", "u", StringComparison.Ordinal)
            .Replace('h', 'g');
    }

    private void ScoreBag(string field, IEnumerable<string> expected, IEnumerable<string> actual, List<string> notes)
    {
        var remaining = actual.Select(a => a.ToUpperInvariant()).ToList();
        foreach (var e in expected)
        {
            if (remaining.Remove(e.ToUpperInvariant()))
            {
                Fields[field].TruePositives++;
            }
            else
            {
                Fields[field].FalseNegatives++;
                notes.Add($"{field} missed {e}");
            }
        }

        foreach (var a in remaining)
        {
            Fields[field].FalsePositives++;
            notes.Add($"{field} extra {a}");
        }
    }

    private void Compare(string field, string? expected, string? actual, List<string> notes, string? where)
    {
        if (expected is null && actual is null)
        {
            return;
        }

        if (field == "place" && string.Equals(PlaceKey(expected), PlaceKey(actual), StringComparison.Ordinal))
        {
            actual = expected;
        }

        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            notes.Add($"{where}.{field}: expected {expected ?? "null"}, got {actual ?? "null"}");
        }

        Count(field, expected, actual);
    }

    private void Count(string field, string? expected, string? actual)
    {
        var score = Fields[field];
        if (expected is not null && string.Equals(expected, actual, StringComparison.Ordinal))
        {
            score.TruePositives++;
            return;
        }

        if (actual is not null)
        {
            score.FalsePositives++;
        }

        if (expected is not null)
        {
            score.FalseNegatives++;
        }
    }

    /// <summary>Pooled precision over <paramref name="fields"/> (their TP and FP summed).</summary>
    public double Precision(IEnumerable<string> fields)
    {
        var (tp, fp, _) = Pool(fields);
        return tp + fp == 0 ? 1 : (double)tp / (tp + fp);
    }

    /// <summary>Pooled recall over <paramref name="fields"/>.</summary>
    public double Recall(IEnumerable<string> fields)
    {
        var (tp, _, fn) = Pool(fields);
        return tp + fn == 0 ? 1 : (double)tp / (tp + fn);
    }

    /// <summary>Pooled F1 over <paramref name="fields"/>.</summary>
    public double F1(IEnumerable<string> fields)
    {
        var (tp, fp, fn) = Pool(fields);
        return tp == 0 ? (fp + fn == 0 ? 1 : 0) : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    private (int Tp, int Fp, int Fn) Pool(IEnumerable<string> fields)
    {
        var list = fields.Select(f => Fields[f]).ToList();
        return (list.Sum(s => s.TruePositives), list.Sum(s => s.FalsePositives), list.Sum(s => s.FalseNegatives));
    }

    /// <summary>The headline figures of issue 7: main places, casualty precision, figure and tally F1.</summary>
    public string SummaryMarkdown()
    {
        var places = MainIncidents == 0 ? 1 : (double)MainPlacesRight / MainIncidents;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"- main incidents' place right: {MainPlacesRight} of {MainIncidents} ({places:0.00})\n");
        sb.Append(CultureInfo.InvariantCulture, $"- casualty precision (killed, injured, children): {Precision(CasualtyFields):0.00}, recall {Recall(CasualtyFields):0.00}\n");
        sb.Append(CultureInfo.InvariantCulture, $"- figure F1 (all figure fields): {F1(FigureFields):0.00} (precision {Precision(FigureFields):0.00}, recall {Recall(FigureFields):0.00})\n");
        sb.Append(CultureInfo.InvariantCulture, $"- nationwide tallies F1 (launched, intercepted): {F1(TallyFields):0.00}\n");
        sb.Append("- incident figures right, by claim confidence:");
        foreach (var (level, (right, wrong)) in ByConfidence)
        {
            var precision = right + wrong == 0 ? 1 : (double)right / (right + wrong);
            sb.Append(CultureInfo.InvariantCulture, $" {level} {precision:0.00} ({right} of {right + wrong});");
        }

        sb.Append(CultureInfo.InvariantCulture, $" low claims (never the figure) equal to the expected figure {LowClaims.Right} of {LowClaims.Right + LowClaims.Wrong}");
        sb.Append('\n');
        return sb.ToString();
    }

    public string ToMarkdown(string part)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"### {part}: {Cases} cases, {PerfectCases} fully correct\n\n");
        sb.Append("| field | TP | FP | FN | precision | recall |\n|---|---:|---:|---:|---:|---:|\n");
        foreach (var (name, s) in Fields)
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"| {name} | {s.TruePositives} | {s.FalsePositives} | {s.FalseNegatives} | {s.Precision:0.00} | {s.Recall:0.00} |\n");
        }

        return sb.ToString();
    }

    private static string? Num(int? v) => v?.ToString(CultureInfo.InvariantCulture);

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Name<T>(T value)
        where T : struct, Enum => System.Text.Json.JsonSerializer.Serialize(value, VigilJson.Compact).Trim('"');

    internal static string Json(ExtractionResult r) => ExtractionJsonWriter.ToJson(r, indented: false);
}

/// <summary>
/// One incident figure the extractor stated, scored: <see cref="Outcome"/> is <c>right</c>, <c>wrong_value</c> (paired incident, other
/// value), <c>not_expected</c> (paired incident, no value expected) or <c>extra_incident</c> (the incident pairs with none expected).
/// </summary>
public sealed record FigureOutcome(
    string CaseId, string File, string? Place, string Field, int Value, string? Expected, string Outcome, string Level, string IncidentRole,
    ReportIncident Incident, IReadOnlyList<Claim> FieldClaims);
