
using Vigil.Core;

namespace Vigil.Extraction.Rules;

/// <summary>
/// What tells a sentence's role in the report (Rules/&lt;lang&gt;/discourse.json): background and recap
/// markers, region-wide round-ups, boilerplate lines, datelines and officials' titles, the words
/// that make a number a sub-count of the injured, and what people are said to need.
/// </summary>
internal sealed class DiscourseRules
{
    /// <summary>Phrases that make a sentence a recap of something earlier ("earlier this week", "recall that").</summary>
    public required PhraseSet<bool> Background { get; init; }

    /// <summary>Phrases naming another place than the one reported ("another city", "a different region").</summary>
    public required PhraseSet<bool> OtherPlace { get; init; }

    /// <summary>Phrases of a region-wide or period total ("over the past day", "across the region", "in total").</summary>
    public required PhraseSet<bool> RoundUp { get; init; }

    /// <summary>A sentence opening with one of these is boilerplate ("read also", "subscribe").</summary>
    public required PhraseSet<bool> BoilerplateOpeners { get; init; }

    /// <summary>News agencies in a dateline ("KYIV (Reuters) —").</summary>
    public required PhraseSet<bool> Agencies { get; init; }

    /// <summary>Words after a place that make it part of an official's title ("… regional administration", "… governor").</summary>
    public required PhraseSet<bool> TitleAfter { get; init; }

    /// <summary>Words before a place that make it part of a title ("head of the", "governor of").</summary>
    public required PhraseSet<bool> TitleBefore { get; init; }

    /// <summary>Words after a count of people that make it a part of the injured ("remain in hospital", "in serious condition").</summary>
    public required PhraseSet<bool> SubCount { get; init; }

    /// <summary>Words right before a count of people that make it a part of the injured («у лікарнях перебуває 46 поранених»).</summary>
    public required PhraseSet<bool> SubCountBefore { get; init; }

    /// <summary>Words after a count of people that make it those hospitalised or treated: the injured total only when nothing else counts them.</summary>
    public required PhraseSet<bool> PartCount { get; init; }

    /// <summary>Phrases saying people lack or need something, by need type.</summary>
    public required PhraseSet<NeedType> Needs { get; init; }

    /// <summary>Words that open a list of what people lack ("without", "cut off from").</summary>
    public required PhraseSet<bool> NeedLeads { get; init; }

    /// <summary>What can be lacked, by need type: "without heating and water" gives both.</summary>
    public required PhraseSet<NeedType> NeedNouns { get; init; }

    /// <summary>Phrases placing an attack in the night, so its calendar day may be either side of midnight (carried on claims to fusion).</summary>
    public required PhraseSet<bool> Night { get; init; }

    /// <summary>
    /// Background, other-place, round-up, need and need-lead phrases in one set, so that a sentence is
    /// read once for all of them (one dictionary probe per token instead of one per list).
    /// </summary>
    public PhraseSet<DiscourseCue> Cues => LazyInitializer.EnsureInitialized(ref _cues, () => new PhraseSet<DiscourseCue>(
        Phrases(Background, static _ => new DiscourseCue(DiscourseCueKind.Background, default))
            .Concat(Phrases(OtherPlace, static _ => new DiscourseCue(DiscourseCueKind.OtherPlace, default)))
            .Concat(Phrases(RoundUp, static _ => new DiscourseCue(DiscourseCueKind.RoundUp, default)))
            .Concat(Phrases(Needs, static n => new DiscourseCue(DiscourseCueKind.Need, n)))
            .Concat(Phrases(NeedLeads, static _ => new DiscourseCue(DiscourseCueKind.NeedLead, default)))));

    private PhraseSet<DiscourseCue>? _cues;

    private static IEnumerable<KeyValuePair<string, DiscourseCue>> Phrases<T>(PhraseSet<T> set, Func<T, DiscourseCue> cue) =>
        set.Entries.Select(e => new KeyValuePair<string, DiscourseCue>(e.Key, cue(e.Value)));

    public static DiscourseRules Load(RuleFile file) => new()
    {
        Night = Lexicon.Flags(file.Get("night")),
        NeedLeads = Lexicon.Flags(file.Get("needLeads")),
        NeedNouns = new PhraseSet<NeedType>(file.Get("needNouns").EnumerateObject().SelectMany(type =>
            type.Value.EnumerateArray().Select(w => new KeyValuePair<string, NeedType>(w.GetString()!, ParseNeed(file.Name, type.Name))))),
        Background = Lexicon.Flags(file.Get("background")),
        OtherPlace = Lexicon.Flags(file.Get("otherPlace")),
        RoundUp = Lexicon.Flags(file.Get("roundUp")),
        BoilerplateOpeners = Lexicon.Flags(file.Get("boilerplateOpeners")),
        Agencies = Lexicon.Flags(file.Get("agencies")),
        TitleAfter = Lexicon.Flags(file.Get("titleAfter")),
        TitleBefore = Lexicon.Flags(file.Get("titleBefore")),
        SubCount = Lexicon.Flags(file.Get("subCount")),
        PartCount = Lexicon.Flags(file.Get("partCount")),
        SubCountBefore = Lexicon.Flags(file.Get("subCountBefore")),
        Needs = new PhraseSet<NeedType>(file.Get("needs").EnumerateObject().SelectMany(type =>
            type.Value.EnumerateArray().Select(w => new KeyValuePair<string, NeedType>(w.GetString()!, ParseNeed(file.Name, type.Name))))),
    };

    private static NeedType ParseNeed(string file, string s) => s switch
    {
        "medical_supplies" => NeedType.MedicalSupplies,
        "power" => NeedType.Power,
        "water" => NeedType.Water,
        "heating" => NeedType.Heating,
        "gas" => NeedType.Gas,
        "shelter" => NeedType.Shelter,
        "evacuation" => NeedType.Evacuation,
        _ => throw RuleFile.Unknown(file, "need type", s),
    };


}

internal enum DiscourseCueKind : byte
{
    Background,
    OtherPlace,
    RoundUp,
    Need,
    NeedLead,
}

internal readonly record struct DiscourseCue(DiscourseCueKind Kind, NeedType Need);
