using System.Text.Json;
using Vigil.Core;
using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Rules;

/// <summary>
/// One language's rules as data, loaded once from the embedded <c>Rules/&lt;lang&gt;/*.json</c> files
/// (lexicon, words, discourse). Loading refuses unknown keys and unknown values with the file and key
/// named. Immutable after construction, so one instance serves every thread.
/// </summary>
internal sealed record Lexicon
{
    public static Lexicon English => For("en") ?? throw new InvalidOperationException("The English rule pack is missing from the assembly.");

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

    /// <summary>
    /// The nouns of the two-word zero phrases ending in «нет» ("no" as read: «пострадавших нет»), where a zero with words between
    /// them («Пострадавших среди жителей нет») starts. Derived from <see cref="ZeroPhrases"/> once (a benign race at worst).
    /// </summary>
    public IReadOnlyDictionary<string, CasualtyKind[]> ZeroNounsBeforeNo => _zeroNounsBeforeNo ??= ZeroPhrases.Entries
        .Select(static e => (Words: e.Key.Split(' '), Kinds: e.Value))
        .Where(static e => e.Words.Length == 2 && e.Words[1] == "no")
        .GroupBy(static e => e.Words[0], StringComparer.Ordinal)
        .ToDictionary(static g => g.Key, static g => g.First().Kinds, StringComparer.Ordinal);

    private IReadOnlyDictionary<string, CasualtyKind[]>? _zeroNounsBeforeNo;
    public required PhraseSet<bool> ZeroSubjects { get; init; }
    public required PhraseSet<bool> ZeroBlockers { get; init; }
    public required PhraseSet<bool> PastMarkers { get; init; }
    public required PhraseSet<bool> CumulativeMarkers { get; init; }

    /// <summary>"the largest attack", «найбільша атака»: a superlative before a cumulative marker compares, it counts nothing.</summary>
    public required PhraseSet<bool> Superlatives { get; init; }
    public required PhraseSet<bool> LaunchCues { get; init; }
    public required PhraseSet<bool> InterceptCues { get; init; }
    public required PhraseSet<bool> EwCues { get; init; }
    public required HashSet<string> HitCues { get; init; }
    public required PhraseSet<Weapon> Weapons { get; init; }

    /// <summary>Weapon words news use for any attack ("shelling", "rockets", "air strike"): the weapon only where nothing more exact is named.</summary>
    public required PhraseSet<bool> GenericWeapons { get; init; }
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
    public required IReadOnlyDictionary<string, string> StatisticMetrics { get; init; }

    /// <summary>How inflected word forms meet the lexicon (Rules/&lt;lang&gt;/forms.json); null for a language without case endings.</summary>
    public WordForms? Forms { get; init; }

    /// <summary>Small word lists the steps consult (Rules/&lt;lang&gt;/words.json).</summary>
    public required WordLists Words { get; init; }

    /// <summary>Markers of background, round-ups, boilerplate and needs (Rules/&lt;lang&gt;/discourse.json).</summary>
    public required DiscourseRules Discourse { get; init; }

    /// <summary>The rule pack of <paramref name="language"/> (an ISO 639-1 code), or null when none ships with the assembly.</summary>
    public static Lexicon? For(string? language)
    {
        var key = (language ?? "").Trim().ToLowerInvariant();
        return Packs.GetOrAdd(key, static k => Available.Contains(k) ? Load(k) : null);
    }

