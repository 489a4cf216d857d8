using System.Text.Json;
using Vigil.Core;

namespace Vigil.Extraction.Rules;

/// <summary>
/// The English rules as data, loaded once from the embedded <c>Rules/en/lexicon.json</c>. Immutable
/// after construction, so one instance serves every thread.
/// </summary>
internal sealed class Lexicon
{
    private static readonly Lazy<Lexicon> EnglishLazy = new(() => Load("en"));

    public static Lexicon English => EnglishLazy.Value;

    public required IReadOnlyDictionary<string, int> NumberWords { get; init; }
    public required IReadOnlyDictionary<string, int> ScaleWords { get; init; }
    public required PhraseSet<Qualifier> Qualifiers { get; init; }
    public required HashSet<string> UnitWords { get; init; }
    public required HashSet<string> AgeMarkers { get; init; }
    public required HashSet<string> PersonNouns { get; init; }
    public required HashSet<string> ChildNouns { get; init; }
    public required HashSet<string> MilitaryNouns { get; init; }
    public required IReadOnlyDictionary<string, CasualtyKind> CasualtyCues { get; init; }
    public required IReadOnlyDictionary<string, CasualtyKind> CasualtyNounHeads { get; init; }
    public required HashSet<string> Auxiliaries { get; init; }
    public required PhraseSet<bool> SubsetMarkers { get; init; }
    public required PhraseSet<bool> IncrementBefore { get; init; }
    public required HashSet<string> IncrementAfter { get; init; }
    public required PhraseSet<bool> RevisionMarkers { get; init; }
    public required HashSet<string> RevisionVerbs { get; init; }
    public required PhraseSet<CasualtyKind> CasualtyPhrases { get; init; }
    public required PhraseSet<bool> TollNouns { get; init; }
    public required PhraseSet<CasualtyKind[]> ZeroPhrases { get; init; }
    public required PhraseSet<bool> ZeroSubjects { get; init; }
    public required PhraseSet<bool> ZeroBlockers { get; init; }
    public required PhraseSet<bool> PastMarkers { get; init; }
    public required PhraseSet<bool> CumulativeMarkers { get; init; }
    public required PhraseSet<bool> LaunchCues { get; init; }
    public required PhraseSet<bool> InterceptCues { get; init; }
    public required PhraseSet<bool> EwCues { get; init; }
    public required HashSet<string> HitCues { get; init; }
    public required PhraseSet<Weapon> Weapons { get; init; }
    public required HashSet<string> AttackWords { get; init; }
    public required PhraseSet<string> Damage { get; init; }
    public required HashSet<string> SpeechVerbs { get; init; }
    public required PhraseSet<string> Roles { get; init; }
    public required PhraseSet<Claimant> Organizations { get; init; }
    public required PhraseSet<bool> AdversaryClaimants { get; init; }
    public required PhraseSet<string> Channels { get; init; }
    public required PhraseSet<EventType> Events { get; init; }
    public required PhraseSet<bool> EventVerbs { get; init; }
    public required HashSet<string> Abbreviations { get; init; }
    public required IReadOnlyDictionary<string, DayOfWeek> Weekdays { get; init; }
    public required IReadOnlyDictionary<string, int> Months { get; init; }
    public required PhraseSet<int> RelativeDays { get; init; }
    public required PhraseSet<bool> PlaceWrappersBefore { get; init; }
    public required HashSet<string> PlaceWrappersAfter { get; init; }
    public required HashSet<string> NotPlaceWords { get; init; }
    public required PhraseSet<bool> AttackerUkraine { get; init; }
    public required HashSet<string> AttackerRussia { get; init; }

