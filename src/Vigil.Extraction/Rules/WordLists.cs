namespace Vigil.Extraction.Rules;

/// <summary>The small word lists the steps consult (Rules/&lt;lang&gt;/words.json): kept as data, not in the steps' code.</summary>
internal sealed class WordLists
{
    public required HashSet<string> AirDefenseRightSkippable { get; init; }
    public required HashSet<string> CasualtyLeftSkippable { get; init; }
    public required HashSet<string> CasualtyLeftVerbCues { get; init; }
    public required HashSet<string> AreaPlurals { get; init; }
    public required HashSet<string> SubjectPrepositions { get; init; }
    public required HashSet<string> CeasefireVerbs { get; init; }
    public required HashSet<string> NewIncidentMarkers { get; init; }

    /// <summary>"including the city of Bakhmut", "among them Vovchansk": words that name a place as one of several.</summary>
    public required HashSet<string> OneOfSeveralMarkers { get; init; }
    public required HashSet<string> DamageVerbs { get; init; }

    /// <summary>"accused Kiev of", "Moscow denies", "Kyiv officials": words beside a capital that make it its government.</summary>
    public required HashSet<string> GovernmentBefore { get; init; }

    public required HashSet<string> GovernmentAfter { get; init; }

    /// <summary>"Kiev has struck the city", "Kyiv had launched": a capital that has done the attacking is its government.</summary>
    public required HashSet<string> GovernmentActs { get; init; }

    /// <summary>"Kiev's forces", "Kyiv's regime": the capital's troops are its government's.</summary>
    public required HashSet<string> GovernmentTroops { get; init; }

    /// <summary>"63 enemy targets", «цілей»: what air defence counts when it does not name the weapon.</summary>
    public required HashSet<string> TallyTargetWords { get; init; }

    /// <summary>"causing a fire", «виникла пожежа»: a fire the attack started (damage with nothing named that burned).</summary>
    public required PhraseSet<bool> FireStarted { get; init; }

    /// <summary>
    /// "a village in", «в одному з сіл»: right before a region's name, the place is one of its settlements left unnamed. Matched as
    /// written, word by word (kept out of the word forms, whose stems «одному» and «сіл» would otherwise become).
    /// </summary>
    public required IReadOnlyList<string[]> UnnamedSettlement { get; init; }

    /// <summary>
    /// «Кроме того», «Крім того», "In addition": a paragraph they open right after a recap paragraph recalls more of the past.
    /// Matched as written, word by word (Slavic packs only; the step that reads it is theirs).
    /// </summary>
    public required IReadOnlyList<string[]> RecapContinuers { get; init; }

    /// <summary>"village", «село», «с.»: a word that calls the place in a mention a village (as written).</summary>
    public required HashSet<string> VillageWords { get; init; }

    /// <summary>"Malyi", "Velyka", "Novyi": the adjective that opens a two-word settlement name ("Malyi Burluk"), no place alone before a
    /// capitalised word (as written, Latin spellings).</summary>
    public required HashSet<string> NamePrefixes { get; init; }

    /// <summary>"in a separate incident", «еще один инцидент»: the sentence tells another incident, never a narrower place of the one
    /// being told (as written, word by word).</summary>
    public required IReadOnlyList<string[]> AnotherIncident { get; init; }

    /// <summary>"specified the number", «уточнив кількість», «уточнили данные»: an official corrects the toll (as written, word by word).</summary>
    public required IReadOnlyList<string[]> TollClarified { get; init; }

    /// <summary>"in October", «в октябре», «за жовтень»: a whole month as the time of a toll (as written, word by word).</summary>
    public required IReadOnlyList<string[]> MonthPeriods { get; init; }

    /// <summary>"he died", «он скончался», «вона померла»: the next sentence says the one person just counted wounded died (as written).</summary>
    public required IReadOnlyList<string[]> DiedNextSentence { get; init; }

    /// <summary>"incompatible with life", «несумісні з життям», «несовместимые с жизнью»: wounds the sentence calls fatal (as written).</summary>
    public required IReadOnlyList<string[]> FatalWounds { get; init; }

    /// <summary>«поранен-», «ранен-», «травмован-»: how a word as written that names a wound begins (the gloss reads «постраждали» as
    /// hurt too, so a zero that denies wounds only is told by the word itself).</summary>
    public required IReadOnlyList<string> WoundStems { get; init; }

    /// <summary>«загиб-», «погиб-», «постражд-», «жертв-»: how a word as written that names a death or any harm begins.</summary>
    public required IReadOnlyList<string> HarmStems { get; init; }

