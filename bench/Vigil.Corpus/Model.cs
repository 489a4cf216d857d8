namespace Vigil.Corpus;

internal enum Weapon
{
    Drone,
    Missile,
    GlideBomb,
    Artillery,
    Mlrs,
}

internal enum DayPart
{
    Night,
    Morning,
    Afternoon,
    Evening,
}

/// <summary>Figures one report states: null where it says nothing, 0 where it says none.</summary>
internal readonly record struct Figures(int? Killed, int? Injured, int? ChildrenKilled, int? ChildrenInjured)
{
    public bool AnyCasualty => Killed > 0 || Injured > 0;
}

/// <summary>One attack on one place on one day: what really happened, in its final figures.</summary>
internal sealed class Attack
{
    public required long Number { get; init; }

    public string Id => "A" + Number.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);

    public required CorpusPlace Place { get; init; }

    public required DateOnly Day { get; init; }

    public required DayPart Part { get; init; }

    /// <summary>Local hour the attack began (for a night attack, on the night ending on <see cref="Day"/>).</summary>
    public required int Hour { get; init; }

    public required Weapon Weapon { get; init; }

    public required Figures Final { get; init; }

    /// <summary>Ages of the children among the dead, then among the injured (each list as long as its count).</summary>
    public required int[] ChildAgesKilled { get; init; }

    public required int[] ChildAgesInjured { get; init; }

    public required IReadOnlyList<string> Damage { get; init; }
}

/// <summary>The nationwide air-defence tally of one night.</summary>
internal readonly record struct NightTally(int DronesLaunched, int DronesDown, int MissilesLaunched, int MissilesDown);

/// <summary>One generated report with the truth about what it says.</summary>
internal sealed record GeneratedReport(
    string Url,
    string Title,
    string Text,
    DateTimeOffset Published,
    DateTimeOffset? Updated,
    string Source,
    string Language,
    ReportTruth Truth)
{
    /// <summary>When the report (or this version of it) appeared: the order of the corpus.</summary>
    public DateTimeOffset Seen => Updated ?? Published;
}

/// <summary>What a report states, for the truth file.</summary>
internal sealed record ReportTruth(
    string Kind,
    int Version,
    Attack? Attack,
    Figures Stated,
    string? KilledQualifier,
    string? InjuredQualifier,
    IReadOnlyList<string> Constructs,
    Attack? Recap,
    NightTally? Tally,
    DateOnly? TallyDate);