    /// <summary>The languages that have a rule pack (a <c>Rules/&lt;lang&gt;/lexicon.json</c> embedded).</summary>
    public static IReadOnlySet<string> Available { get; } = typeof(Lexicon).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".lexicon.json", StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..^".lexicon.json".Length])
        .ToHashSet(StringComparer.Ordinal);

    private const string ResourcePrefix = "Vigil.Extraction.Rules.";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lexicon?> Packs = new(StringComparer.Ordinal);

    public static Lexicon Load(string language)
    {
        // A language with case endings adds forms.json: how its word forms meet the lexicon, and the pack
        // whose word-order rules it reads them with ("extends": its files add to that pack's, key by key).
        WordForms? forms = null;
        string? extends = null;
        if (RuleFile.Exists(language, "forms.json"))
        {
            using var formsFile = RuleFile.Open(language, "forms.json");
            forms = WordForms.Load(formsFile);
            extends = formsFile.Get("extends").GetString();
            formsFile.EnsureAllRead();
        }

        using var lexicon = Open(language, "lexicon.json", extends);
        using var words = Open(language, "words.json", extends);
        using var discourse = Open(language, "discourse.json", extends);

        var result = RuleLoading.With(forms, () => Load(lexicon, words, discourse)) with { Forms = forms };
        // Every key must have been read: a misspelt or unknown key is an error, never silently ignored.
        lexicon.EnsureAllRead();
        words.EnsureAllRead();
        discourse.EnsureAllRead();
        return result;
    }

    private static RuleFile Open(string language, string file, string? extends) =>
        extends is null ? RuleFile.Open(language, file)
            : RuleFile.FromText($"Rules/{language}/{file}", RuleMerge.Merge(RuleFile.ReadText(extends, file), RuleFile.ReadText(language, file), $"Rules/{language}/{file}"));

    /// <summary>Parses one pack from JSON texts (tests feed broken packs through here).</summary>
    internal static Lexicon Parse(string lexiconJson, string wordsJson, string discourseJson)
    {
        using var lexicon = RuleFile.FromText("lexicon.json", lexiconJson);
        using var words = RuleFile.FromText("words.json", wordsJson);
        using var discourse = RuleFile.FromText("discourse.json", discourseJson);
        var result = Load(lexicon, words, discourse);
        lexicon.EnsureAllRead();
        words.EnsureAllRead();
        discourse.EnsureAllRead();
        return result;
    }

    private static Lexicon Load(RuleFile lexicon, RuleFile wordsFile, RuleFile discourseFile)
    {
        lexicon.Get("comment");
        wordsFile.Get("comment");
        discourseFile.Get("comment");
        var root = lexicon;
        var file = lexicon.Name;
        return new Lexicon
        {
            NumberWords = IntMap(root.Get("numberWords"), exact: true),
            ScaleWords = IntMap(root.Get("scaleWords")),
            Qualifiers = Phrases(root.Get("qualifiers"), s => ParseQualifier(file, s)),
            UnitWords = Set(root.Get("unitWords")),
            AgeMarkers = Set(root.Get("ageMarkers")),
            PersonNouns = Set(root.Get("personNouns")),
            ChildNouns = Set(root.Get("childNouns")),
            MilitaryNouns = Set(root.Get("militaryNouns")),
            CasualtyCues = StringMap(root.Get("casualtyCues")).ToDictionary(p => p.Key, p => ParseKind(file, p.Value), StringComparer.Ordinal),
            CasualtyNounHeads = StringMap(root.Get("casualtyNounHeads")).ToDictionary(p => p.Key, p => ParseKind(file, p.Value), StringComparer.Ordinal),
            Auxiliaries = Set(root.Get("auxiliaries")),
            SubsetMarkers = Flags(root.Get("subsetMarkers")),
            IncrementBefore = Flags(Child(file, root.Get("incrementMarkers"), "before", "after")),
            IncrementAfter = Set(Child(file, root.Get("incrementMarkers"), "after", "before")),
            RevisionMarkers = Flags(root.Get("revisionMarkers")),
            RevisionVerbs = Set(root.Get("revisionVerbs")),
            CasualtyPhrases = Phrases(root.Get("casualtyPhrases"), s => ParseKind(file, s)),
            TollNouns = Flags(root.Get("tollNouns")),
            ZeroPhrases = new PhraseSet<CasualtyKind[]>(root.Get("zeroPhrases").EnumerateArray().Select(e =>
            {
                RuleFile.RefuseUnknown(file, "zeroPhrases", e, "phrase", "fields");
                return new KeyValuePair<string, CasualtyKind[]>(
                    e.GetProperty("phrase").GetString()!,
                    [.. e.GetProperty("fields").EnumerateArray().Select(f => ParseKind(file, f.GetString()!))]);
            })),
            ZeroSubjects = Flags(root.Get("zeroSubjects")),
            ZeroBlockers = Flags(root.Get("zeroBlockers")),
            PastMarkers = Flags(root.Get("pastMarkers")),
            CumulativeMarkers = Flags(root.Get("cumulativeMarkers")),
            Superlatives = root.Find("superlatives") is { } superlatives ? Flags(superlatives) : new([]),
            LaunchCues = Flags(root.Get("airDefenseLaunchCues")),
            InterceptCues = Flags(root.Get("airDefenseInterceptCues")),
            EwCues = Flags(root.Get("ewCues")),
            HitCues = Set(root.Get("hitCues")),
            Weapons = Phrases(root.Get("weapons"), s => ParseWeapon(file, s)),
            GenericWeapons = Flags(root.Get("genericWeapons")),
            AttackWords = Set(root.Get("attackWords")),
            Damage = new PhraseSet<string>(root.Get("damage").EnumerateObject().SelectMany(category =>
                category.Value.EnumerateArray().Select(w => new KeyValuePair<string, string>(w.GetString()!, ParseDamage(file, category.Name))))),
            SpeechVerbs = Set(root.Get("speechVerbs")),
            Roles = RolesWithHeadForms(root.Get("roles"), root.Get("roleHeadForms")),
            Organizations = new PhraseSet<Claimant>(root.Get("organizations").EnumerateObject().Select(o =>
            {
                RuleFile.RefuseUnknown(file, "organizations." + o.Name, o.Value, "name", "role", "kind");
                return new KeyValuePair<string, Claimant>(o.Name, new Claimant(
                    o.Value.GetProperty("name").GetString(),
                    o.Value.GetProperty("role").GetString(),
                    ParseClaimantKind(file, o.Value.GetProperty("kind").GetString()!)));
            })),
            AdversaryClaimants = Flags(root.Get("adversaryClaimants")),
            Channels = Phrases(root.Get("channels"), s => s),
            Events = new PhraseSet<EventType>(root.Get("events").EnumerateObject().SelectMany(type =>
                type.Value.EnumerateArray().Select(w => new KeyValuePair<string, EventType>(w.GetString()!, ParseEventType(file, type.Name))))),
            EventVerbs = Flags(root.Get("eventVerbs")),
            StatisticMetrics = StringMap(root.Get("statisticMetrics")),
            Abbreviations = Set(root.Get("abbreviations")),
            Weekdays = root.Get("weekdays").EnumerateArray().Select((d, i) => (RuleLoading.Key(d.GetString()!), i))
                .ToDictionary(p => p.Item1, p => (DayOfWeek)((p.i + 1) % 7), StringComparer.Ordinal),
            Months = IntMap(root.Get("months")),
            RelativeDays = new PhraseSet<int>(IntMap(root.Get("relativeDays"))),
            PlaceWrappersBefore = Flags(Child(file, root.Get("placeWrappers"), "before", "after")),
            PlaceWrappersAfter = Set(Child(file, root.Get("placeWrappers"), "after", "before")),
            NotPlaceWords = Set(root.Get("notPlaceWords")),
            AttackerUkraine = Flags(root.Get("attackerUkraine")),
            AttackerRussia = Set(root.Get("attackerRussia")),
            Words = WordLists.Load(wordsFile),
            Discourse = DiscourseRules.Load(discourseFile),
        };
    }

    /// <summary>One property of a small object whose only keys are <paramref name="name"/> and <paramref name="other"/>.</summary>
    private static JsonElement Child(string file, JsonElement parent, string name, string other)
    {
        RuleFile.RefuseUnknown(file, name, parent, name, other);
        return parent.GetProperty(name);
    }

    // Two entries that read alike once glossed ("тисячі", "тисяч") are one: the first stands.
    private static Dictionary<string, int> IntMap(JsonElement e, bool exact = false)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in e.EnumerateObject())
        {
            map.TryAdd(RuleLoading.Key(p.Name, exact), p.Value.GetInt32());
        }

        return map;
    }

    private static Dictionary<string, string> StringMap(JsonElement e)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in e.EnumerateObject())
        {
            map.TryAdd(RuleLoading.Key(p.Name), p.Value.GetString()!);
        }

        return map;
    }

    internal static HashSet<string> Set(JsonElement e) =>
        new(e.EnumerateArray().Select(x => RuleLoading.Key(x.GetString()!)), StringComparer.Ordinal);

    /// <summary>
    /// Words matched as written (AnnotatedDocument.OriginalLower), every form listed: they are kept out of the word forms, whose
    /// stems they would otherwise become («деревни» read «деревне» as itself, and a village's wrapper no longer matched).
    /// </summary>
    internal static HashSet<string> AsWrittenSet(JsonElement e) =>
        new(e.EnumerateArray().Select(x => x.GetString()!.ToLowerInvariant()), StringComparer.Ordinal);

    /// <summary>
    /// The sentence states a figure over a long period ("since the start of the war"), unless every such marker follows a
    /// superlative: "the largest attack since the start of the invasion" compares one attack with the war, it sums nothing.
    /// </summary>
    internal bool Cumulative(IReadOnlyList<Token> tokens, int from, int to)
    {
        var superlative = false;
        for (var i = from; i < to; i++)
        {
            superlative |= Superlatives.MatchAt(tokens, i, to).Length > 0;
            if (!superlative && CumulativeMarkers.MatchAt(tokens, i, to).Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    internal static PhraseSet<bool> Flags(JsonElement array) =>
        new(array.EnumerateArray().Select(e => new KeyValuePair<string, bool>(e.GetString()!, true)));

    /// <summary>
    /// The roles, each also with its first word in the oblique forms listed for it: «по словам главы ОВА Олега Синегубова»,
    /// «за словами голови ОВА» name the same office as «глава ОВА» (the title's head word is the only word that inflects; what follows it
    /// is in the genitive already).
    /// </summary>
    private static PhraseSet<string> RolesWithHeadForms(JsonElement roles, JsonElement headForms)
    {
        var forms = headForms.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(f => f.GetString()!).ToList(), StringComparer.Ordinal);
        return new(roles.EnumerateObject().SelectMany(p =>
        {
            var phrase = p.Name;
            var space = phrase.IndexOf(' ', StringComparison.Ordinal);
            var head = space < 0 ? phrase : phrase[..space];
            var rest = space < 0 ? "" : phrase[space..];
            var value = p.Value.GetString()!;
            return forms.TryGetValue(head, out var oblique)
                ? [new KeyValuePair<string, string>(phrase, value), .. oblique.Select(f => new KeyValuePair<string, string>(f + rest, value))]
                : (IEnumerable<KeyValuePair<string, string>>)[new KeyValuePair<string, string>(phrase, value)];
        }));
    }

    private static PhraseSet<T> Phrases<T>(JsonElement e, Func<string, T> parse) =>
        new(e.EnumerateObject().Select(p =>
            new KeyValuePair<string, T>(p.Name, parse(p.Value.GetString()!))));

    private static Qualifier ParseQualifier(string file, string s) => s switch
    {
        "exact" => Qualifier.Exact,
        "at_least" => Qualifier.AtLeast,
        "more_than" => Qualifier.MoreThan,
        "about" => Qualifier.About,
        "up_to" => Qualifier.UpTo,
        _ => throw RuleFile.Unknown(file, "qualifier", s),
    };

    private static readonly HashSet<string> DamageCategories = new(
        ["residential", "power", "water", "gas", "heating", "industrial", "education", "medical", "transport", "commercial",
         "agricultural", "religious", "cultural", "administrative", "vehicles", "port", "telecom"], StringComparer.Ordinal);

    // The damage categories are the contract's (specs/README.md), not the language's: a pack may not invent one.
    private static string ParseDamage(string file, string s) =>
        DamageCategories.Contains(s) ? s : throw RuleFile.Unknown(file, "damage category", s);

    internal static CasualtyKind ParseKind(string file, string s) => s switch
    {
        "killed" => CasualtyKind.Killed,
        "injured" => CasualtyKind.Injured,
        "missing" => CasualtyKind.Missing,
        "casualties" => CasualtyKind.Casualties,
        _ => throw RuleFile.Unknown(file, "casualty kind", s),
    };

    internal static Weapon ParseWeapon(string file, string s) => s switch
    {
        "drone" => Weapon.Drone,
        "missile" => Weapon.Missile,
        "glide_bomb" => Weapon.GlideBomb,
        "artillery" => Weapon.Artillery,
        "mlrs" => Weapon.Mlrs,
        "aircraft" => Weapon.Aircraft,
        "mine" => Weapon.Mine,
        _ => throw RuleFile.Unknown(file, "weapon", s),
    };

    private static ClaimantKind ParseClaimantKind(string file, string s) => s switch
    {
        "unattributed" => ClaimantKind.Unattributed,
        "media" => ClaimantKind.Media,
        "witness" => ClaimantKind.Witness,
        "national_body" => ClaimantKind.NationalBody,
        "military" => ClaimantKind.Military,
        "local_authority" => ClaimantKind.LocalAuthority,
        "emergency_service" => ClaimantKind.EmergencyService,
        _ => throw RuleFile.Unknown(file, "claimant kind", s),
    };

    private static EventType ParseEventType(string file, string s) => s switch
    {
        "prisoner_exchange" => EventType.PrisonerExchange,
        "talks" => EventType.Talks,
        "evacuation" => EventType.Evacuation,
        "military_losses" => EventType.MilitaryLosses,
        "ceasefire" => EventType.Ceasefire,
        _ => throw RuleFile.Unknown(file, "event type", s),
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