    public static Lexicon Load(string language)
    {
        var name = $"Vigil.Extraction.Rules.{language}.lexicon.json";
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded rules '{name}' are missing from the assembly.");
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;

        return new Lexicon
        {
            NumberWords = IntMap(root, "numberWords"),
            ScaleWords = IntMap(root, "scaleWords"),
            Qualifiers = Phrases(root, "qualifiers", ParseQualifier),
            UnitWords = Set(root, "unitWords"),
            AgeMarkers = Set(root, "ageMarkers"),
            PersonNouns = Set(root, "personNouns"),
            ChildNouns = Set(root, "childNouns"),
            MilitaryNouns = Set(root, "militaryNouns"),
            CasualtyCues = StringMap(root, "casualtyCues").ToDictionary(p => p.Key, p => ParseKind(p.Value), StringComparer.Ordinal),
            CasualtyNounHeads = StringMap(root, "casualtyNounHeads").ToDictionary(p => p.Key, p => ParseKind(p.Value), StringComparer.Ordinal),
            Auxiliaries = Set(root, "auxiliaries"),
            SubsetMarkers = Flags(root.GetProperty("subsetMarkers")),
            IncrementBefore = Flags(root.GetProperty("incrementMarkers").GetProperty("before")),
            IncrementAfter = Set(root.GetProperty("incrementMarkers"), "after"),
            RevisionMarkers = Flags(root.GetProperty("revisionMarkers")),
            RevisionVerbs = Set(root, "revisionVerbs"),
            CasualtyPhrases = Phrases(root, "casualtyPhrases", ParseKind),
            TollNouns = Flags(root.GetProperty("tollNouns")),
            ZeroPhrases = new PhraseSet<CasualtyKind[]>(root.GetProperty("zeroPhrases").EnumerateArray().Select(e =>
                new KeyValuePair<string, CasualtyKind[]>(
                    e.GetProperty("phrase").GetString()!,
                    [.. e.GetProperty("fields").EnumerateArray().Select(f => ParseKind(f.GetString()!))]))),
            ZeroSubjects = Flags(root.GetProperty("zeroSubjects")),
            ZeroBlockers = Flags(root.GetProperty("zeroBlockers")),
            PastMarkers = Flags(root.GetProperty("pastMarkers")),
            CumulativeMarkers = Flags(root.GetProperty("cumulativeMarkers")),
            LaunchCues = Flags(root.GetProperty("airDefenseLaunchCues")),
            InterceptCues = Flags(root.GetProperty("airDefenseInterceptCues")),
            EwCues = Flags(root.GetProperty("ewCues")),
            HitCues = Set(root, "hitCues"),
            Weapons = Phrases(root, "weapons", ParseWeapon),
            AttackWords = Set(root, "attackWords"),
            Damage = new PhraseSet<string>(root.GetProperty("damage").EnumerateObject().SelectMany(category =>
                category.Value.EnumerateArray().Select(w => new KeyValuePair<string, string>(w.GetString()!, category.Name)))),
            SpeechVerbs = Set(root, "speechVerbs"),
            Roles = Phrases(root, "roles", s => s),
            Organizations = new PhraseSet<Claimant>(root.GetProperty("organizations").EnumerateObject().Select(o =>
                new KeyValuePair<string, Claimant>(o.Name, new Claimant(
                    o.Value.GetProperty("name").GetString(),
                    o.Value.GetProperty("role").GetString(),
                    ParseClaimantKind(o.Value.GetProperty("kind").GetString()!))))),
            AdversaryClaimants = Flags(root.GetProperty("adversaryClaimants")),
            Channels = Phrases(root, "channels", s => s),
            Events = new PhraseSet<EventType>(root.GetProperty("events").EnumerateObject().SelectMany(type =>
                type.Value.EnumerateArray().Select(w => new KeyValuePair<string, EventType>(w.GetString()!, ParseEventType(type.Name))))),
            EventVerbs = Flags(root.GetProperty("eventVerbs")),
            Abbreviations = Set(root, "abbreviations"),
            Weekdays = root.GetProperty("weekdays").EnumerateArray().Select((d, i) => (d.GetString()!, i))
                .ToDictionary(p => p.Item1, p => (DayOfWeek)((p.i + 1) % 7), StringComparer.Ordinal),
            Months = IntMap(root, "months"),
            RelativeDays = new PhraseSet<int>(IntMap(root, "relativeDays")),
            PlaceWrappersBefore = Flags(root.GetProperty("placeWrappers").GetProperty("before")),
            PlaceWrappersAfter = Set(root.GetProperty("placeWrappers"), "after"),
            NotPlaceWords = Set(root, "notPlaceWords"),
            AttackerUkraine = Flags(root.GetProperty("attackerUkraine")),
            AttackerRussia = Set(root, "attackerRussia"),
        };
    }

    private static Dictionary<string, int> IntMap(JsonElement root, string name) =>
        root.GetProperty(name).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.Ordinal);

    private static Dictionary<string, string> StringMap(JsonElement root, string name) =>
        root.GetProperty(name).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);

    private static HashSet<string> Set(JsonElement root, string name) =>
        new(root.GetProperty(name).EnumerateArray().Select(e => e.GetString()!), StringComparer.Ordinal);

    private static PhraseSet<bool> Flags(JsonElement array) =>
        new(array.EnumerateArray().Select(e => new KeyValuePair<string, bool>(e.GetString()!, true)));

    private static PhraseSet<T> Phrases<T>(JsonElement root, string name, Func<string, T> parse) =>
        new(root.GetProperty(name).EnumerateObject().Select(p =>
            new KeyValuePair<string, T>(p.Name, parse(p.Value.GetString()!))));

    private static Qualifier ParseQualifier(string s) => s switch
    {
        "at_least" => Qualifier.AtLeast,
        "more_than" => Qualifier.MoreThan,
        "about" => Qualifier.About,
        "up_to" => Qualifier.UpTo,
        _ => Qualifier.Exact,
    };

    private static CasualtyKind ParseKind(string s) => s switch
    {
        "killed" => CasualtyKind.Killed,
        "injured" => CasualtyKind.Injured,
        "missing" => CasualtyKind.Missing,
        "casualties" => CasualtyKind.Casualties,
        _ => throw new InvalidOperationException($"Unknown casualty kind '{s}' in the lexicon."),
    };

    private static Weapon ParseWeapon(string s) => s switch
    {
        "drone" => Weapon.Drone,
        "missile" => Weapon.Missile,
        "glide_bomb" => Weapon.GlideBomb,
        "artillery" => Weapon.Artillery,
        "mlrs" => Weapon.Mlrs,
        "aircraft" => Weapon.Aircraft,
        "mine" => Weapon.Mine,
        _ => Weapon.Unknown,
    };

    private static ClaimantKind ParseClaimantKind(string s) => s switch
    {
        "media" => ClaimantKind.Media,
        "witness" => ClaimantKind.Witness,
        "national_body" => ClaimantKind.NationalBody,
        "military" => ClaimantKind.Military,
        "local_authority" => ClaimantKind.LocalAuthority,
        "emergency_service" => ClaimantKind.EmergencyService,
        _ => ClaimantKind.Unattributed,
    };

    private static EventType ParseEventType(string s) => s switch
    {
        "prisoner_exchange" => EventType.PrisonerExchange,
        "talks" => EventType.Talks,
        "evacuation" => EventType.Evacuation,
        "military_losses" => EventType.MilitaryLosses,
        "ceasefire" => EventType.Ceasefire,
        _ => throw new InvalidOperationException($"Unknown event type '{s}' in the lexicon."),
    };
}

/// <summary>What a casualty word says happened to people. <see cref="Casualties"/> is "killed or injured", used only for explicit zero.</summary>
internal enum CasualtyKind
{
    Killed,
    Injured,
    Missing,
    Casualties,
}