    /// <summary>"Another attack on Rylsk wounded two", «Ще одна атака»: a sentence that opens with these words tells an incident beside
    /// the report's own, not the one the report goes on with (as written, word by word, at the sentence's start).</summary>
    public required IReadOnlyList<string[]> AnotherAttackOpeners { get; init; }

    /// <summary>"community", «громаді», «общине»: the word that names a place as a hromada (as written).</summary>
    public required HashSet<string> CommunityNouns { get; init; }

    /// <summary>«предварительно», «по предварительной информации»: a hedge set off by commas inside a zero phrase (as written, word by word).</summary>
    public required IReadOnlyList<string[]> ZeroHedges { get; init; }

    /// <summary>"strikes", «ударів»: a count of strikes on one place that is its hit count (as written).</summary>
    public required HashSet<string> StrikeCountNouns { get; init; }

    /// <summary>"in two separate attacks", «в двух отдельных атаках»: after a count, the toll it ends is the sum of several incidents (as written;
    /// pairs, whose words may have up to two words between them: "separate Ukrainian attacks").</summary>
    public required IReadOnlyList<string[]> SeparateAttacks { get; init; }

    /// <summary>"Among them is a girl of 14", «Серед них є дівчинка», «Среди них есть»: a copula between a subset marker and its count (as written).</summary>
    public required HashSet<string> SubsetCopulas { get; init; }
    public required HashSet<string> NounPhraseStops { get; init; }
    public required HashSet<string> SingularDeterminers { get; init; }
    public required HashSet<string> PluralWithoutS { get; init; }

    /// <summary>"fragments of one of the drones fell": what falls is debris, not munitions that hit.</summary>
    public required HashSet<string> DebrisWords { get; init; }

    /// <summary>"death toll", "number of wounded": words of a toll's noun that say what it counts ("victims" may be either, so is not one).</summary>
    public required HashSet<string> TollWords { get; init; }

    /// <summary>"Zaporizhzhia Governor", "Sumy regional administration": words after a place that make it an official's region.</summary>
    public required HashSet<string> RegionalTitleAfter { get; init; }

    /// <summary>"Governor Ivan Fedorov of Zaporizhzhia": words shortly before a place that make it an official's region.</summary>
    public required HashSet<string> RegionalTitleBefore { get; init; }

    /// <summary>"the Kursk-Rylsk highway", «на трасі Київ – Чоп»: nouns of a road named by the towns at its ends.</summary>
    public required HashSet<string> RoadNouns { get; init; }

    /// <summary>"Kyiv and several other cities", «Київ та низка інших міст»: words of a number of places left uncounted.</summary>
    public required HashSet<string> UncountedQuantifiers { get; init; }

    /// <summary>"Lviv and neighbouring villages", «Харків та навколишні райони»: the places around a town, left unnamed.</summary>
    public required HashSet<string> SurroundingWords { get; init; }

    /// <summary>"nobody was seriously injured", «серйозно постраждалих немає»: a zero of the badly hurt only, not of everyone.</summary>
    public required HashSet<string> SeverityWords { get; init; }

    /// <summary>«двое жителей села погибли», «троє мешканців міста»: the genitive nouns of a place its residents are counted of, as written.</summary>
    public required HashSet<string> ResidentsPlaceNouns { get; init; }

    /// <summary>"endanger the lives of 400 million people", "saved the lives of": verbs before "the lives of" that count no dead.</summary>
    public required HashSet<string> LivesAtRiskVerbs { get; init; }

    /// <summary>"28 people were rescued", «були спасены 28 человек»: verbs whose people are no casualties (glossed by the Slavic forms).</summary>
    public required HashSet<string> RescueVerbs { get; init; }

    /// <summary>"warned of high-speed targets in Kremenchuk": words whose object ("of", "about") is a threat, not a strike.</summary>
    public required HashSet<string> WarningWords { get; init; }

    /// <summary>"warned of", "warned about": the words after a warning word that introduce what it warns of.</summary>
    public required HashSet<string> WarningObjects { get; init; }

    /// <summary>"an air-raid alert was declared", «загрозу балістики оголошено … включно з Києвом»: an alert's noun and its verb
    /// together make the places of the sentence places warned, not struck.</summary>
    public required HashSet<string> AlertNouns { get; init; }

    public required HashSet<string> AlertVerbs { get; init; }

    /// <summary>"claimed the lives of three": the nouns of a toll told as lives taken.</summary>
    public required HashSet<string> LivesWords { get; init; }

    /// <summary>"two districts of Kharkiv", "across the country": plurals of areas that count no places hit.</summary>
    public required HashSet<string> PluralsOfNoPlacesHit { get; init; }

    /// <summary>"18 other settlements", "eight more villages", "two further towns": words between a count and its plural of places.</summary>
    public required HashSet<string> MoreWords { get; init; }

    /// <summary>«- написал он ранее», "he said earlier": words after a quotation that make what it quotes an older post.</summary>
    public required HashSet<string> EarlierWords { get; init; }

    /// <summary>"Another 19 were downed", «Кроме того, сбиты …»: words that make a later sentence's tally an addition to the one before, not a part of it.</summary>
    public required HashSet<string> TallyAdditionWords { get; init; }

    /// <summary>"according to", «по информации», «за даними»: words shortly before a side's forces that make them the source, not the attacker.</summary>
    public required HashSet<string> SourceIntroducers { get; init; }

    /// <summary>"he", «він», «чиновник»: a word beside a speech verb after a quote that points back to the last person named.</summary>
    public required HashSet<string> SpeakerReferences { get; init; }

    /// <summary>"the post says", «йдеться у повідомленні», «говорится в сообщении»: after a quote, the post of the official just named.</summary>
    public required HashSet<string> PostReferences { get; init; }

    /// <summary>«Україну», «по Україні»: the country as the target of launches (a nationwide tally), in Ukrainian and Russian reports.</summary>
    public required HashSet<string> LaunchCountryTargets { get; init; }

    /// <summary>«область», «по области», «громади»: a region or community as the target of launches (one area's strike).</summary>
    public required HashSet<string> LaunchAreaTargets { get; init; }

    /// <summary>«з напрямку», «с территории»: words before a place the munitions were launched from.</summary>
    public required HashSet<string> LaunchOriginWords { get; init; }

    /// <summary>"Kyiv and the surrounding region", "Odesa and its region": words between "and" and the region word of a city's whole area.</summary>
    public required HashSet<string> WholeRegionWords { get; init; }

    /// <summary>"21 hits were reported", «шість влучань» (glossed "hits"): nouns whose count is the hits on a place.</summary>
    public required HashSet<string> HitCountNouns { get; init; }

    /// <summary>"one more injured man died", "two wounded women have since died": the verbs and the words between that make wounded people dead.</summary>
    public required HashSet<string> WoundedDeathVerbs { get; init; }

    public required HashSet<string> WoundedDeathAdverbs { get; init; }

    /// <summary>"a resident of the Yunakivka community": nouns of people whose "of" names the place they live in.</summary>
    public required HashSet<string> ResidentNouns { get; init; }

    /// <summary>«Оріхів на Запоріжжі»: a regional capital after «на» (not «у») that names its oblast, as written.</summary>
    public required HashSet<string> OblastByCityOn { get; init; }

    /// <summary>«оказали помощь трем женщинам»: verbs of giving aid, as written; the helped follow, the subject before is the helper.</summary>
    public required HashSet<string> AidGivingVerbs { get; init; }

    /// <summary>A list of phrases matched as written, word by word (each split at its spaces).</summary>
    private static IReadOnlyList<string[]> Phrases(RuleFile file, string name) =>
        [.. Lexicon.AsWrittenSet(file.Get(name)).Select(static p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    public static WordLists Load(RuleFile file) => new()
    {
        AirDefenseRightSkippable = Lexicon.Set(file.Get("airDefenseRightSkippable")),
        CasualtyLeftSkippable = Lexicon.Set(file.Get("casualtyLeftSkippable")),
        CasualtyLeftVerbCues = Lexicon.Set(file.Get("casualtyLeftVerbCues")),
        AreaPlurals = Lexicon.Set(file.Get("areaPlurals")),
        SubjectPrepositions = Lexicon.Set(file.Get("subjectPrepositions")),
        CeasefireVerbs = Lexicon.Set(file.Get("ceasefireVerbs")),
        NewIncidentMarkers = Lexicon.Set(file.Get("newIncidentMarkers")),
        OneOfSeveralMarkers = Lexicon.Set(file.Get("oneOfSeveralMarkers")),
        DamageVerbs = Lexicon.Set(file.Get("damageVerbs")),
        GovernmentBefore = Lexicon.Set(file.Get("governmentBefore")),
        GovernmentAfter = Lexicon.Set(file.Get("governmentAfter")),
        GovernmentActs = Lexicon.Set(file.Get("governmentActs")),
        GovernmentTroops = Lexicon.Set(file.Get("governmentTroops")),
        TallyTargetWords = Lexicon.Set(file.Get("tallyTargetWords")),
        FireStarted = Lexicon.Flags(file.Get("fireStarted")),
        UnnamedSettlement = Phrases(file, "unnamedSettlement"),
        RecapContinuers = Phrases(file, "recapContinuers"),
        SubsetCopulas = Lexicon.AsWrittenSet(file.Get("subsetCopulas")),
        CommunityNouns = Lexicon.AsWrittenSet(file.Get("communityNouns")),
        ZeroHedges = Phrases(file, "zeroHedges"),
        StrikeCountNouns = Lexicon.AsWrittenSet(file.Get("strikeCountNouns")),
        NamePrefixes = Lexicon.AsWrittenSet(file.Get("namePrefixes")),
        VillageWords = Lexicon.AsWrittenSet(file.Get("villageWords")),
        AnotherIncident = Phrases(file, "anotherIncident"),
        TollClarified = Phrases(file, "tollClarified"),
        MonthPeriods = Phrases(file, "monthPeriods"),
        DiedNextSentence = Phrases(file, "diedNextSentence"),
        FatalWounds = Phrases(file, "fatalWounds"),
        WoundStems = [.. Lexicon.AsWrittenSet(file.Get("woundStems"))],
        HarmStems = [.. Lexicon.AsWrittenSet(file.Get("harmStems"))],
        AnotherAttackOpeners = Phrases(file, "anotherAttackOpeners"),
        SeparateAttacks = Phrases(file, "separateAttacks"),
        NounPhraseStops = Lexicon.Set(file.Get("nounPhraseStops")),
        SingularDeterminers = Lexicon.Set(file.Get("singularDeterminers")),
        PluralWithoutS = Lexicon.Set(file.Get("pluralWithoutS")),
        DebrisWords = Lexicon.Set(file.Get("debrisWords")),
        TollWords = Lexicon.Set(file.Get("tollWords")),
        RegionalTitleAfter = Lexicon.Set(file.Get("regionalTitleAfter")),
        RegionalTitleBefore = Lexicon.Set(file.Get("regionalTitleBefore")),
        RoadNouns = Lexicon.Set(file.Get("roadNouns")),
        UncountedQuantifiers = Lexicon.Set(file.Get("uncountedQuantifiers")),
        SurroundingWords = Lexicon.AsWrittenSet(file.Get("surroundingWords")),
        SeverityWords = Lexicon.AsWrittenSet(file.Get("severityWords")),
        ResidentsPlaceNouns = Lexicon.AsWrittenSet(file.Get("residentsPlaceNouns")),
        LivesAtRiskVerbs = file.Find("livesAtRiskVerbs") is { } livesAtRisk ? Lexicon.Set(livesAtRisk) : [],
        RescueVerbs = file.Find("rescueVerbs") is { } rescue ? Lexicon.Set(rescue) : [],
        WarningWords = file.Find("warningWords") is { } warning ? Lexicon.Set(warning) : [],
        WarningObjects = Lexicon.Set(file.Get("warningObjects")),
        AlertNouns = Lexicon.Set(file.Get("alertNouns")),
        AlertVerbs = Lexicon.Set(file.Get("alertVerbs")),
        LivesWords = Lexicon.Set(file.Get("livesWords")),
        PluralsOfNoPlacesHit = Lexicon.Set(file.Get("pluralsOfNoPlacesHit")),
        MoreWords = Lexicon.Set(file.Get("moreWords")),
        EarlierWords = Lexicon.Set(file.Get("earlierWords")),
        TallyAdditionWords = Lexicon.Set(file.Get("tallyAdditionWords")),
        SourceIntroducers = Lexicon.Set(file.Get("sourceIntroducers")),
        SpeakerReferences = Lexicon.Set(file.Get("speakerReferences")),
        PostReferences = Lexicon.Set(file.Get("postReferences")),
        LaunchCountryTargets = Lexicon.Set(file.Get("launchCountryTargets")),
        LaunchAreaTargets = Lexicon.Set(file.Get("launchAreaTargets")),
        LaunchOriginWords = Lexicon.Set(file.Get("launchOriginWords")),
        WholeRegionWords = Lexicon.Set(file.Get("wholeRegionWords")),
        HitCountNouns = Lexicon.Set(file.Get("hitCountNouns")),
        WoundedDeathVerbs = Lexicon.Set(file.Get("woundedDeathVerbs")),
        WoundedDeathAdverbs = Lexicon.Set(file.Get("woundedDeathAdverbs")),
        ResidentNouns = Lexicon.Set(file.Get("residentNouns")),
        OblastByCityOn = Lexicon.AsWrittenSet(file.Get("oblastByCityOn")),
        AidGivingVerbs = Lexicon.AsWrittenSet(file.Get("aidGivingVerbs")),
    };
}
