using Vigil.Core;
using Vigil.Gazetteer;
using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps;

/// <summary>
/// Groups what the earlier steps found into the report's incidents: sentences follow the place
/// they name (or the incident before them), figures bound to a place ("four in Kyiv, three in
/// Zhytomyr region") go to that place's incident, "Separately," starts a new one. Per figure the
/// value is the last revision ("rose to 12"), else the largest stated total; increments ("three
/// more") never become totals, "one … another" adds up, children are a subset of the total. Past
/// incidents and other scopes (tallies, war-long totals) never enter an incident.
/// </summary>
internal sealed class IncidentAssembler(IGazetteer gazetteer) : IPipelineStep
{
    private sealed class Builder(PlaceRef? place, PlaceMention? mention)
    {
        public PlaceRef? Place { get; set; } = place;
        public PlaceMention? Mention { get; set; } = mention;
        public List<int> Sentences { get; } = [];

        // the earliest of its sentences with a date of its own, found over the sentences added since the last look (sentences
        // are only ever added), so that asking once per sentence of a long report stays linear
        private int _datesScanned;
        private int _firstDated = -1;

        public int FirstDatedSentence(AnnotatedDocument document)
        {
            for (; _datesScanned < Sentences.Count; _datesScanned++)
            {
                var s = Sentences[_datesScanned];
                if ((_firstDated < 0 || s < _firstDated) && document.DatesIn(s).FirstOrDefault(x => !x.IsPast).End > 0)
                {
                    _firstDated = s;
                }
            }

            return _firstDated;
        }

        public List<CasualtyMention> Figures { get; } = [];
        public List<ZeroMention> Zeros { get; } = [];
        public List<string> Damage { get; } = [];
        public List<Weapon> Weapons { get; } = [];

        /// <summary>Figures stated for a wider area than this incident: claims at low confidence, never its figures.</summary>
        public List<CasualtyMention> Doubtful { get; } = [];

        /// <summary>Sentences that describe the incident without figures (damage, needs).</summary>
        public List<int> Described { get; } = [];

        /// <summary>Told of "a village in" its region (words.json <c>unnamedSettlement</c>): a town named later is not that village.</summary>
        public bool UnnamedTown { get; set; }

        /// <summary>Figures the incident had while its place was a raion or an oblast, before a town narrowed it.</summary>
        public List<CasualtyMention> Widened { get; } = [];

        private HashSet<CasualtyMention>? _widenedSet;
        private int _widenedRead;

        /// <summary>Whether the figure is one of <see cref="Widened"/> (a set, rebuilt when the list grew: asked once per claim).</summary>
        public bool WasWidened(CasualtyMention f)
        {
            if (_widenedSet is null || _widenedRead != Widened.Count)
            {
                _widenedSet = [.. Widened];
                _widenedRead = Widened.Count;
            }

            return _widenedSet.Contains(f);
        }
    }

    public void Run(AnnotatedDocument document)
    {
        var tokens = document.Tokens;
        var lex = document.Lexicon;
        var figuresBySentence = document.Casualties.Where(c => !c.Past).GroupBy(c => c.Sentence).ToDictionary(g => g.Key, g => g.ToList());
        var zerosBySentence = document.Zeros.GroupBy(z => z.Sentence).ToDictionary(g => g.Key, g => g.ToList());
        var tallySentences = document.Tallies.Select(t => t.Sentence).ToHashSet();
        var placesBySentence = document.Places.GroupBy(p => tokens[p.Start].Sentence).ToDictionary(g => g.Key, g => g.ToList());
        var weaponsBySentence = document.Weapons.GroupBy(w => tokens[w.Start].Sentence).ToDictionary(g => g.Key, g => g.ToList());
        var militaryLossSentences = document.Events.Where(e => e.Type == EventType.MilitaryLosses).Select(e => e.Evidence.Start).ToHashSet();

        var builders = new List<Builder>();
        Builder? current = null;
        // "Over the day the oblast was hit by: nine Geran-2 drones; four Molniya drones. … A house was damaged in the Bohodukhiv
        // raion": the means named for the attack on an oblast (and the list lines after it) are what hit each of its places
        var regionWeapons = new List<WeaponMention>();
        var regionOblasts = new HashSet<string>(StringComparer.Ordinal);
        var regionOpen = false;
        DateOnly? lead = null;
        var leadSentence = -1;
        PlaceMention? context = null; // a place named before any figure ("Odesa." as a first line)
        var recapOpen = false; // the sentence before recalled an earlier attack or another place's
        var roundUpOpen = false; // the sentence before was a region-wide or period round-up
        var listedTowns = new List<Builder>(); // the towns a damage list of the sentence before made incidents of
        var listedSentence = -1;
        // the towns the last list of towns attacked (or a town and its own raion) made incidents of, until a sentence names a place
        // again: a toll stated after it with no place ("Missiles hit Uman, Dnipro and Ukrainka. … More than 20 were killed") is
        // over all of them
        var openList = new List<Builder>();
        // where «в одном из районов области» stood for the region (its toll is an unnamed place's, no town's named later)
        var unnamedAreas = new HashSet<int>();
        var headline = HeadlineSentences(document);
        PlaceMention? lastNamed = null; // the last place named before the sentence (headline included)
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            if (s > 0 && placesBySentence.GetValueOrDefault(s - 1) is { Count: > 0 } before)
            {
                lastNamed = before[^1];
            }

            if (s < headline)
            {
                continue; // a headline summarises the body that follows; the body is the evidence
            }

            var sentence = document.Sentences[s];
            var role = document.RoleOf(s);
            if (role == SentenceRole.Boilerplate)
            {
                continue; // "Read also: …": nothing in it is about this report's incidents
            }

            var figures = figuresBySentence.GetValueOrDefault(s) ?? [];
            var zeros = zerosBySentence.GetValueOrDefault(s) ?? [];
            var past = (lex.PastMarkers.Contains(tokens, sentence.FirstToken, sentence.EndToken) && !Comparison(document, sentence)) ||
                       lex.Cumulative(tokens, sentence.FirstToken, sentence.EndToken) || CasualtyRecognizer.MonthTotal(document, sentence) ||
                       document.DatesIn(s).Any(d => d.IsPast);
            // "taken to Kharkiv", "evacuated to Odesa": a destination is not where the attack was
            var places = (placesBySentence.GetValueOrDefault(s) ?? [])
                .Where(p => p.Place.Country is null or "UA" or "RU" && !(p.Start > sentence.FirstToken && tokens[p.Start - 1].Lower is "to" or "towards" or "toward"))
                // "was hospitalized in the Volokonovsky district", "hospitalised in the city of Kherson": where the wounded are treated
                .Where(p => !TreatedIn(tokens, p.Start, sentence.FirstToken))
                // "in the village of Korotych of the Pisochyn community": the community locates the village, it is no second place
                .Where(p => !LocatesPlaceBefore(document, p, sentence))
                // "Outside of Kyiv, the Dnipropetrovsk region was also hit": the place named as excluded is not where it happened
                // ("four were wounded in the Vinnytsia region outside the capital Kyiv", "outside the city of Odesa": the same)
                .Where(p => !AfterOutside(tokens, p.Start, sentence.FirstToken))
                .Where(p => !document.DatelinePlaces.Contains(p.Start))
                // "explosions were heard in the Kremenchuk district": where a blast is heard is not where it struck
                .Where(p => !Enumerable.Range(Math.Max(sentence.FirstToken, p.Start - 3), p.Start - Math.Max(sentence.FirstToken, p.Start - 3))
                    .Any(k => tokens[k].Lower == "heard"))
                // "the Air Force warned of high-speed targets in Kremenchuk", "warned about a glide bomb heading towards Kharkiv": what a
                // warning names is a threat, not where it struck
                .Where(p => !WarnedOf(document, sentence, p.Start))
                // «46 поранених, серед яких п'ять дітей (двоє з них у Дніпрі)»: where some of them are treated is not where it struck
                .Where(p => !WhereSomeOfThemAre(tokens, sentence, p.Start))
                // "around 10:15 (Kyiv time)", «за київським часом»: a clock's zone is no place
                .Where(p => !(p.End < sentence.EndToken && (tokens[p.End].Lower == "time" || document.OriginalLower(p.End) is "часом" or "часу" or "времени")))
                // "in the Zhytomyr region west of Kyiv": a city a place is located by is not where it happened
                .Where(p => !CompassReference(document, sentence, p, placesBySentence.GetValueOrDefault(s)))
                // "struck a small coastal town near Odesa": the city is a landmark of an unnamed town in its region, so the place is
                // that region until the report names the town ("the town of Serhiivka")
                .Select(p => NearUnnamedSettlement(tokens, p.Start, sentence.FirstToken) && RegionOf(p) is { } around ? p with { Place = around } : p)
                .ToList();
            // «В одном из районов области госпитализировали женщину» after a city's story, "in one of the region's districts": an
            // unnamed place of the region is the region's, not the city's told before
            if (places.Count == 0 && OneOfTheRegionsAreas(document, sentence) is { } unnamed &&
                (current?.Mention ?? lastNamed) is { } cityTold && RegionOf(cityTold) is { } ofTheCity)
            {
                places.Add(new PlaceMention(unnamed.Start, unnamed.End, ofTheCity, Strong: false));
                unnamedAreas.Add(unnamed.Start);
            }
            // An official's title ("head of the Sumy regional administration") locates an incident only when nothing else does.
            // But an official of another region reporting a toll or a zero ("the acting governor of the Rostov region said there were
            // no injuries") tells of that region, not of the incident before.
            var titlesOnly = places.Count > 0 && places.All(p => document.TitlePlaces.Contains(p.Start));
            if (places.Any(p => !document.TitlePlaces.Contains(p.Start)) || current?.Place is not null || context is not null)
            {
                places.RemoveAll(p => document.TitlePlaces.Contains(p.Start) &&
                    !(titlesOnly && (figuresBySentence.ContainsKey(s) || zerosBySentence.ContainsKey(s)) && p.Place.Kind == PlaceKind.Oblast &&
                      current?.Place is { Admin1Code: { } here } && p.Place.Admin1Code is { } there && here != there));
            }

            // "said Zaporizhzhia Governor Ivan Fedorov": a regional official's title, when it is all that locates the figures, names the region
            for (var i = 0; i < places.Count; i++)
            {
                if (document.TitlePlaces.Contains(places[i].Start) && RegionalTitle(document, places[i]) && RegionOf(places[i]) is { } region)
                {
                    places[i] = places[i] with { Place = region };
                }
            }

            // "struck Kherson and 18 other settlements in the region", "the city of Kherson and eight more settlements": the town is
            // named as one of many the report counts, so what the sentence tells is the region's
            for (var i = 0; i < places.Count; i++)
            {
                if (OneOfCounted(document, places[i], sentence) && RegionOf(places[i]) is { } region)
                {
                    places[i] = places[i] with { Place = region };
                }
            }

            // "On Aug. 7, strikes on the region killed two": a toll dated before the incident being reported is a recap,
            // even where it names the same region
            // ("As reported earlier, on May 14 a drone killed one"): the date need not open the sentence, and "nine more" on
            // an earlier day adds nothing to today's toll either; a toll update ("rose to") is about the incident, whatever day it names
            var datedRecap = false;
            // "The liberated parts of the oblast were shelled 60 times on Dec. 30" in a report of the past day, published the 31st: that
            // day is its own incident's, and no lead date for the others the report dates only by its publication
            // (only of another region: "the attack on the Rylsk road took place on the 13th" retells the report's own incident)
            var dayBefore = role == SentenceRole.Main && current?.Place is { } reportedPlace && figures.Count == 0 && DateOf(document, current, lead) is null &&
                            places.Count > 0 && places.All(p => !Compatible(reportedPlace, p.Place)) &&
                            document.Info.Published is { } published &&
                            document.DatesIn(s).Where(d => !d.IsPast).ToList() is { Count: > 0 } calendar &&
                            calendar.All(d => IsCalendarDate(document, d) && d.Date == published.AddDays(-1));
            // ("In Zaporizhzhia, the rubble of the building attacked on 9 October is still being cleared"): a sentence without figures
            // dated by the calendar before the incident recalls an earlier attack too, and opens a recap for the sentences after it
            // ("… in the village of Kizomys. In a park in Kherson on Saturday, a man was injured": the incident it would go to is
            // the one of the place it names, not the last one told)
            var recalled = places.Count > 0 && current?.Place is { } told && !places.All(p => Compatible(told, p.Place)) &&
                           builders.FirstOrDefault(b => b.Place is not null && places.All(p => Compatible(b.Place, p.Place))) is { } named
                ? named
                : current;
            if (role == SentenceRole.Main && recalled is not null &&
                figures.All(f => (f.Flags & NumberFlags.Revision) == 0) &&
                DateOf(document, recalled, lead) is var known && (known ?? document.Info.Published) is { } currentDate &&
                document.DatesIn(s).Where(d => !d.IsPast).ToList() is { Count: > 0 } stated &&
                stated.All(d => d.Date < currentDate) &&
                // (an incident told with a zero only is as much told: «пострадавших нет … Во вторник … ранения получила женщина»)
                ((known is not null && (recalled.Figures.Count > 0 || recalled.Zeros.Count > 0) && figures.Count > 0 &&
                  stated.Any(d => d.Start <= sentence.FirstToken + 2 || IsCalendarDate(document, d) || (IsWeekday(document, d) && !NamesAttackDay(document, d)))) ||
                 // (the day before a report dated only by its publication is the report's own day: "shelled 60 times on Dec. 30")
                 (figures.Count == 0 && stated.All(d => IsCalendarDate(document, d)) &&
                  !dayBefore)))
            {
                role = SentenceRole.Background;
                datedRecap = true;
            }

            // "At the end of May the Russians shelled the city three times. The enemy once again targeted homes, injuring one":
            // a sentence that names neither place nor day goes on with the recap before it in its paragraph (a promo line between
            // two parts of a paragraph does not end it)
            if (StartsParagraph(document, sentence) && !(s > 0 && document.RoleOf(s - 1) == SentenceRole.Boilerplate))
            {
                recapOpen = false;
                roundUpOpen = false;
            }

            if (role == SentenceRole.Main && recapOpen && places.Count == 0 && document.DatesIn(s).Count == 0 &&
                !lex.Words.NewIncidentMarkers.Contains(tokens[sentence.FirstToken].Lower))
            {
                role = SentenceRole.Background;
            }

            // a recap cue in a sentence about the incident's own place, or the first place named ("6 dead after Saturday's strike
            // on the town — earlier 5 were reported") updates that incident's story; what follows it is not the recap's
            // (a town inside the incident's region is another place: "A few days ago, drones attacked a camp in the Putyvl community"
            // after the Sumy region's day recalls another attack, and the toll after it is that attack's)
            var ownPlace = places.Count > 0 && (current?.Place is not { } here ||
                                                places.All(p => Compatible(here, p.Place) && !(role == SentenceRole.Background && IsMoreSpecific(p.Place, here))));
            // ("In August, the army fired cluster munitions from a Grad launcher at Urazovo. Four people were injured": a weapon fired
            // in the past opens a recap as an attack word does)
            recapOpen = (role is SentenceRole.Background or SentenceRole.OtherPlace && (datedRecap || !ownPlace)) ||
                        (past && (HasAttackWord(document, sentence) || weaponsBySentence.ContainsKey(s)));

            if (role is SentenceRole.Background or SentenceRole.OtherPlace)
            {
                // A recap gives the report's incident nothing. It is an incident of its own only when it says where, on which
                // day and with what toll ("Recall that on 4 April a missile killed 20 in Kryvyi Rih"); figures of "another city" never.
                var ownIncident = role == SentenceRole.Background && figures.Count > 0 && places.Count > 0 && document.DatesIn(s).Count > 0 &&
                                  !places.Any(p => builders.Any(b => b.Place is not null && Compatible(b.Place, p.Place)));
                if (!ownIncident)
                {
                    continue;
                }

                current = null;
            }

            // A region-wide or period total ("over the past day, attacks across the region injured 14") is not one town's toll:
            // its figures stay low-confidence claims of the town's incident, never its figures.
            // ("shelled about 20 localities in Kharkiv region yesterday, killing four": a count of places makes it a round-up too)
            // ("Over the past day, troops shelled settlements in the region. One person died and nine more were injured, the governor
            // said": a sentence naming neither place nor day goes on with the round-up before it in its paragraph)
            var continued = roundUpOpen && role == SentenceRole.Main && places.Count == 0 && document.DatesIn(s).Count == 0;
            var roundUp = (role == SentenceRole.RoundUp || CountsPlaces(document, sentence) || continued) && current?.Place is { } currentPlace && Rank(currentPlace) <= 1 &&
                          places.All(p => Rank(p.Place) >= 2 && Compatible(currentPlace, p.Place));
            roundUpOpen = roundUp;
            if (roundUp)
            {
                foreach (var f in figures)
                {
                    current!.Doubtful.Add(f with { SubCount = true });
                }

                continue;
            }

            var attack = HasAttackWord(document, sentence) || weaponsBySentence.ContainsKey(s) || HasCasualtyWord(document, sentence);
            // "Russian strikes killed four people in Ukraine on Tuesday. In Kharkiv, …": the lead's date holds for what follows
            if (lead is null && !dayBefore && attack && !past && role == SentenceRole.Main && document.DatesIn(s).FirstOrDefault(d => !d.IsPast) is { End: > 0 } leadDate)
            {
                lead = leadDate.Date;
                leadSentence = s;
            }

            var military = figures.Count == 0 && militaryLossSentences.Contains(sentence.Start);
            // "The attacks caused damage to houses in Torske, Toretsk and Siversk": damage stated in a list of towns is an incident in each
            var listedDamage = !past && !tallySentences.Contains(s) && DamageStated(document, s) &&
                               places.Count(p => ListedSettlement(document, sentence, places, p)) >= 2;
            // "Shells flew at Nikopol and the Marhanets hromada. No one was hurt.": an attack on a list of towns, the zero after it theirs
            var listedAttack = listedDamage || (attack && !past && !tallySentences.Contains(s) && places.Count(p => ListedSettlement(document, sentence, places, p)) >= 2);
            var relevant = figures.Count > 0 || zeros.Count > 0 || listedDamage ||
                           (attack && !past && !military && !tallySentences.Contains(s) && places.Count > 0);
            var regionLevel = role is SentenceRole.Main or SentenceRole.RoundUp && !past && !military && places.Count > 0 && figures.Count == 0 && zeros.Count == 0 &&
                              places.All(p => p.Place.Kind == PlaceKind.Oblast && p.Place.Admin1Code is not null);
            if (regionLevel || (places.Count == 0 && role == SentenceRole.Main && !past && !military && !tallySentences.Contains(s) &&
                                (regionOpen || (current is null && builders.Count == 0))))
            {
                regionWeapons.AddRange(weaponsBySentence.GetValueOrDefault(s) ?? []);
                regionOblasts.UnionWith(places.Select(p => p.Place.Admin1Code!));
            }

            regionOpen = regionLevel || (regionOpen && places.Count == 0 && figures.Count == 0);
            // «…обстріляв м. Нікополь та Марганецьку громаду. Про це повідомив заступник керівника ради оборони. На щастя, обійшлося без
            // жертв»: a sentence that only says who reported the list keeps it open for the zero after it
            if (listedSentence == s - 1 && listedTowns.Count >= 2 && places.Count == 0 && figures.Count == 0 && zeros.Count == 0 && !attack &&
                !DamageStated(document, s) && Enumerable.Range(sentence.FirstToken, sentence.EndToken - sentence.FirstToken)
                    .Any(k => document.Lexicon.SpeechVerbs.Contains(document.Tokens[k].Lower) || document.Lexicon.SpeechVerbs.Contains(document.OriginalLower(k))))
            {
                listedSentence = s;
            }

            if (!relevant)
            {
                if (!past && !tallySentences.Contains(s) && places.Count > 0)
                {
                    // ("the Russian army fired on Beryslav, Tiahynka, Mykilske and the city of Kherson. Three were wounded": the region's)
                    context = TownsOfContextRaion(document, sentence, places, figures, zeros, context)
                        ? context
                        : (builders.Count == 0 ? RoundUpList(document, sentence, places, figures, zeros, context) : null) ?? SentencePlace(places, figures);
                }

                if (current is not null && !tallySentences.Contains(s) && !past && places.All(p => Compatible(current.Place, p.Place)))
                {
                    // "struck a small coastal town near Odesa, killing 21. … the ruins of buildings in the town of Serhiivka": the
                    // unnamed town, named now
                    if (current.Place is { Kind: PlaceKind.Oblast } around && current.Mention is { } landmark &&
                        NearUnnamedSettlement(tokens, landmark.Start, document.Sentences[tokens[landmark.Start].Sentence].FirstToken) &&
                        TownNamedInRegion(places, around, tokens[landmark.Start].Lower) is { } town &&
                        !builders.Any(b => b != current && b.Place is not null && Compatible(b.Place, town.Place) && Rank(b.Place) <= 1))
                    {
                        current.Place = town.Place;
                        current.Mention = town;
                    }

                    AddDamage(document, sentence, current, weaponsBySentence.GetValueOrDefault(s));
                    AddWeapons(BeforeRecap(document, sentence, weaponsBySentence.GetValueOrDefault(s)), current); // "The KAB hit a tram depot."
                    current.Described.Add(s); // "Thousands were left without power."
                }

                continue;
            }

            // "… damaged houses in Torske, Toretsk and Siversk. The strikes did not cause civilian casualties.": a zero that names no
            // place, right after such a list, is said of each town in it
            if (listedSentence == s - 1 && listedTowns.Count >= 2 && places.Count == 0 && figures.Count == 0 && zeros.Count > 0)
            {
                foreach (var town in listedTowns)
                {
                    town.Zeros.AddRange(zeros);
                    town.Sentences.Add(s);
                }

                continue;
            }

            // («Накануне в Волгограде три человека пострадали» after an undated strike on a village of Luhansk region): another place's
            // day is that place's, not the one the report left undated
            if (lead is null && !dayBefore && document.DatesIn(s).FirstOrDefault(d => !d.IsPast) is { End: > 0 } first &&
                !(current?.Place is { } undated && places.Count > 0 && places.All(p => !Compatible(undated, p.Place))))
            {
                lead = first.Date;
                leadSentence = s;
            }

            // two settlements neither of which contains the other: a figure not bound to one of them is stated for both
            var settlements = places.Where(p => Rank(p.Place) <= 1 && p.Place.Name is not null).ToList();
            // «пошкоджено будинки у Кременчуцькому та Лубенському районах»: raions listed where the damage was, with no town
            // named, are each a place of it as listed towns are
            if (settlements.Count == 0 && figures.Count == 0 && listedDamage)
            {
                settlements = places.Where(p => p.Place.Kind == PlaceKind.Raion && p.Place.Name is not null).ToList();
            }
            var withItsArea = settlements.Select(p => AndItsArea(document, p, sentence.EndToken)).ToList();
            var withItsRaion = withItsArea.Contains(TownArea.Raion);
            // ("targeting Kyiv and several other Ukrainian cities": one town named of an uncounted many is a list of towns too)
            var andOthers = settlements.Any(p => AndUncountedOthers(document, p, sentence));
            var severalPlaces = settlements.Any(a => settlements.Any(o => !string.Equals(a.Place.Name, o.Place.Name, StringComparison.OrdinalIgnoreCase))) ||
                                withItsArea.Any(a => a != TownArea.None) || andOthers;
            // "struck Uman in Cherkasy Region, Dnipro and Ukrainka": towns listed, not one town and a landmark ("268 km from Kyiv")
            var townList = (severalPlaces && places.Count(p => ListedSettlement(document, sentence, places, p)) >= 2) || andOthers;
            // "Earlier, officials said the toll had risen to 47": a toll update that names no place goes on the incident it updates
            var marker = lex.Words.NewIncidentMarkers.Contains(tokens[sentence.FirstToken].Lower) &&
                         !(places.Count == 0 && figures.Count > 0 && figures.All(f => (f.Flags & NumberFlags.Revision) != 0));
            var bound = figures.Where(f => f.BoundPlace is not null).Select(f => f.BoundPlace!.Place.Name).Distinct(StringComparer.Ordinal).Count();
            var distributed = bound >= 2;
            var sentencePlace = SentencePlace(places, figures);
            // «За сутки в Луганской области погибли четыре человека, ранены четыре, разрушены 10 домов в Попасной»: a town named only in
            // a clause after the toll that tells damage there is where the houses were, not where the region's toll happened
            if (sentencePlace is not null && DamageClauseTown(document, places, sentencePlace, figures) &&
                places.FirstOrDefault(p => Rank(p.Place) >= 2 && p.End <= figures.Min(f => f.NumberToken) && Compatible(p.Place, sentencePlace.Place)) is { } toldRegion)
            {
                sentencePlace = toldRegion;
            }

            // "Blahovishchenske, Kizomys, Sadove, … and the city of Kherson came under fire", with no incident of their region yet: a
            // list of three or more towns of one oblast stating no number is the region's round-up, not the first town's story
            if (sentencePlace is not null && !listedDamage && RoundUpList(document, sentence, places, figures, zeros, context) is { } listRegion &&
                !builders.Any(b => b.Place is not null && Compatible(b.Place, listRegion.Place)))
            {
                sentencePlace = listRegion;
            }

            // "Nikopol land suffered again today. In the morning the army shelled the Marhanets hromada … by evening it struck Nikopol":
            // a raion that states no figure of its own, with towns of its oblast named after it, only sets the scene; the towns are the
            // incidents. It stays the context: a figure later stated for no town is the raion's.
            // (a raion where damage is stated is an incident of its own, figures or not)
            if (sentencePlace is { Place.Kind: PlaceKind.Raion } raionOnly && figures.Count == 0 && zeros.Count == 0 && !DamageStated(document, s) &&
                !builders.Any(b => b.Place is not null && Compatible(b.Place, raionOnly.Place)) &&
                TownsNamedAfter(document, placesBySentence, s, raionOnly.Place))
            {
                context = raionOnly;
                // ("drones attacked the Chuhuiv raion overnight. In Chuhuiv two were hurt"): the means named for the raion hit its towns
                regionWeapons.AddRange(weaponsBySentence.GetValueOrDefault(s) ?? []);
                regionOblasts.Add(raionOnly.Place.Admin1Code!);
                continue;
            }

            if (sentencePlace is not null)
            {
                // "The Belgorod Region reported two casualties. … In the settlement of Gorkovsky, …": a village the gazetteer does not
                // know, named while a region's incident is being told, is that region's village
                if (current?.Place is { Kind: PlaceKind.Oblast or PlaceKind.Raion, Admin1Code: not null } regionTold &&
                    sentencePlace.Place is { Resolved: false, Kind: null, Admin1Code: null } &&
                    // ("the Carpathian region": an area's name the gazetteer does not know is no village)
                    tokens[sentencePlace.End - 1].Lower is not ("region" or "oblast" or "district" or "raion" or "province" or "area" or "community" or "hromada"))
                {
                    sentencePlace = sentencePlace with { Place = sentencePlace.Place with { Admin1 = regionTold.Admin1, Admin1Code = regionTold.Admin1Code, Country = regionTold.Country } };
                }

                var target = current is not null && Compatible(current.Place, sentencePlace.Place) ? current : builders.FirstOrDefault(b => b.Place is not null && Compatible(b.Place, sentencePlace.Place));
                // (an unnamed place of the region is no town told before: «В одном из районов области …» after Kursk's story)
                if (unnamedAreas.Contains(sentencePlace.Start) && target?.Place is { } townBefore && Rank(townBefore) <= 1)
                {
                    target = builders.FirstOrDefault(b => b.Place is { Kind: PlaceKind.Oblast } o && string.Equals(o.Admin1Code, sentencePlace.Place.Admin1Code, StringComparison.Ordinal));
                }
                // "Four were wounded in the Polohy raion. In the Preobrazhenka community an FPV drone hit a car": a town of the raion whose
                // toll was just told, named with no figure of its own, is where that toll happened
                if (target is null && current is { Place: { Kind: PlaceKind.Raion } toldRaion, Figures.Count: > 0 } && figures.Count == 0 && zeros.Count == 0 &&
                    places.Count == 1 && Rank(sentencePlace.Place) <= 1 && InRaion(sentencePlace.Place, toldRaion) == true)
                {
                    target = current;
                }
                // "In addition, he reported another incident in Donetsk's Kirovskyi district": not the region's toll told of a town
                if (target is { Figures.Count: > 0, Place: { } toldPlace } && IsMoreSpecific(sentencePlace.Place, toldPlace) &&
                    AnotherIncidentIn(document, sentence))
                {
                    target = null;
                }
                // ("… a woman was wounded in the Velyka Pysarivka community. • Today a resident of the Sumy region was killed … • A woman was
                // injured in the Velyka Pysarivka community"): a region's incident does not become a second incident of a town that
                // has its own already; the town's sentence goes on with the town's
                if (target?.Place is { } wideTarget && IsMoreSpecific(sentencePlace.Place, wideTarget) &&
                    IncidentAt(builders, sentencePlace.Place, except: target) is { } town)
                {
                    target = town;
                }
                // "struck Kyiv, Dnipro, Sloviansk and Kramatorsk … in the Donetsk region, at least three people had been killed": a figure
                // told for the region, where two or more of its towns are being reported, is the region's, not one town's
                if (target?.Place is { } townTarget && Rank(townTarget) <= 1 && sentencePlace.Place.Kind == PlaceKind.Oblast && figures.Count > 0 &&
                    builders.Count(b => b.Place is { } p && Rank(p) <= 1 && string.Equals(p.Admin1Code, sentencePlace.Place.Admin1Code, StringComparison.Ordinal)) >= 2)
                {
                    target = builders.FirstOrDefault(b => b.Place is { Kind: PlaceKind.Oblast } p && string.Equals(p.Admin1Code, sentencePlace.Place.Admin1Code, StringComparison.Ordinal));
                }
                // "… a man was wounded in the Sumy community. Yesterday, six people were killed in the Sumy region": the region's toll
                // of another day is no figure of the town's incident told before it
                if (target?.Place is { } dayTown && Rank(dayTown) <= 1 && sentencePlace.Place.Kind == PlaceKind.Oblast && figures.Count > 0 &&
                    document.DatesIn(s).FirstOrDefault(d => !d.IsPast) is { End: > 0 } ownDay &&
                    (target.FirstDatedSentence(document) is var dated and >= 0 ? document.DatesIn(dated).First(d => !d.IsPast).Date : document.Info.Published) is { } townDay &&
                    ownDay.Date != townDay)
                {
                    target = null;
                }

                if (target is null && current is not null && current.Place is null && !marker)
                {
                    target = current;
                }

                // "Sixteen people were killed and 35 were wounded [in the region]. In total, over the day, the occupiers carried out 672
                // strikes on 14 settlements. A woman was wounded in the Polohy District": a place with its own toll after the region's
                // round-up is one of the round-up's incidents, not where the toll told before it happened; nor is a place with no toll
                // ("… 567 attacks across 16 settlements. The city of Zaporizhzhia was among the hardest hit")
                if (target?.Place is { } toldWide && Rank(toldWide) >= 2 && IsMoreSpecific(sentencePlace.Place, toldWide) &&
                    target.Figures.Count > 0 && TollOverTheRegion(document, target, s, townHasToll: figures.Count > 0))
                {
                    target = null;
                }

                // "shelled a village in Kharkiv region, killing three … shelled the village of Kurylivka, injuring a woman": a toll told of
                // a village the report leaves unnamed is that village's, and a town named later is another incident, not its name
                if (target is { UnnamedTown: true, Figures.Count: > 0 } && Rank(sentencePlace.Place) <= 1)
                {
                    target = null;
                }
                else if (target?.Place is { } regionTarget && Rank(regionTarget) >= 2 && Rank(sentencePlace.Place) >= 2 && figures.Count > 0 &&
                         document.UnnamedSettlementBefore(sentencePlace))
                {
                    target.UnnamedTown = true; // (the region's incident the headline started)
                }

                if (target is null)
                {
                    target = new Builder(sentencePlace.Place, sentencePlace)
                    {
                        UnnamedTown = Rank(sentencePlace.Place) >= 2 && (document.UnnamedSettlementBefore(sentencePlace) || unnamedAreas.Contains(sentencePlace.Start)),
                    };
                    builders.Add(target);
                }
                // "Lviv, Stryi, Morshyn and Yavoriv were warned": a sentence listing three or more towns and stating no number does not
                // say which one is the incident's; nor do two towns of a raion named with no number after the raion's toll ("attacked
                // the Nikopol district … A woman was injured. … shelled Nikopol and the Pokrovske community")
                else if (target.Place is null || (IsMoreSpecific(sentencePlace.Place, target.Place) &&
                         // "Multiple settlements in the region, including the city of Bakhmut, came under fire": a town named as one
                         // of several in a sentence with no figure does not say the region's toll was that town's
                         !(figures.Count == 0 && zeros.Count == 0 && NamedAsOneOf(document, sentence, sentencePlace)) &&
                         TownsNamedWithoutNumber(document, sentence, places, figures, zeros) is var towns &&
                         towns < 3 && !(towns >= 2 && target.Place.Kind == PlaceKind.Raion && target.Figures.Count > 0)))
                {
                    // "In Donetsk Oblast, seven people were injured. Three … in Illinivka, three more in Vyshneve": where the town's own
                    // count of a field is smaller than the region's, the region's was their total, not this town's figure
                    if (target.Place is { } wider && Rank(wider) >= 2 && Rank(sentencePlace.Place) < Rank(wider))
                    {
                        // ("shelled three communities in Kharkiv Oblast, killing one. Near the city of Kharkiv, …": a count stated over
                        // several places is no one town's either)
                        // (nor is the region's toll "during the past day": a round-up of the day over all its places)
                        // ("in Shebekino two boys were hurt" after the region's three injured: the town's children are its injured)
                        foreach (var total in target.Figures.Where(t => (t.Flags & NumberFlags.Increment) == 0 &&
                                     (figures.Any(f => SameOrChildren(f.Field, t.Field) && f.Value < t.Value) || CountsPlaces(document, document.Sentences[t.Sentence]) ||
                                      document.RoleOf(t.Sentence) == SentenceRole.RoundUp)).ToList())
                        {
                            target.Figures.Remove(total);
                            target.Doubtful.Add(total with { SubCount = true, WideArea = true });
                        }
                    }

                    if (target.Place is { } region && Rank(region) >= 2 && Rank(sentencePlace.Place) < Rank(region))
                    {
                        target.Widened.AddRange(target.Figures);
                    }

                    // "Russian strikes killed five overnight. Missiles hit Kharkiv, Dnipro and Odesa": a toll that named no place (or
                    // only the region or country), then a list of towns with no split, is over all of them, not the first town's
                    if ((target.Place is null || Rank(target.Place) >= 2) && townList && figures.Count == 0)
                    {
                        foreach (var total in target.Figures.ToList())
                        {
                            target.Figures.Remove(total);
                            target.Doubtful.Add(total with { SubCount = true, SeveralPlaces = true });
                        }
                    }

                    target.Place = sentencePlace.Place;
                    target.Mention = sentencePlace;
                }

                current = target;
            }
            else if (current is not null && !marker && places.Count == 0 && StartsParagraph(document, sentence) &&
                     builders.FirstOrDefault(b => b.Place is not null) is { } reportsOwn && reportsOwn != current && OpenedByAnotherAttack(document, current))
            {
                // "A boy was killed in Kursk … Another attack in Rylsk wounded two. ¶ Three people died at the scene on the city beach": a
                // paragraph naming no place goes back to the report's own incident, not to the one "another attack" set beside it
                current = reportsOwn;
            }
            else if (current is not null && !marker && Restates(builders, current, figures) is { } restated &&
                     // "In Belgorod, a drone hit a bus stop. Six were injured" after six injured in Streletskoye: a toll in the
                     // paragraph that named the current incident's place, and not the other's, is the current one's own
                     !(current.Place is not null && ParagraphNamesPlace(document, s, current) && !ParagraphNamesPlace(document, s, restated)))
            {
                // "At least 13 people died and 87 were wounded": a toll that names no place and repeats an incident's own figures
                // is that incident's, not the one a context sentence in between ("a day after a blast near Kherson") started
                current = restated;
            }
            else if (current is { } zeroed && !marker && figures.Count > 0 && zeros.Count == 0 &&
                     figures.All(f => zeroed.Zeros.Any(z => z.Field == f.Field)) && s + 1 < document.Sentences.Count &&
                     !StartsParagraph(document, document.Sentences[s + 1]) &&
                     placesBySentence.GetValueOrDefault(s + 1)?.FirstOrDefault(p => !document.TitlePlaces.Contains(p.Start) &&
                         !document.DatelinePlaces.Contains(p.Start) && !Compatible(p.Place, zeroed.Place) && !(zeroed.Place is { } z && string.Equals(p.Place.Name, z.Name, StringComparison.Ordinal))) is { } ahead)
            {
                // "No one was hurt [in the city]. … One person was injured. In the Odesa district a drone hit a high-rise": a count naming
                // no place that the incident being told has ruled out is the place the next sentence of its paragraph names
                current = IncidentAt(builders, ahead.Place);
                if (current is null)
                {
                    current = new Builder(ahead.Place, ahead);
                    builders.Add(current);
                }
            }
            else if (current is null || marker)
            {
                var inherited = context is not null && !builders.Any(b => b.Place is not null && Compatible(b.Place, context.Place)) ? context : null;
                current = new Builder(inherited?.Place, inherited);
                builders.Add(current);
            }

            // "shelled Nikopol and struck Marhanets, injuring six": each town attacked is an incident, none takes the shared figure
            var listed = new List<Builder>();
            if (severalPlaces)
            {
                foreach (var other in settlements)
                {
                    // a region's incident does not stand for a town the sentence lists with others where it states only damage
                    if (!builders.Any(b => b.Place is not null && Compatible(b.Place, other.Place) &&
                                           !(listedDamage && figures.Count == 0 && Rank(b.Place) >= 2 && Rank(b.Place) > Rank(other.Place) &&
                                             ListedSettlement(document, sentence, places, other))))
                    {
                        var extra = new Builder(other.Place, other);
                        extra.Sentences.Add(s);
                        // "damaged houses in Toretsk, Chasiv Yar and Siversk": the damage the sentence states is each town's
                        // (not where the list names communities: "Bilopillia, Vorozhba and Richky hromadas")
                        if (ListedSettlement(document, sentence, places, other))
                        {
                            AddDamage(document, sentence, extra, weaponsBySentence.GetValueOrDefault(s));
                            AddWeapons(weaponsBySentence.GetValueOrDefault(s), extra); // "artillery shelled Nikopol and Marhanets": each town's
                            if (listedAttack && figures.Count == 0 && zeros.Count == 0)
                            {
                                listed.Add(extra);
                            }
                        }

                        builders.Add(extra);
                    }
                    else if (figures.Count == 0 && current.Mention is { } head && head.Start == other.Start && current.Place == other.Place &&
                             ListedSettlement(document, sentence, places, other))
                    {
                        // "in Pavlohrad, Kamianske and Vilnohirsk … after a drone attack": the means named after the list are the first
                        // town's as much as the others' (each weapon otherwise goes only to the place nearest to it)
                        AddWeapons(weaponsBySentence.GetValueOrDefault(s), current);
                    }
                }
            }

            // the town the incident went to is in the list as much as the others
            if (listedAttack && figures.Count == 0 && zeros.Count == 0 && current.Mention is { } own && current.Place == own.Place &&
                places.Any(p => p.Start == own.Start && ListedSettlement(document, sentence, places, p)) && !listed.Contains(current))
            {
                listed.Insert(0, current);
            }

            if (listed.Count >= 2)
            {
                listedTowns = listed;
                listedSentence = s;
            }

            if ((townList || withItsRaion) && figures.Count == 0 && zeros.Count == 0)
            {
                // (a region's round-up incident is not one of the towns: a toll after its list is the region's)
                openList = builders.Where(b => b.Place is not null && Rank(b.Place) <= 1 && settlements.Any(p => Compatible(b.Place, p.Place))).ToList();
            }
            else if (places.Count > 0 || marker)
            {
                openList = [];
            }

            current.Sentences.Add(s);
            current.Zeros.AddRange(zeros);
            // the damage of a list of towns is theirs, not the region's that was being reported
            if (!(listed.Count >= 2 && current.Place is { } reported && Rank(reported) >= 2 && !listed.Contains(current)))
            {
                AddDamage(document, sentence, current, weaponsBySentence.GetValueOrDefault(s));
            }

            // a figure bound to no one of several places the sentence (or the list of towns before it) names is none of theirs
            bool OverSeveralPlaces(CasualtyMention f) =>
                (severalPlaces && f.BoundPlace is null) || (places.Count == 0 && openList.Contains(current));
            var regionTotal = places.Count == 0 && current.Place is { } part && Rank(part) <= 2 && figures.Count > 0 && RegionTotal(document, sentence);
            foreach (var f in figures)
            {
                if ((current.Place is { } town && Rank(town) <= 1 && AcrossTheRegionAfter(tokens, f.NumberToken, sentence.EndToken)) ||
                    (places.Count == 0 && InOtherAttacksAfter(tokens, f.NumberToken, sentence.EndToken)) || regionTotal)
                {
                    // («П'ятеро постраждали в області … Маємо пораненого і в Самарівському районі … Загалом у регіоні – п'ятеро»: the lead's
                    // count the raion took over was this same region total)
                    foreach (var taken in regionTotal ? current.Widened.Where(w => w.Field == f.Field && w.Value == f.Value && current.Figures.Contains(w)).ToList() : [])
                    {
                        current.Figures.Remove(taken);
                        current.Doubtful.Add(taken with { SubCount = true, WideArea = true });
                    }

                    // "one person was killed in Rodynske and five more injured across the region": the region's count, not the town's
                    current.Doubtful.Add(f with { SubCount = true, WideArea = true });
                    continue;
                }

                if (current.Place is { } city && Rank(city) <= 1 && RegionTollIncludingCity(document, sentence, placesBySentence.GetValueOrDefault(s) ?? places, city, f))
                {
                    // "Kharkiv Oblast recorded 20 injuries, including four children in the city of Kharkiv": the oblast's toll
                    current.Doubtful.Add(f with { SubCount = true, WideArea = true });
                    continue;
                }

                if ((f.Flags & NumberFlags.Increment) != 0 && f.Field == CasualtyField.Injured &&
                    (figures.Any(k => k.Field == CasualtyField.Killed && k.NumberToken < f.NumberToken && (k.Flags & NumberFlags.Increment) == 0) ||
                     (current.Figures.Any(k => k.Field == CasualtyField.Killed && (k.Flags & NumberFlags.Increment) == 0) &&
                      !InjuredCountedBefore(current))))
                {
                    // "six people had died and eight more were hurt": "more" than the dead, not more than an injured count; so is
                    // "One man was killed. Another three were wounded" while no injured figure came before
                    var injured = f with { Flags = f.Flags & ~NumberFlags.Increment };
                    if (OverSeveralPlaces(injured))
                    {
                        current.Doubtful.Add(injured with { SubCount = true, SeveralPlaces = true });
                    }
                    else
                    {
                        current.Figures.Add(injured);
                    }

                    continue;
                }

                if (VictimsTotal(f, figures))
                {
                    // "46 civilians were injured: 5 were killed and 41 were wounded": the victims, dead included, not the injured
                    current.Doubtful.Add(f with { SubCount = true });
                    continue;
                }

                // (one figure bound to one of several places the sentence names is that place's too: "attacked Kharkiv and
                // Kupiansk, where a woman was killed")
                if ((distributed || severalPlaces) && f.BoundPlace is { } bp)
                {
                    var target = builders.FirstOrDefault(b => Compatible(b.Place, bp.Place) && b.Place is not null);
                    if (target is null)
                    {
                        target = new Builder(bp.Place, bp);
                        builders.Add(target);
                    }

                    target.Figures.Add(f);
                    if (!target.Sentences.Contains(s))
                    {
                        target.Sentences.Add(s);
                    }
                }
                else if (distributed && figures.Any(o => o.BoundPlace is not null && o.Field == f.Field))
                {
                    // the total over several places ("twelve injured: four in Kyiv, …") belongs to none of them
                }
                else if (places.Count == 0 && openList.Contains(current) && (f.Flags & NumberFlags.Increment) == 0 &&
                         context?.Place is { Kind: PlaceKind.Raion, Id: not null } raion &&
                         openList.All(b => InRaion(b.Place!, raion) != false) && openList.Any(b => InRaion(b.Place!, raion) == true))
                {
                    // "attacked the Nikopol raion. Nikopol and the Chervonohryhorivka hromada suffered. A woman of 47 was wounded": a toll
                    // after a list of the towns of the raion just named, split among none of them, is the raion's (a zero after such a
                    // list is each town's: listedTowns above)
                    var area = builders.FirstOrDefault(b => b.Place is not null && Compatible(b.Place, raion) && Rank(b.Place) == Rank(raion));
                    if (area is null)
                    {
                        area = new Builder(raion, context);
                        builders.Add(area);
                    }

                    area.Figures.Add(f);
                    if (!area.Sentences.Contains(s))
                    {
                        area.Sentences.Add(s);
                    }

                    // the towns of the list told nothing of their own: they were the raion's story, not incidents
                    builders.RemoveAll(b => openList.Contains(b) && b.Figures.Count == 0 && b.Zeros.Count == 0 && b.Doubtful.Count == 0 && b.Damage.Count == 0);
                    openList = [];
                    current = area;
                }
                else if (OverSeveralPlaces(f))
                {
                    current.Doubtful.Add(f with { SubCount = true, SeveralPlaces = true });
                    // «обстріли Білопільської та Ворожбянської громад. Загинули троє»: the toll over the listed towns tells that each
                    // was hit, though none takes it
                    foreach (var listedTown in places.Count == 0 ? openList.Where(b => b != current && !b.Sentences.Contains(s)) : [])
                    {
                        listedTown.Sentences.Add(s);
                    }
                }
                else
                {
                    current.Figures.Add(f);
                }
            }

            // each weapon goes to the incident of the place nearest to it in the sentence ("Russian shelling killed two in
            // Vovchansk, while … a Ukrainian rocket salvo injured four in Grayvoron")
            foreach (var w in BeforeRecap(document, sentence, weaponsBySentence.GetValueOrDefault(s)))
            {
                // (in its own clause first: "a man from the Krasnopillia community died after shelling by FPV drones, and in the
                // Bilopillia community …": the drones are Krasnopillia's, though the next clause's place stands nearer)
                var nearest = places.OrderBy(p => ClauseBreaksBetween(tokens, Math.Min(p.Start, w.Start), Math.Max(p.Start, w.Start)))
                    .ThenBy(p => Math.Abs(p.Start - w.Start)).FirstOrDefault();
                // (the town's own incident before its region's: "drones attacked the town of Huliaipole" after the region's shelling)
                var owner = nearest is null ? current
                    : IncidentAt(builders, nearest.Place)
                      // (a district of a city: the city's incident, before its oblast's)
                      ?? builders.FirstOrDefault(b => b.Place is { } p && Rank(p) <= 1 && Compatible(p, nearest.Place))
                      ?? builders.FirstOrDefault(b => b.Place is not null && Compatible(b.Place, nearest.Place)) ?? current;
                if (!owner.Weapons.Contains(w.Weapon))
                {
                    owner.Weapons.Add(w.Weapon);
                }
            }
        }

        // An attack with no figure is an incident only where the text says what it did there: damage or
        // casualties it does not count ("Drones attacked Kyiv" alone, a target, a direction, is not).
        builders.RemoveAll(b => b.Figures.Count == 0 && b.Zeros.Count == 0 && b.Doubtful.Count == 0 &&
            (b.Place is null || (b.Damage.Count == 0 && !b.Sentences.Any(s => HasCasualtyWord(document, document.Sentences[s]) || FireCaused(document, s) || DamageStated(document, s)))));
        // «В Донецкой области убиты 2520 человек»: a region's war-long count, with nothing else told of the place, is no incident
        builders.RemoveAll(b => b.Figures.Count + b.Doubtful.Count > 0 && b.Figures.Concat(b.Doubtful).All(WarScale) &&
                                b.Zeros.Count == 0 && b.Damage.Count == 0 && b.Weapons.Count == 0);
        // "There are no casualties", said of a drone shot down over a region: where drones were downed is no incident place
        // (specs/README.md), so a zero with no damage there is no incident
        builders.RemoveAll(b => b.Figures.Count == 0 && b.Doubtful.Count == 0 && b.Damage.Count == 0 && b.Zeros.Count > 0 &&
            b.Mention is { } m && InterceptionSentence(document, tokens[m.Start].Sentence, tallySentences) &&
            !b.Sentences.Concat(b.Described).Any(s => DamageStated(document, s)));
        // "There were no injuries from any of the attacks" with no place: a zero about nowhere is no incident
        builders.RemoveAll(b => b.Place is null && b.Figures.Count == 0 && b.Doubtful.Count == 0 && b.Damage.Count == 0 && b.Zeros.Count > 0);
        PlaceFromHeadline(document, builders, placesBySentence, headline);
        PlaceFromTitle(document, builders);
        WeaponFromHeadline(document, builders, placesBySentence, headline);
        CityDistrictsAsOne(document, builders, lead);
        CommunityToldAtItsVillage(document, builders);
        TownOnlyNamedBeforeItsRegionsToll(document, builders);
        RegionTollOnFirstTown(builders);
        for (var i = 0; i < builders.Count; i++)
        {
            KeepDoubtfulOff(document, builders[i], builders.Count, i);
        }

        // (to the places of that oblast, or of the one oblast of every incident when none is named; a village the gazetteer
        // does not know counts as in it: the means of a nationwide attack are not each town's)
        // ("Drones attacked the region overnight. Three people were injured": the report's one incident, placed or not, likewise)
        var knownOblasts = builders.Select(b => b.Place?.Admin1Code).OfType<string>().Distinct().ToList();
        var oblast = regionOblasts.Count == 1 ? regionOblasts.First() : knownOblasts.Count == 1 ? knownOblasts[0] : null;
        if (regionWeapons.Count > 0 && regionOblasts.Count <= 1 && (oblast is not null || builders.Count == 1))
        {
            foreach (var b in builders.Where(b => b.Weapons.Count == 0 &&
                                                  (b.Place is null ? builders.Count == 1 : (b.Place.Admin1Code ?? oblast) == oblast) &&
                                                  !b.Sentences.Any(s => (placesBySentence.GetValueOrDefault(s) ?? []).Any(p => p.Place.Admin1Code is { } a && a != oblast))))
            {
                b.Weapons.AddRange(regionWeapons.Select(w => w.Weapon).Distinct());
            }
        }

        var single = builders.Count == 1;
        // ("A recent strike on Vilniansk killed seven … On May 31, five were killed in Kharkiv": a date first told after all of an
        // incident's sentences, in a recap of other places, is not the date of the undated incident told before it)
        var built = builders.Select((b, i) => Build(document, b, b.Sentences.Count == 0 || leadSentence <= b.Sentences.Max() ? lead : null,
            weaponsBySentence, figuresBySentence, single, builders.Count, i)).ToList();
        foreach (var wide in built.Where(i => SumOfItsPlaces(i, built)).ToList())
        {
            built.Remove(wide);
            // "Shelling of the Pokrovsk district killed three … In Myrnohrad, two": the towns were hit by what hit the district
            for (var k = 0; k < built.Count; k++)
            {
                if (built[k].Weapons is [Weapon.Unknown] && wide.Weapons is not [Weapon.Unknown] && built[k].Place?.Admin1Code == wide.Place?.Admin1Code)
                {
                    built[k] = built[k] with { Weapons = wide.Weapons };
                }
            }
        }

        // the one incident of a report that names one region only through its governor's title is that region's; the
        // region's side of the border decides the attacker when the sentences named none (attacks on Russia are Ukraine's)
        if (built is [{ Place: null, Claims.Count: > 0 } placeless] && document.GovernedRegion is { } governed)
        {
            built[0] = placeless with { Place = governed, Attacker = placeless.Attacker ?? (governed.Country == "RU" ? Side.UA : Side.RU) };
        }

        document.Incidents.AddRange(built);
    }

    /// <summary>
    /// "bombardments targeting the cities of Dobropillia and Kharkiv … 3 were killed and 7 injured in a drone attack on the Kharkiv
    /// region": a town named with no toll or damage of its own, whose every figure was stated later in sentences naming only its
    /// region, is that region's incident (the toll was never said to be the town's).
    /// </summary>
    private static void TownOnlyNamedBeforeItsRegionsToll(AnnotatedDocument document, List<Builder> builders)
    {
        foreach (var b in builders)
        {
            // (the town named before the region's toll: "shells fell on the Bryansk region … The strike hit Klintsy" narrows to the town)
            if (b.Place is not { } town || Rank(town) != 1 || b.Damage.Count > 0 || b.Figures.Count == 0 || b.Mention is not { } named ||
                b.Figures.Any(f => f.BoundPlace is not null || !NamesOnlyWider(document, f.Sentence, town) || document.Tokens[named.Start].Sentence >= f.Sentence))
            {
                continue;
            }

            var regions = b.Figures.SelectMany(f => document.PlacesIn(f.Sentence))
                .Where(p => !document.DatelinePlaces.Contains(p.Start) && !document.TitlePlaces.Contains(p.Start))
                .GroupBy(static p => (p.Place.Name, p.Place.Kind)).Select(static g => g.First()).ToList();
            if (regions.Count == 1 && regions[0].Place.Kind == PlaceKind.Oblast && Compatible(regions[0].Place, town) &&
                !builders.Any(o => o != b && o.Place is { } other && string.Equals(other.Name, regions[0].Place.Name, StringComparison.Ordinal)))
            {
                b.Place = regions[0].Place;
                b.Mention = regions[0];
            }
        }
    }

    /// <summary>
    /// «удар по Дергачівській громаді: загинули двоє, ще троє поранені … поблизу села Прудянка … двоє загинули на місці, ще троє
    /// отримали травми»: a village named after its community, with the community's toll told again, is where that one attack
    /// happened; the two are one incident at the village (two would count the dead twice). Only when the village, not named as a
    /// community itself, has the same killed and injured counts as the community, one of them two or more.
    /// </summary>
    private static void CommunityToldAtItsVillage(AnnotatedDocument document, List<Builder> builders)
    {
        static List<(CasualtyField, int)> Tolls(Builder b) =>
            [.. b.Figures.Where(static f => f.Field is CasualtyField.Killed or CasualtyField.Injured).Select(static f => (f.Field, f.Value)).Distinct()];

        for (var i = 0; i < builders.Count; i++)
        {
            var community = builders[i];
            if (community is not { Place: { } area, Mention: { } told } || !document.NamedAsCommunity(told) || Tolls(community) is not { Count: > 0 } own)
            {
                continue;
            }

            // (a toll of two or more, the same set of counts on both: single persons counted alike in two communities are two people)
            // (among the next few incidents only: a long report stays linear)
            var village = builders.Skip(i + 1).Take(10).FirstOrDefault(b => b.Place is { Kind: PlaceKind.Settlement } p && p.District is null &&
                b.Mention is { } named && !document.NamedAsCommunity(named) &&
                string.Equals(p.Admin1Code, area.Admin1Code, StringComparison.Ordinal) && !string.Equals(p.Name, area.Name, StringComparison.Ordinal) &&
                Tolls(b) is { Count: > 0 } its && its.Any(static t => t.Item2 > 1) && its.All(own.Contains) && own.All(its.Contains));
            if (village is null)
            {
                continue;
            }

            village.Sentences.AddRange(community.Sentences.Where(s => !village.Sentences.Contains(s)));
            village.Sentences.Sort();
            village.Figures.InsertRange(0, community.Figures);
            village.Zeros.AddRange(community.Zeros);
            village.Damage.AddRange(community.Damage.Where(d => !village.Damage.Contains(d)));
            village.Weapons.AddRange(community.Weapons.Where(w => !village.Weapons.Contains(w)));
            village.Doubtful.AddRange(community.Doubtful);
            village.Described.AddRange(community.Described);
            builders.RemoveAt(i);
            i--;
        }
    }

    /// <summary>
    /// "In the Darnytskyi district debris fell on cars; no casualties. In the Sviatoshynskyi district one person was injured. In
    /// the Solomianskyi district one person was injured": one attack on a city told district by district is the city's one
    /// incident (specs/README.md: two or more districts of one city → the city, <c>district</c> null; the Ukrainian set's
    /// convention says the same of zeros). The district incidents of one city and day are merged into the first. What each
    /// district counts is a part of the city's toll, not the toll: a field counted in two or more districts stays a low claim
    /// (<c>district_part</c>; their sum is stated nowhere, and a later district's count may repeat an earlier one's dead), as
    /// does a district's count beside a count said of the city itself; a field counted in one district only is the city's.
    /// A zero said of one district is not the city's zero.
    /// </summary>
    private void CityDistrictsAsOne(AnnotatedDocument document, List<Builder> builders, DateOnly? lead)
    {
        var groups = builders
            .Where(b => b.Place is { Kind: PlaceKind.City or PlaceKind.Settlement or PlaceKind.CityDistrict })
            .GroupBy(b => (b.Place!.Name, b.Place.Admin1Code, DateOf(document, b, lead)))
            .Where(g => DistinctDistricts(g.Select(b => b.Place!.District).OfType<string>()) > 1)
            .ToList();
        foreach (var group in groups)
        {
            var parts = group.ToList();
            var city = parts.Where(b => b.Place!.District is null).ToList();
            var districts = parts.Where(b => b.Place!.District is not null).ToList();
            var into = parts[0];
            var merged = new Builder(CityOf(districts[0].Place!), into.Mention);
            foreach (var b in parts)
            {
                merged.Sentences.AddRange(b.Sentences);
                merged.Damage.AddRange(b.Damage);
                merged.Weapons.AddRange(b.Weapons.Where(w => !merged.Weapons.Contains(w)));
                merged.Doubtful.AddRange(b.Doubtful);
                merged.Described.AddRange(b.Described);
                merged.Widened.AddRange(b.Widened);
            }

            merged.Sentences.Sort();
            // ("Kyiv was attacked. No one was killed. In the Dniprovskyi district …"): what an incident was told before its
            // district was named is said of the city
            var cityFigures = city.SelectMany(b => b.Figures)
                .Concat(districts.SelectMany(b => b.Figures.Where(f => f.Sentence < FirstDistrictSentence(document, b)))).ToList();
            merged.Figures.AddRange(cityFigures);
            merged.Zeros.AddRange(city.SelectMany(b => b.Zeros)
                .Concat(districts.SelectMany(b => b.Zeros.Where(z => z.Sentence < FirstDistrictSentence(document, b)))));
            var districtFigures = districts.SelectMany(b => b.Figures.Where(f => !cityFigures.Contains(f)).Select(f => (b, f))).ToList();
            foreach (var field in districtFigures.Select(x => x.f.Field).Distinct().ToList())
            {
                var counting = districtFigures.Where(x => x.f.Field == field).ToList();
                var asCity = counting.Select(x => x.b).Distinct().Count() == 1 && !cityFigures.Any(f => f.Field == field);
                foreach (var (_, f) in counting)
                {
                    (asCity ? merged.Figures : merged.Doubtful).Add(asCity ? f : f with { Doubt = "district_part" });
                }
            }

            var at = builders.IndexOf(into);
            builders.RemoveAll(parts.Contains);
            builders.Insert(at, merged);
        }
    }

    /// <summary>"Kherson's Dnipro district" and "the Dniprovskyi district" are one district: names one of which starts the other count once.</summary>
    private static int DistinctDistricts(IEnumerable<string> districts)
    {
        var kept = new List<string>();
        foreach (var d in districts.OrderBy(d => d.Length))
        {
            if (!kept.Any(k => d.StartsWith(k, StringComparison.OrdinalIgnoreCase)))
            {
                kept.Add(d);
            }
        }

        return kept.Count;
    }

    /// <summary>The first of an incident's sentences that names a district of its city (its sentences' count otherwise).</summary>
    private static int FirstDistrictSentence(AnnotatedDocument document, Builder b) =>
        b.Sentences.Where(s => document.PlacesIn(s).Any(p => p.Place.District is not null &&
                                                            string.Equals(p.Place.Name, b.Place!.Name, StringComparison.Ordinal)))
            .DefaultIfEmpty(int.MaxValue).Min();

    /// <summary>
    /// "In Sumy region, four people were killed … Yampil community – two women were killed …; Vorozhba community – two men were
    /// killed": a toll stated for the region, whose incident the first town named after it narrowed, is that town's only when the
    /// report tells of no other town of the region with a count of the same field. When another town of that oblast has its own
    /// count (a figure or a low claim), the region's toll was the towns' total: a low claim (<c>region_wide_total</c>), never the
    /// first town's figure.
    /// </summary>
    private static void RegionTollOnFirstTown(List<Builder> builders)
    {
        foreach (var b in builders.Where(b => b.Widened.Count > 0 && b.Place is { } town && Rank(town) <= 2))
        {
            foreach (var total in b.Widened.Where(b.Figures.Contains).ToList())
            {
                var field = Family(total.Field);
                if (builders.Any(o => o != b && o.Place is { } other && Rank(other) <= 2 && other.Admin1Code == b.Place!.Admin1Code &&
                                      !string.Equals(other.Name, b.Place.Name, StringComparison.OrdinalIgnoreCase) &&
                                      o.Figures.Concat(o.Doubtful).Any(f => Family(f.Field) == field)))
                {
                    b.Figures.Remove(total);
                    b.Doubtful.Add(total with { SubCount = true, WideArea = true });
                }
            }
        }

        static CasualtyField Family(CasualtyField f) => f switch
        {
            CasualtyField.ChildrenKilled => CasualtyField.Killed,
            CasualtyField.ChildrenInjured => CasualtyField.Injured,
            _ => f,
        };
    }

    /// <summary>
    /// Figures the real-text dev sets say are wrong more often than right when stated (docs/extraction-scores.md, "Confidence
    /// calibration"; derived on one half of the sets and kept only where it held on the other): they stay low-confidence claims
    /// and never become the incident's figure. A figure of an incident that names no place (<c>unplaced</c>: 7 of 9 wrong) is
    /// no one place's toll. A figure bound to no place whose sentence and the sentence before name none of the incident's place
    /// was attached by position only, and is as often another incident's or the report's total (<c>place_not_named</c>): in a
    /// report of three or more incidents when its paragraph up to it never names the place either (6 of 6 wrong), and for
    /// any incident but the report's first (6 of 6 wrong).
    /// </summary>
    private static void KeepDoubtfulOff(AnnotatedDocument document, Builder b, int incidents, int index)
    {
        for (var i = b.Figures.Count - 1; i >= 0; i--)
        {
            var f = b.Figures[i];
            // attached to this incident by position only: bound to no place, and neither its sentence nor the one before names it
            var byPosition = f.BoundPlace is null && !SentenceNamesPlace(document, f.Sentence, b, single: false) &&
                             !(f.Sentence > 0 && SentenceNamesPlace(document, f.Sentence - 1, b, single: false)) &&
                             // ("Four people were injured and are being treated. Minor fires also occurred in other parts of Lviv.")
                             !(f.Sentence + 1 < document.Sentences.Count && !StartsParagraph(document, document.Sentences[f.Sentence + 1]) &&
                               SentenceNamesPlace(document, f.Sentence + 1, b, single: false) &&
                               // (unless that sentence gives the place a smaller count of its own: "three civilians were injured in
                               // the region's attacks … in Shebekino two boys were hurt": the three were the region's)
                               !b.Figures.Any(o => o.Sentence == f.Sentence + 1 && SameOrChildren(o.Field, f.Field) && o.Value < f.Value));
            var doubt = f.Value <= 0 ? null
                : b.Place is null && !(incidents == 1 && document.GovernedRegion is not null) ? "unplaced"
                : byPosition && (index > 0 || (incidents >= 3 && !ParagraphNamesPlace(document, f.Sentence, b)) || (b.Place is not null && !NamedBefore(document, f.Sentence, b))) ? "place_not_named"
                : EarlierQuote(document, f.NumberToken) && b.Figures.Any(o => o.Field == f.Field && !EarlierQuote(document, o.NumberToken)) ? "earlier_statement"
                : null;
            if (doubt is not null)
            {
                b.Doubtful.Add(f with { Doubt = doubt });
                b.Figures.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// The report names the incident's place before the figure's sentence (its headline included): a toll told before its
    /// place is ever named, and not beside it, belongs to no place the reader has been given.
    /// </summary>
    private static bool NamedBefore(AnnotatedDocument document, int sentence, Builder b)
    {
        foreach (var p in document.Places)
        {
            if (document.Tokens[p.Start].Sentence >= sentence)
            {
                return false;
            }

            if (!document.DatelinePlaces.Contains(p.Start) && Compatible(p.Place, b.Place))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// «"…известно о четырех пострадавших…", - написал он ранее», "…, he had said earlier": a figure quoted from what the official
    /// posted before is an older figure of the incident, not its current one.
    /// </summary>
    private static bool EarlierQuote(AnnotatedDocument document, int token)
    {
        var tokens = document.Tokens;
        var at = tokens[token].Start;
        foreach (var quote in document.Quotes)
        {
            // (quotation spans are character offsets)
            if (at < quote.Open || at >= quote.Close)
            {
                continue;
            }

            var after = token;
            while (after < tokens.Count && tokens[after].Start < quote.Close)
            {
                after++;
            }

            for (var k = after; k < Math.Min(tokens.Count, after + 8) && tokens[k].Lower is not "." and not "!" and not "?"; k++)
            {
                if (document.Lexicon.Words.EarlierWords.Contains(tokens[k].Lower))
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    /// <summary>
    /// "Three killed and two wounded in Pokrovsk district … In Myrnohrad 2 killed and 1 wounded … In Kurakhove one killed and one
    /// wounded": a raion's or oblast's toll that is the sum of the tolls of two or more towns of the same oblast reported beside it
    /// is their total, not an attack of its own.
    /// </summary>
    /// <summary>
    /// "Russia Attacked Kherson, At Least 17 Injured" over a body that says only "the city's central area": when the report's
    /// one incident names no place, the body names none outside officials' titles and datelines, and the headline names
    /// exactly one place, that place is the incident's (the headline gives no figure, only where the body's figures are).
    /// </summary>
    private static void PlaceFromHeadline(AnnotatedDocument document, List<Builder> builders, Dictionary<int, List<PlaceMention>> placesBySentence, int headline)
    {
        var top = HeadlineTop(document, headline);
        if (top == 0 || top == document.Sentences.Count || OnlyUnplaced(document, builders) is not { } only)
        {
            return;
        }

        var inHeadline = Enumerable.Range(0, top).SelectMany(s => placesBySentence.GetValueOrDefault(s) ?? []).Where(p => Locates(document, p)).ToList();
        // a recap ("Нагадаємо, у місті Шостка …") names another incident's place, not this one's
        var inBody = placesBySentence.Where(kv => kv.Key >= top && document.RoleOf(kv.Key) is not (SentenceRole.Boilerplate or SentenceRole.Background))
            .SelectMany(kv => kv.Value).Any(p => Locates(document, p));
        if (inBody || inHeadline.Count == 0)
        {
            return;
        }

        // "… по Ізюму на Харківщині": a town with its own oblast is the town
        var town = inHeadline.FirstOrDefault(p => p.Place.Kind is PlaceKind.City or PlaceKind.Settlement);
        var chosen = town ?? inHeadline[0];
        if (inHeadline.Any(p => !string.Equals(p.Place.Name, chosen.Place.Name, StringComparison.OrdinalIgnoreCase) &&
                                !(town is not null && p.Place.Kind == PlaceKind.Oblast && Compatible(p.Place, town.Place))))
        {
            return;
        }

        // a region in the headline over a body whose town the gazetteer missed ("a car hit a mine in Kharkiv region" over "on
        // the edge of Balakliia") is not where it happened: a region places the incident only when the official who reports it
        // speaks for that region («… на Житомирщині» over «очільник Житомирської ОВА»)
        if (town is null && !(chosen.Place.Kind == PlaceKind.Oblast && document.GovernedRegion?.Admin1Code == chosen.Place.Admin1Code))
        {
            return;
        }

        only.Place = chosen.Place;
        only.Mention = chosen;
    }

    /// <summary>
    /// The report's one incident when it has no place: the only builder, or the only one beside incidents told in recaps alone
    /// («Напомним, в ночь на 26 февраля … атаковали Запорожье»).
    /// </summary>
    private static Builder? OnlyUnplaced(AnnotatedDocument document, List<Builder> builders) =>
        builders.Count(b => b.Place is null) == 1 &&
        builders.All(b => b.Place is null || b.Sentences.All(s => document.RoleOf(s) == SentenceRole.Background))
            ? builders.First(b => b.Place is null)
            : null;

    /// <summary>A place that can locate an incident: in Ukraine or Russia, and no official's title or dateline.</summary>
    private static bool Locates(AnnotatedDocument document, PlaceMention p) =>
        p.Place.Country is null or "UA" or "RU" &&
        !document.TitlePlaces.Contains(p.Start) && !document.DatelinePlaces.Contains(p.Start);

    /// <summary>
    /// «Об этом сообщил глава Кировоградской ОВА … Травмирован один человек. Напомним, … атаковали Запорожье»: the report's one
    /// incident, beside incidents told only in recaps, takes the region its official governs (<see cref="AnnotatedDocument.GovernedRegion"/>,
    /// found by TitleRegion) as the lone incident does when the incidents are built.
    /// </summary>
    private static void PlaceFromTitle(AnnotatedDocument document, List<Builder> builders)
    {
        if (document.GovernedRegion is { } governed && builders.Count > 1 && OnlyUnplaced(document, builders) is { } only)
        {
            only.Place = governed;
        }
    }

    /// <summary>
    /// The sentences before the body: a page's title set apart ("Latest news" above it) is not taken for the headline, so the
    /// unpunctuated lines before the first sentence of the body count too.
    /// </summary>
    private static int HeadlineTop(AnnotatedDocument document, int headline)
    {
        var top = headline;
        while (top < document.Sentences.Count &&
               (document.RoleOf(top) == SentenceRole.Boilerplate || document.Text[document.Sentences[top].End - 1] is not ('.' or '!' or '?' or '…' or '"' or '”' or ':')))
        {
            top++;
        }

        return top == document.Sentences.Count ? 0 : top;
    }

    /// <summary>
    /// "Ten Injured … In Russian Drone Strike On Kharkiv" over a body that names the weapon only in a recap ("As reported earlier,
    /// … a Molniya-type unmanned aerial vehicle"): when the report's one incident has no weapon of its own and the headline names
    /// one exact weapon (not "shelling" or "rockets") and no place other than the incident's, that weapon is the incident's.
    /// </summary>
    private static void WeaponFromHeadline(AnnotatedDocument document, List<Builder> builders, Dictionary<int, List<PlaceMention>> placesBySentence, int headline)
    {
        var top = HeadlineTop(document, headline);
        if (top == 0 || builders is not [{ Weapons.Count: 0 } only])
        {
            return;
        }

        var named = document.Weapons.Where(w => !w.Generic && document.Tokens[w.Start].Sentence < top).Select(static w => w.Weapon).Distinct().ToList();
        var elsewhere = Enumerable.Range(0, top).SelectMany(s => placesBySentence.GetValueOrDefault(s) ?? [])
            .Any(p => !document.TitlePlaces.Contains(p.Start) && (only.Place is null || !Compatible(only.Place, p.Place)));
        if (named is [var weapon] && weapon != Weapon.Unknown && !elsewhere)
        {
            only.Weapons.Add(weapon);
        }
    }

    /// <summary>"(two of them in Dnipro)", «(двоє з них у Дніпрі)», «(трое из них в Харькове)»: a place in brackets that says where part of a count is.</summary>
    private static bool WhereSomeOfThemAre(List<Token> tokens, SentenceSpan sentence, int place)
    {
        for (var k = place - 1; k >= Math.Max(sentence.FirstToken, place - 6); k--)
        {
            if (tokens[k].Lower is "(" or "[")
            {
                return Enumerable.Range(k + 1, place - k - 1).Any(j => j > k + 1 && tokens[j].Lower is "them" or "них" && tokens[j - 1].Lower is "of" or "з" or "із" or "из");
            }

            if (tokens[k].Lower is ")" or "]")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Kyiv and surrounding region", "Kherson city and oblast": a toll said of a city and its region together is neither the
    /// city's nor (unless the text says so) the region's alone; so is one said of a city and its own raion ("Belgorod and the
    /// Belgorod district"). Which of the two follows the town, if either.
    /// </summary>
    private static TownArea AndItsArea(AnnotatedDocument document, PlaceMention town, int end)
    {
        var tokens = document.Tokens;
        var k = town.End;
        if (k < end && tokens[k].Lower == "city")
        {
            k++;
        }

        if (k >= end || tokens[k].Lower != "and")
        {
            return TownArea.None;
        }

        k++;
        while (k < end && document.Lexicon.Words.WholeRegionWords.Contains(tokens[k].Lower))
        {
            k++;
        }

        // "the city of Belgorod and the Belgorod district", «Нікополь і Нікопольський район»: the town's own raion
        if (k < end && document.PlaceAt(k) is { Place.Kind: PlaceKind.Raion } raion && raion.Place.Admin1Code == town.Place.Admin1Code &&
            raion.Place.Name is { } raionName && town.Place.Name is { } townName && townName.Length >= 4 &&
            raionName.StartsWith(townName[..^1], StringComparison.OrdinalIgnoreCase))
        {
            return TownArea.Raion;
        }

        // "Zaporizhzhia and the surrounding district": the district around a town is its raion
        return k >= end ? TownArea.None :
            tokens[k].Lower is "region" or "oblast" or "province" ? TownArea.Region :
            tokens[k].Lower is "district" or "raion" && tokens[k - 1].Lower is "its" or "surrounding" ? TownArea.Raion : TownArea.None;
    }

    private enum TownArea
    {
        None,
        Raion,
        Region,
    }

    private static bool SumOfItsPlaces(ReportIncident wide, List<ReportIncident> all)
    {
        if (wide.Place is not { } area || Rank(area) < 2 || (wide.Killed is null && wide.Injured is null) || area.Admin1Code is null)
        {
            return false;
        }

        // (a village the gazetteer cannot place is counted with the region's towns: the sums must still meet exactly)
        var parts = all.Where(i => i != wide && i.Place is { } p && Rank(p) <= 1 && (p.Admin1Code is null || string.Equals(p.Admin1Code, area.Admin1Code, StringComparison.Ordinal)) &&
                                   (i.Killed is > 0 || i.Injured is > 0)).ToList();
        return parts.Count >= 2 &&
               (wide.Killed is not { } k || parts.Sum(i => i.Killed ?? 0) == k) &&
               (wide.Injured is not { } n || parts.Sum(i => i.Injured ?? 0) == n);
    }

    /// <summary>
    /// "on Friday", "Tuesday's": a date that names its day of the week. Said of a day before the incident being reported it is
    /// an earlier attack ("Five were killed … on Friday, he said in an earlier update"), wherever it stands in the sentence.
    /// </summary>
    private static bool IsWeekday(AnnotatedDocument document, DateMention date)
    {
        for (var k = date.Start; k < date.End; k++)
        {
            var word = document.Tokens[k].Lower;
            if (document.Lexicon.Weekdays.ContainsKey(word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool StartsParagraph(AnnotatedDocument document, SentenceSpan sentence)
    {
        for (var i = sentence.Start - 1; i >= 0; i--)
        {
            var c = document.Text[i];
            if (c == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Zaporizhzhia Governor", "governor of the Kherson region", "Sumy regional administration": a title of the region's government.</summary>
    private static bool RegionalTitle(AnnotatedDocument document, PlaceMention p)
    {
        var tokens = document.Tokens;
        for (var k = p.End; k < Math.Min(tokens.Count, p.End + 3); k++)
        {
            if (document.Lexicon.Words.RegionalTitleAfter.Contains(tokens[k].Lower))
            {
                return true;
            }
        }

        for (var k = p.Start - 1; k >= Math.Max(0, p.Start - 3); k--)
        {
            if (document.Lexicon.Words.RegionalTitleBefore.Contains(tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The oblast a city or settlement is in, as the gazetteer has it; null when it has none.</summary>
    private PlaceRef? RegionOf(PlaceMention p)
    {
        // a city that is a region of its own ("Kyiv City") has no oblast above it to name
        if (p.Place.Kind is not (PlaceKind.City or PlaceKind.Settlement) || p.Place.Admin1 is not { } admin1 ||
            string.Equals(admin1, p.Place.Name + " City", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return gazetteer.Geocode(admin1, new GeocodeContext(p.Place.Admin1Code))
            .FirstOrDefault(c => c.Kind == PlaceKind.Oblast && string.Equals(c.Admin1Code, p.Place.Admin1Code, StringComparison.Ordinal))
            ?.ToPlaceRef(p.Place.Mention);
    }

    /// <summary>"Thursday's strike", "Monday's attack": the day of the attack the report is about, not an earlier one.</summary>
    private static bool NamesAttackDay(AnnotatedDocument document, DateMention date) =>
        document.Tokens[date.Start].Lower.EndsWith("'s", StringComparison.Ordinal) || document.Tokens[date.Start].Lower.EndsWith("’s", StringComparison.Ordinal) ||
        (date.End < document.Tokens.Count && document.Tokens[date.End].Lower is "'s" or "’s") ? IsAttackNounAfter(document, date.End) || IsAttackNounAfter(document, date.End + 1) : false;

    /// <summary>"May 14", "1 January": a date that names its month, not a relative one ("yesterday") a daily round-up also uses for its own day.</summary>
    private static bool IsCalendarDate(AnnotatedDocument document, DateMention date)
    {
        for (var k = date.Start; k < date.End; k++)
        {
            if (document.Lexicon.Months.ContainsKey(document.Tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The mayor put the toll at 11 wounded … the governor said eight were hurt": two named sources give different exact totals
    /// for the field, the later one smaller, and nothing says which is current (no "rose to"): neither is the figure, both stay claims.
    /// </summary>
    private static bool SourcesDisagree(AnnotatedDocument document, List<CasualtyMention> figures, CasualtyField field)
    {
        const NumberFlags notTotals = NumberFlags.Increment | NumberFlags.Additive | NumberFlags.Revision;
        // per sentence, in text order, its own total: the larger of its stated total and the persons it names one by one
        var stated = figures.Where(f => f.Field == field)
            .GroupBy(f => f.Sentence)
            .Where(g => g.All(f => (f.Flags & notTotals) == 0 && f.Qualifier == Qualifier.Exact && !f.Inferred))
            .OrderBy(g => g.Key)
            .Select(g => (Singles: g.Where(f => (f.Flags & NumberFlags.Article) != 0).Sum(f => f.Value),
                          Total: g.Where(f => (f.Flags & NumberFlags.Article) == 0).Select(f => f.Value).DefaultIfEmpty(0).Max(),
                          Source: document.ClaimantOf(g.Key)?.Claimant.Name))
            // the least a sentence can mean ("three killed, among them a woman": 3) and the most ("two women and a man": 3)
            .Select(x => (Least: Math.Max(x.Singles, x.Total), Most: x.Singles + x.Total, Counted: x.Total > 0, x.Source))
            .Where(x => x.Source is not null)
            .ToList();
        // a toll that only grows from one source to the next is a running update (the last is current); a later, smaller one
        // from another source ("the mayor said 11 … the governor said eight") leaves nothing saying which is right; a later
        // sentence that only names persons one by one ("the mayor said a man lost his wife") tells of some of them, no toll
        for (var i = 0; i < stated.Count; i++)
        {
            for (var j = i + 1; j < stated.Count; j++)
            {
                if (stated[j].Counted && stated[j].Most < stated[i].Least && !string.Equals(stated[i].Source, stated[j].Source, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>An injured count that is the sum of a killed and another injured count stated after it in the same sentence (its breakdown).</summary>
    private static bool VictimsTotal(CasualtyMention f, List<CasualtyMention> figures) =>
        f.Field == CasualtyField.Injured && (f.Flags & NumberFlags.Article) == 0 &&
        figures.Any(k => k.Field == CasualtyField.Killed && k.Value > 0 && k.NumberToken > f.NumberToken &&
                         figures.Any(i => i != f && i.Field == CasualtyField.Injured && i.Value > 0 && i.NumberToken > f.NumberToken && k.Value + i.Value == f.Value));

    /// <summary>
    /// The incident (not the current one) that already has every killed and injured count the sentence states, when the
    /// current one has none of them; null otherwise.
    /// </summary>
    private static Builder? Restates(List<Builder> builders, Builder current, List<CasualtyMention> figures)
    {
        static bool Toll(CasualtyMention f) => f.Field is CasualtyField.Killed or CasualtyField.Injured && (f.Flags & NumberFlags.Article) == 0 && f.Value > 1 &&
                                               !f.SubCount && !f.PartCount;
        var tolls = figures.Where(Toll).ToList();
        if (tolls.Count == 0 || tolls.Any(t => current.Figures.Any(f => f.Field == t.Field && f.Value == t.Value)))
        {
            return null;
        }

        return builders.FirstOrDefault(b => b != current && tolls.All(t => b.Figures.Any(f => f.Field == t.Field && f.Value == t.Value)));
    }

    /// <summary>The sentence tells of drones or missiles brought down, and of nothing they damaged ("destroyed" there is the interception).</summary>
    private static bool InterceptionSentence(AnnotatedDocument document, int s, HashSet<int> tallySentences)
    {
        var lex = document.Lexicon;
        var sentence = document.Sentences[s];
        if (!tallySentences.Contains(s) && !lex.InterceptCues.Contains(document.Tokens, sentence.FirstToken, sentence.EndToken))
        {
            return false;
        }

        return !DamageStated(document, s);
    }

    /// <summary>
    /// "the enemy attacked Lutsk with drones, causing a fire", «виникла пожежа»: a fire the attack started is damage even where the
    /// text names nothing that burned (a damage category).
    /// </summary>
    private static bool FireCaused(AnnotatedDocument document, int s)
    {
        var sentence = document.Sentences[s];
        return document.Lexicon.Words.FireStarted.Contains(document.Tokens, sentence.FirstToken, sentence.EndToken);
    }

    /// <summary>A damage word that is neither the interception ("destroyed a drone") nor negated ("no damage").</summary>
    private static bool DamageStated(AnnotatedDocument document, int s)
    {
        var lex = document.Lexicon;
        var sentence = document.Sentences[s];
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var t = document.Tokens[k].Lower;
            // a word of the attack itself ("the attack took place", "strikes") says nothing was damaged
            var damageWord = lex.Words.DamageVerbs.Contains(t) && (!lex.AttackWords.Contains(t) || t is "damaged" or "destroyed");
            if (damageWord && lex.InterceptCues.MatchAt(document.Tokens, k, sentence.EndToken).Length == 0 &&
                !(k > sentence.FirstToken && document.Tokens[k - 1].Lower is "no" or "without") && !NegatedInList(document, sentence, k) &&
                !NegatedAfter(document, sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"with no casualties or damage", "without injuries and damage": the word is the second of a negated pair.</summary>
    private static bool NegatedInList(AnnotatedDocument document, SentenceSpan sentence, int k)
    {
        var tokens = document.Tokens;
        if (k - 2 < sentence.FirstToken || tokens[k - 1].Lower is not ("or" or "and"))
        {
            return false;
        }

        for (var j = k - 2; j >= Math.Max(sentence.FirstToken, k - 4); j--)
        {
            if (tokens[j].Lower is "no" or "without")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// «Станом на 18:30 …», «По состоянию на утро …», "As of 6 p.m. …": sentence <paramref name="s"/>, or one of the two before it
    /// (after <paramref name="after"/>), opens with the time a status was taken, so its counts are the latest told.
    /// </summary>
    private static bool LaterStatus(AnnotatedDocument document, int s, int after)
    {
        for (var k = s; k >= Math.Max(after + 1, s - 2); k--)
        {
            var first = document.Sentences[k].FirstToken;
            if (first + 2 < document.Sentences[k].EndToken &&
                (document.OriginalLower(first), document.OriginalLower(first + 1), document.OriginalLower(first + 2)) is ("станом", "на", _) or ("as", "of", _) or ("по", "состоянию", "на"))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] AreaStems = ["район", "сел", "сіл", "населен", "громад", "district", "village", "settlement", "communit", "town"];

    /// <summary>«в одном из районов области», «в одному з сіл області», "in one of the region's districts": the span, else null.</summary>
    private static (int Start, int End)? OneOfTheRegionsAreas(AnnotatedDocument document, SentenceSpan sentence)
    {
        for (var k = sentence.FirstToken; k + 3 < sentence.EndToken; k++)
        {
            if (document.OriginalLower(k) is not ("одном" or "одному" or "one") || document.OriginalLower(k + 1) is not ("из" or "з" or "із" or "of"))
            {
                continue;
            }

            // (an area of it: «по одному з інфраструктурних об'єктів області» is a target, no place)
            int region = -1, area = -1;
            for (var j = k + 2; j < Math.Min(sentence.EndToken, k + 6) && (region < 0 || area < 0); j++)
            {
                var word = document.OriginalLower(j);
                region = region < 0 && RegionNouns.Contains(word) ? j : region;
                area = area < 0 && AreaStems.Any(stem => word.StartsWith(stem, StringComparison.Ordinal)) ? j : area;
            }

            if (region >= 0 && area >= 0)
            {
                return (k, Math.Max(region, area) + 1);
            }
        }

        return null;
    }

    /// <summary>«пострадавших и повреждений нет», «руйнувань немає»: a Slavic damage noun whose negation follows it.</summary>
    private static bool NegatedAfter(AnnotatedDocument document, SentenceSpan sentence, int k)
    {
        for (var j = k + 1; j < Math.Min(sentence.EndToken, k + 3); j++)
        {
            // («повреждено не менее десяти домов», «не только»: a qualifier, no negation)
            if (document.OriginalLower(j) is "нет" or "немає" or "нема" ||
                (document.OriginalLower(j) == "не" && !(j + 1 < sentence.EndToken && document.OriginalLower(j + 1) is "менее" or "меньше" or "менше" or "только" or "тільки" or "лише")))
            {
                return true;
            }

            if (document.Tokens[j].Kind == TokenKind.Punct)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The date an incident has so far: the first date of its own sentences, else the lead's.</summary>
    private static DateOnly? DateOf(AnnotatedDocument document, Builder b, DateOnly? lead) =>
        b.FirstDatedSentence(document) is var s and >= 0 ? document.DatesIn(s).First(x => !x.IsPast).Date : lead;

    /// <summary>Casualty words with no figure ("several killed") make a sentence about an attack, unless they are about soldiers.</summary>
    private static bool HasCasualtyWord(AnnotatedDocument document, SentenceSpan sentence)
    {
        var found = false;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var t = document.Tokens[k].Lower;
            if (document.Lexicon.MilitaryNouns.Contains(t))
            {
                return false;
            }

            found |= document.Lexicon.CasualtyCues.ContainsKey(t);
        }

        return found;
    }

    private static bool IsAttackNounAfter(AnnotatedDocument document, int from)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        for (var k = from; k < Math.Min(tokens.Count, from + 3); k++)
        {
            if (lex.AttackWords.Contains(tokens[k].Lower) || lex.Weapons.MatchAt(tokens, k, tokens.Count).Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"… comes two days after a barrage of missiles killed seven": the means of the recalled attack are not this one's.</summary>
    private static List<WeaponMention> BeforeRecap(AnnotatedDocument document, SentenceSpan sentence, List<WeaponMention>? mentions)
    {
        if (mentions is null or [])
        {
            return [];
        }

        var recapFrom = Enumerable.Range(sentence.FirstToken, sentence.EndToken - sentence.FirstToken)
            .FirstOrDefault(k => CasualtyRecognizer.ComesAfter(document.Tokens, k, sentence.EndToken), sentence.EndToken);
        return [.. mentions.Where(w => w.Start < recapFrom)];
    }

    private static void AddWeapons(List<WeaponMention>? mentions, Builder builder)
    {
        foreach (var w in mentions ?? [])
        {
            if (!builder.Weapons.Contains(w.Weapon))
            {
                builder.Weapons.Add(w.Weapon);
            }
        }
    }

    /// <summary>
    /// A first line of four or more words with no closing punctuation, followed by more text, is a headline: the number of
    /// sentences on it (a tag after the title, "… three injured. PHOTOS", makes the whole line the headline); 0 when there is none.
    /// Lines with no letters before it ("1 653 2", a page's counters) are page furniture and skipped with it.
    /// </summary>
    private static int HeadlineSentences(AnnotatedDocument document)
    {
        var sentences = document.Sentences;
        var furniture = 0;
        while (furniture < sentences.Count - 1 && !HasLetter(document.Text.AsSpan(sentences[furniture].Start, sentences[furniture].End - sentences[furniture].Start)))
        {
            furniture++;
        }

        var n = furniture;
        while (n < sentences.Count - 1 && !document.Text.AsSpan(sentences[n].End, sentences[n + 1].Start - sentences[n].End).Contains('\n'))
        {
            n++;
        }

        if (n >= sentences.Count - 1)
        {
            return furniture;
        }

        var last = document.Text[sentences[n].End - 1];
        return last is not ('.' or '!' or '?' or '…' or '"' or '”' or ':') && sentences[n].EndToken - sentences[furniture].FirstToken >= 4 ? n + 1 : furniture;
    }

    private static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An attack word that says a strike landed, not only that something was damaged ("hit", «обстріляли»; not "damaged").</summary>
    private static bool StrikeLanded(AnnotatedDocument document, SentenceSpan sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var w = document.Tokens[k].Lower;
            if (document.Lexicon.AttackWords.Contains(w) && w is not ("damaged" or "destroyed"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasAttackWord(AnnotatedDocument document, SentenceSpan sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (document.Lexicon.AttackWords.Contains(document.Tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A town or village in a list of places ("in Hostre, Torske, Toretsk, and Siversk") that is not a list of communities or
    /// districts named after their centres ("Bilopillia, Vorozhba and Richky hromadas", "Lymany hromada").
    /// </summary>
    private static bool ListedSettlement(AnnotatedDocument document, SentenceSpan sentence, List<PlaceMention> places, PlaceMention place)
    {
        // a raion counts only in a list of raions with no town beside them (a town and its raion are no list)
        if (place.Place.Kind is not (PlaceKind.City or PlaceKind.Settlement) &&
            !(place.Place.Kind == PlaceKind.Raion && places.All(p => p.Place.Kind is PlaceKind.Raion or PlaceKind.Oblast) &&
              places.Where(p => p.Place.Kind == PlaceKind.Raion).Select(p => p.Place.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() >= 2))
        {
            return false;
        }

        var tokens = document.Tokens;
        var k = place.End;
        var listed = false;
        while (k < sentence.EndToken)
        {
            if (tokens[k].Lower is "," or "and" or "or" or ")")
            {
                k++;
                continue;
            }

            // "Uman (Cherkasy Region), Dnipro", "Uman in Cherkasy Region, Dnipro": the town's region between two towns of a list
            if (tokens[k].Lower is "(" or "in" && places.FirstOrDefault(p => p.Start == k + 1) is { Place.Kind: PlaceKind.Oblast } region)
            {
                k = region.End;
                continue;
            }

            var next = places.FirstOrDefault(p => p.Start == k);
            if (next is null)
            {
                break;
            }

            listed = true;
            k = next.End;
        }

        for (var j = place.Start - 1; j >= sentence.FirstToken && !listed; j--)
        {
            if (tokens[j].Lower is not ("," or "and" or "or"))
            {
                listed = places.Any(p => p.End == j + 1 && p.Start < place.Start && tokens[j + 1].Lower is "," or "and" or "or");
                break;
            }
        }

        var areas = document.Lexicon.Words.AreaPlurals;
        var after = k < sentence.EndToken ? tokens[k].Lower : "";
        return listed && !(after.Length > 0 && (areas.Contains(after) || areas.Contains(after + "s") ||
                                                (after.EndsWith('y') && areas.Contains(after[..^1] + "ies"))));
    }

    /// <summary>A place after "warned of" / "warned about" (words.json warningWords) in its sentence, with no full clause between.</summary>
    private static bool WarnedOf(AnnotatedDocument document, SentenceSpan sentence, int place)
    {
        var tokens = document.Tokens;
        // «Загрозу балістичного озброєння оголошено на більшій частині території України, включно з Києвом», "an alert was declared
        // across the east, including Kharkiv": the places an alert was declared in, after its noun and verb (nothing damaged there)
        var words = document.Lexicon.Words;
        int noun = -1, verb = -1;
        for (var k = sentence.FirstToken; k < place; k++)
        {
            var word = document.OriginalLower(k);
            noun = noun < 0 && (words.AlertNouns.Contains(word) || words.AlertNouns.Contains(tokens[k].Lower)) ? k : noun;
            verb = verb < 0 && (words.AlertVerbs.Contains(word) || words.AlertVerbs.Contains(tokens[k].Lower)) ? k : verb;
        }

        if (noun >= 0 && verb >= 0 && !DamageStated(document, tokens[place].Sentence))
        {
            return true;
        }

        for (var k = place - 1; k > sentence.FirstToken; k--)
        {
            if (tokens[k].Lower is ";" or ":")
            {
                return false;
            }

            if (document.Lexicon.Words.WarningWords.Contains(tokens[k].Lower) && k + 1 < place && document.Lexicon.Words.WarningObjects.Contains(tokens[k + 1].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"shelled about 20 localities", "struck Kherson and 18 other settlements": the sentence counts the places hit.</summary>
    /// <summary>
    /// Whether the region's toll told before sentence <paramref name="s"/> was over the region, not the town <paramref name="s"/>
    /// names: a round-up came after the toll, or a count of places came anywhere from the region's naming on ("shelled 18
    /// settlements of the region. One was killed"), or the toll's own sentences were a round-up while the town has no toll and
    /// no later sentence gives one («За минулу добу … обстрілів Херсона та області. Одна людина загинула. По Херсону ворог випустив
    /// 46 снарядів»).
    /// </summary>
    private static bool TollOverTheRegion(AnnotatedDocument document, Builder region, int s, bool townHasToll)
    {
        var first = Math.Min(region.Figures.Min(static t => t.Sentence), region.Mention is { } named ? document.Tokens[named.Start].Sentence : s);
        var last = region.Figures.Max(static t => t.Sentence);
        bool? tollFollows = null;
        for (var r = first; r < s; r++)
        {
            if (CountsPlaces(document, document.Sentences[r]))
            {
                return true;
            }

            if (document.RoleOf(r) == SentenceRole.RoundUp &&
                (r > last || (!townHasToll && !(tollFollows ??= document.Casualties.Any(c => c.Sentence > s && !c.Past)))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool CountsPlaces(AnnotatedDocument document, SentenceSpan sentence)
    {
        return sentence.FirstToken < sentence.EndToken &&
               document.NumbersIn(document.Tokens[sentence.FirstToken].Sentence).Any(n => n.IsCount && n.End < sentence.EndToken &&
                   PlaceCount.PluralAfter(document, sentence, n.End) >= 0);
    }

    /// <summary>A count of <paramref name="field"/> or of the children among it (killed and children killed, injured and children injured).</summary>
    private static bool SameOrChildren(CasualtyField field, CasualtyField of) =>
        field == of || (of == CasualtyField.Killed && field == CasualtyField.ChildrenKilled) || (of == CasualtyField.Injured && field == CasualtyField.ChildrenInjured);

    /// <summary>
    /// "Kyiv and several other Ukrainian cities", "Kharkiv and other towns", «Київ та низка інших міст», "Lviv and neighbouring
    /// villages": a town then "and", words of an uncounted number, "other" or "around it" (at least one), at most one capitalised
    /// adjective and a plural of places.
    /// </summary>
    private static bool AndUncountedOthers(AnnotatedDocument document, PlaceMention place, SentenceSpan sentence)
    {
        var tokens = document.Tokens;
        var words = document.Lexicon.Words;
        var k = place.End;
        if (k + 2 >= sentence.EndToken || tokens[k].Lower != "and")
        {
            return false;
        }

        k++;
        var vague = 0;
        var around = false;
        while (k < sentence.EndToken && k <= place.End + 5 && (words.UncountedQuantifiers.Contains(tokens[k].Lower) || words.MoreWords.Contains(tokens[k].Lower) ||
                                                              words.SurroundingWords.Contains(document.OriginalLower(k))))
        {
            around |= words.SurroundingWords.Contains(document.OriginalLower(k));
            vague++;
            k++;
        }

        // «Херсон и соседние сёла»: the places around a town, whatever noun names them
        if (around && k < sentence.EndToken && tokens[k].Kind == TokenKind.Word && document.PlaceAt(k) is null && !words.PluralsOfNoPlacesHit.Contains(tokens[k].Lower))
        {
            return true;
        }

        if (vague > 0 && k < sentence.EndToken && tokens[k].Capitalized && tokens[k].Kind == TokenKind.Word && document.PlaceAt(k) is null)
        {
            k++;
        }

        return vague > 0 && k < sentence.EndToken && words.AreaPlurals.Contains(tokens[k].Lower) && !words.PluralsOfNoPlacesHit.Contains(tokens[k].Lower);
    }

    /// <summary>
    /// "Kherson and 18 other settlements", "the city of Kherson and eight more settlements in the region", "Kherson and another
    /// 25 settlements": a town followed by "and", a count, "other"/"more" and a plural of places is one of those the report counts.
    /// </summary>
    private static bool OneOfCounted(AnnotatedDocument document, PlaceMention place, SentenceSpan sentence)
    {
        var tokens = document.Tokens;
        var k = place.End;
        // "Zaporizhzhia, Orikhiv, Huliaipole and 15 other settlements": a list that names its towns says where each was hit
        if (k + 3 >= sentence.EndToken || tokens[k].Lower != "and" ||
            document.PlacesIn(document.Tokens[place.Start].Sentence).Any(p => p.Start != place.Start && p.Place.Kind is PlaceKind.City or PlaceKind.Settlement &&
                !string.Equals(p.Place.Name, place.Place.Name, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // "Kherson and another 25 settlements": the word that makes them others may come before the count
        var before = document.Lexicon.Words.MoreWords.Contains(tokens[k + 1].Lower) ? 1 : 0;
        var number = document.NumberIndexAt(k + 1 + before);
        if (number < 0 || !document.Numbers[number].IsCount)
        {
            return false;
        }

        k = document.Numbers[number].End;
        return k + 1 < sentence.EndToken && (before == 1 || document.Lexicon.Words.MoreWords.Contains(tokens[k].Lower)) &&
               PlaceCount.PluralAfter(document, sentence, k) >= 0;
    }

    /// <summary>
    /// A sentence that lists three or more cities or villages of one oblast (a region's daily round-up: "Tomyna Balka, Tiahynka,
    /// Mykhailivka, … were under fire") and states no number: the place it stands for is that oblast, with the list's first mention;
    /// or the raion the report has just named as the area attacked, when every town of the list is in it ("attacked Nikopol district
    /// … They hit Nikopol, Myrove, Marhanets communities": Nikopol Raion's round-up, not the oblast's; two or more of the towns are
    /// known to be in it and none known to be elsewhere).
    /// </summary>
    private PlaceMention? RoundUpList(AnnotatedDocument document, SentenceSpan sentence, List<PlaceMention> places, List<CasualtyMention> figures, List<ZeroMention> zeros,
        PlaceMention? context)
    {
        if (figures.Count > 0 || zeros.Count > 0 ||
            Enumerable.Range(sentence.FirstToken, sentence.EndToken - sentence.FirstToken).Any(k => document.Tokens[k].Kind == TokenKind.Number))
        {
            return null;
        }

        // (a village whose name the gazetteer found in another oblast does not make it a list over two: the oblast of three or more)
        var groups = places.Where(p => p.Place.Kind is PlaceKind.City or PlaceKind.Settlement && p.Place.Admin1Code is not null)
            .GroupBy(p => p.Place.Admin1Code, StringComparer.Ordinal)
            .Where(g => g.Select(p => p.Place.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() >= 3)
            .ToList();
        if (groups.Count != 1)
        {
            return null;
        }

        var first = groups[0].First();
        if (context?.Place is { Kind: PlaceKind.Raion, Id: { } raionId } raion &&
            string.Equals(raion.Admin1Code, first.Place.Admin1Code, StringComparison.Ordinal))
        {
            // in the raion, elsewhere, or not known (a village the gazetteer holds no raion for)
            var inRaion = groups[0].Select(p => InRaion(p.Place, raion)).ToList();
            if (!inRaion.Contains(false) && inRaion.Count(x => x == true) >= 2)
            {
                return first with { Place = raion };
            }
        }

        return RegionOf(first) is { } region ? first with { Place = region } : null;
    }

    private bool? InRaion(PlaceRef town, PlaceRef raion) => gazetteer.InRaion(town, raion);

    /// <summary>
    /// "attacked the Nikopol raion. Nikopol and the Marhanets hromada suffered. A man of 51 was wounded": a sentence that states
    /// no number and names two or more towns of the raion just named as the area attacked leaves that raion the context, so a
    /// toll later told for no town is the raion's, not the first town's.
    /// </summary>
    private bool TownsOfContextRaion(AnnotatedDocument document, SentenceSpan sentence, List<PlaceMention> places, List<CasualtyMention> figures,
        List<ZeroMention> zeros, PlaceMention? context)
    {
        if (context?.Place is not { Kind: PlaceKind.Raion, Id: not null } raion || TownsNamedWithoutNumber(document, sentence, places, figures, zeros) < 2 ||
            places.Any(p => p.Place.Kind is not (PlaceKind.City or PlaceKind.Settlement) && !Compatible(raion, p.Place)))
        {
            return false;
        }

        var inRaion = places.Where(p => p.Place.Kind is PlaceKind.City or PlaceKind.Settlement).Select(p => InRaion(p.Place, raion)).ToList();
        return !inRaion.Contains(false) && inRaion.Contains(true);
    }

    /// <summary>How many towns or villages a sentence that states no number (no figure, no zero, no digits) names; 0 when it states one.</summary>
    private static int TownsNamedWithoutNumber(AnnotatedDocument document, SentenceSpan sentence, List<PlaceMention> places, List<CasualtyMention> figures, List<ZeroMention> zeros) =>
        figures.Count > 0 || zeros.Count > 0 ||
        Enumerable.Range(sentence.FirstToken, sentence.EndToken - sentence.FirstToken).Any(k => document.Tokens[k].Kind == TokenKind.Number)
            ? 0
            : places.Where(p => p.Place.Kind is PlaceKind.City or PlaceKind.Settlement).Select(p => p.Place.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count();

    /// <summary>"including the embattled city of Bakhmut", "among them Vovchansk": the place is named as one of several.</summary>
    private static bool NamedAsOneOf(AnnotatedDocument document, SentenceSpan sentence, PlaceMention place)
    {
        var tokens = document.Tokens;
        for (var k = place.Start - 1; k >= Math.Max(sentence.FirstToken, place.Start - 6); k--)
        {
            if (document.Lexicon.Words.OneOfSeveralMarkers.Contains(tokens[k].Lower))
            {
                return true;
            }

            if (tokens[k].Kind == TokenKind.Punct)
            {
                return false;
            }
        }

        return false;
    }

    private static void AddDamage(AnnotatedDocument document, SentenceSpan sentence, Builder builder, List<WeaponMention>? weapons)
    {
        var tokens = document.Tokens;
        var hasVerb = false;
        for (var k = sentence.FirstToken; k < sentence.EndToken && !hasVerb; k++)
        {
            hasVerb = document.Lexicon.Words.DamageVerbs.Contains(tokens[k].Lower);
        }

        if (!hasVerb)
        {
            return;
        }

        foreach (var m in document.Lexicon.Damage.FindAll(tokens, sentence.FirstToken, sentence.EndToken))
        {
            // "an unmanned aerial vehicle" is the weapon, not a damaged vehicle
            if (weapons is not null && weapons.Any(w => w.Start < m.End && m.Start < w.End))
            {
                continue;
            }

            if (!builder.Damage.Contains(m.Value))
            {
                builder.Damage.Add(m.Value);
            }
        }
    }

    private static PlaceMention? SentencePlace(List<PlaceMention> places, List<CasualtyMention> figures)
    {
        if (places.Count == 0)
        {
            return null;
        }

        // The most specific place; among equals the first. A city inside a named oblast wins over the oblast.
        return places.OrderBy(p => Rank(p.Place)).ThenBy(p => p.Start).First();
    }

    /// <summary>
    /// Whether <paramref name="town"/>, a settlement, is named only after every figure of the sentence, in a clause of its own (after a
    /// comma or semicolon that follows the last figure) that states damage.
    /// </summary>
    private static bool DamageClauseTown(AnnotatedDocument document, List<PlaceMention> places, PlaceMention town, List<CasualtyMention> figures)
    {
        if (figures.Count == 0 || Rank(town.Place) > 1 || figures.Any(f => f.NumberToken > town.Start) ||
            places.Any(p => p.Start < town.Start && string.Equals(p.Place.Name, town.Place.Name, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var tokens = document.Tokens;
        var lastFigure = figures.Max(f => f.NumberToken);
        var clauseStart = -1;
        for (var k = town.Start - 1; k > lastFigure; k--)
        {
            if (tokens[k].Lower is "," or ";")
            {
                clauseStart = k + 1;
                break;
            }
        }

        return clauseStart > 0 && document.Lexicon.Damage.FindAll(tokens, clauseStart, town.Start).Any();
    }

    private static int Rank(PlaceRef place) => place.Kind switch
    {
        _ when place.District is not null => 0,
        PlaceKind.CityDistrict => 0,
        PlaceKind.City or PlaceKind.Settlement => 1,
        null => 1,
        PlaceKind.Raion => 2,
        PlaceKind.Oblast => 3,
        _ => 4,
    };

    private static bool IsMoreSpecific(PlaceRef candidate, PlaceRef current) => Rank(candidate) < Rank(current);

    /// <summary>The incident of exactly this place (kind, name and oblast), other than <paramref name="except"/>, if any.</summary>
    private static Builder? IncidentAt(List<Builder> builders, PlaceRef place, Builder? except = null) =>
        builders.FirstOrDefault(b => b != except && b.Place is { } p && p.Kind == place.Kind && string.Equals(p.Name, place.Name, StringComparison.Ordinal) &&
                                     string.Equals(p.Admin1Code, place.Admin1Code, StringComparison.Ordinal));

    /// <summary>The incident's first sentence opens with "Another attack …" (words.json anotherAttackOpeners, as written).</summary>
    private static bool OpenedByAnotherAttack(AnnotatedDocument document, Builder incident) =>
        incident.Sentences.Count > 0 && document.Sentences[incident.Sentences.Min()].FirstToken is var start &&
        document.Lexicon.Words.AnotherAttackOpeners.Any(phrase => document.WrittenAt(phrase, start));

    /// <summary>The sentence says it tells another incident (words.json anotherIncident, as written).</summary>
    private static bool AnotherIncidentIn(AnnotatedDocument document, SentenceSpan sentence) =>
        document.AnyWrittenIn(document.Lexicon.Words.AnotherIncident, sentence.FirstToken, sentence.EndToken);

    /// <summary>Same place, or one inside the other's oblast (a city and its oblast, a district and its city).</summary>
    private static bool Compatible(PlaceRef? a, PlaceRef? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase))
        {
            return a.District is null || b.District is null || string.Equals(a.District, b.District, StringComparison.OrdinalIgnoreCase);
        }

        if (a.Admin1Code is not null && string.Equals(a.Admin1Code, b.Admin1Code, StringComparison.Ordinal))
        {
            // "Pavlohrad" and "Pavlohrad district": a city and the raion named after it are one story told at two scales
            return a.Kind == PlaceKind.Oblast || b.Kind == PlaceKind.Oblast || NamedAfter(a, b) || NamedAfter(b, a);
        }

        // "wounded in annexed Crimea … Sevastopol Governor said": the peninsula holds Sevastopol, a region of its own in the codes
        return InCrimea(a, b) || InCrimea(b, a);
    }

    private static bool InCrimea(PlaceRef region, PlaceRef place) =>
        region is { Kind: PlaceKind.Oblast, Admin1Code: "UA-43" } && place.Admin1Code == "UA-40";

    /// <summary>
    /// Whether a later sentence names a town or village inside the raion (as the gazetteer has it), not as an official's title or a
    /// dateline; a village the gazetteer does not know counts when it is placed in the raion's oblast.
    /// </summary>
    private bool TownsNamedAfter(AnnotatedDocument document, Dictionary<int, List<PlaceMention>> placesBySentence, int sentence, PlaceRef raion) =>
        raion.Admin1Code is not null && raion.Id is not null &&
        placesBySentence.Where(kv => kv.Key > sentence).SelectMany(kv => kv.Value).Any(p =>
            p.Place.Kind is PlaceKind.City or PlaceKind.Settlement or null && p.Place.District is null &&
            string.Equals(p.Place.Admin1Code, raion.Admin1Code, StringComparison.Ordinal) &&
            (p.Place.Id is { } id ? string.Equals(gazetteer.RaionIdOf(id), raion.Id, StringComparison.Ordinal) : !p.Place.Resolved) &&
            !document.TitlePlaces.Contains(p.Start) && !document.DatelinePlaces.Contains(p.Start));

    private static bool NamedAfter(PlaceRef raion, PlaceRef city) => RaionMembership.NamedAfter(raion, city);

    private ReportIncident Build(AnnotatedDocument document, Builder b, DateOnly? lead, Dictionary<int, List<WeaponMention>> weaponsBySentence,
        Dictionary<int, List<CasualtyMention>> figuresBySentence, bool single, int incidents, int index)
    {
        var tokens = document.Tokens;
        // "Tuesday's missile strike", "Monday's attack": the day of the attack, over the day something was reported
        DateOnly? date = null;
        foreach (var s in b.Sentences)
        {
            foreach (var d in document.DatesIn(s))
            {
                if (!d.IsPast && tokens[d.Start].Lower.EndsWith("'s", StringComparison.Ordinal) && IsAttackNounAfter(document, d.End))
                {
                    date ??= d.Date;
                }
            }
        }

        foreach (var s in b.Sentences)
        {
            if (date is not null)
            {
                break;
            }

            var d = document.DatesIn(s).FirstOrDefault(x => !x.IsPast);
            if (d.End > 0)
            {
                date = d.Date;
            }
        }

        var precision = DatePrecision.Day;
        date ??= lead;
        if (date is null)
        {
            date = document.Info.Published;
            precision = DatePrecision.Reported;
        }

        var weapons = new List<Weapon>(b.Weapons);
        // "A missile struck the city … injured in the Russian shelling": news call any attack shelling, rockets or an air
        // strike; those words name the weapon only when nothing more exact is said of the incident
        if (weapons.Any(w => document.Weapons.Any(m => m.Weapon == w && !m.Generic)))
        {
            weapons.RemoveAll(w => document.Weapons.Where(m => m.Weapon == w).All(m => m.Generic));
        }

        if (weapons.Count == 0)
        {
            weapons.Add(Weapon.Unknown); // the text names no weapon
        }

        var attacker = Attacker(document, b);

        // "Early reports indicate no casualties" and then 17 injured: a "no casualties" (killed and injured at once) that the
        // incident's own counts overturn was an early report, not a figure
        if (b.Figures.Concat(b.Doubtful.Where(d => d.Doubt is not null)).Any(f => f.Field is CasualtyField.Killed or CasualtyField.Injured or CasualtyField.ChildrenKilled or CasualtyField.ChildrenInjured && f.Value > 0))
        {
            b.Zeros.RemoveAll(z => b.Zeros.Any(o => o.Sentence == z.Sentence && o.Field != z.Field) &&
                                   z.Field is CasualtyField.Killed or CasualtyField.Injured);
        }

        // "the Kyivskyi and Slobidskyi districts": several districts of the city, so the incident is the city's
        var place = b.Place;
        if (place?.District is not null)
        {
            var districts = b.Sentences.SelectMany(document.PlacesIn)
                .Select(p => p.Place)
                .Where(p => p.District is not null && string.Equals(p.Name, place.Name, StringComparison.Ordinal))
                .Select(p => p.District!).Distinct(StringComparer.Ordinal).Count();
            var plural = b.Sentences.Any(s => Enumerable.Range(document.Sentences[s].FirstToken, document.Sentences[s].EndToken - document.Sentences[s].FirstToken)
                .Any(k => tokens[k].Lower == "districts" || PluralDistrict(document.OriginalLower(k))));
            // «Двое мирных жителей пострадали при ударе по Горловке … поврежден ряд домостроений в Никитовском районе»: the figures
            // are told of the city, the district only of some of the damage
            var figureSentences = b.Figures.Select(f => f.Sentence).Distinct().ToList();
            var toldOfCity = figureSentences.Count > 0 &&
                             figureSentences.Any(s => document.PlacesIn(s).Any(p => p.Place.District is null && p.Place.Kind is PlaceKind.City &&
                                                                                     string.Equals(p.Place.Name, place.Name, StringComparison.Ordinal))) &&
                             !figureSentences.Any(s => document.PlacesIn(s).Any(p => p.Place.District is not null &&
                                                                                     string.Equals(p.Place.Name, place.Name, StringComparison.Ordinal))) &&
                             // (not "the blasts had hit the central Shevchenko district": where the strike itself landed)
                             !b.Sentences.Any(s => document.PlacesIn(s).Any(p => p.Place.District is not null) && StrikeLanded(document, document.Sentences[s]));
            if (districts > 1 || plural || toldOfCity)
            {
                place = CityOf(place);
            }
        }
        // Per sentence: single persons named one by one add up ("an infant and his mother"), a stated
        // total stands for itself; across sentences the largest total is the figure, unless a later
        // revision ("rose to 12") replaces it. Increments ("three more") count only when nothing else does.
        int? Value(CasualtyField field, CasualtyField? childField = null)
        {
            bool Is(CasualtyMention f) => f.Field == field || (childField is { } c && f.Field == c);
            var pool = Counted(b.Figures, Is);
            // "two men and a woman were killed … five more people were injured": "more" after a count of the other field in its
            // sentence sets the injured beside the dead, it adds to no count of the injured (as "others" does)
            bool MoreBesideOtherField(CasualtyMention f) =>
                (f.Flags & NumberFlags.Increment) != 0 && f.Field == field &&
                figuresBySentence.GetValueOrDefault(f.Sentence) is { } inSentence &&
                inSentence.Any(o => o.NumberToken < f.NumberToken && !Is(o) && o.Field != CasualtyField.Hit && (o.Flags & NumberFlags.Increment) == 0) &&
                !inSentence.Any(o => o.NumberToken < f.NumberToken && Is(o));
            var figures = pool.Where(f => Is(f) && ((f.Flags & NumberFlags.Increment) == 0 || MoreBesideOtherField(f))).ToList();
            // («Пострадали десятки человек. Ещё 20 человек, среди которых трое детей, погибли»: children counted after an increment in
            // its own sentence are part of it, no count the 20 would add to; read as an increment of the children, the toll was 3.
            // A child counted in a sentence before stays the base: "a child was hurt. Three more people were injured" is four)
            if (!figures.Any(f => f.Field == field) &&
                figures.All(c => pool.Any(i => i.Field == field && (i.Flags & NumberFlags.Increment) != 0 && i.Sentence == c.Sentence && i.NumberToken < c.NumberToken)))
            {
                figures = [.. figures, .. pool.Where(f => f.Field == field)];
            }

            // "the number of victims … has increased to 59" beside "injured 328 others": a revision whose field was only guessed from an
            // ambiguous noun (the victims may be the dead) does not overturn a count stated as this field
            var revisions = figures.Where(f => f.Field == field && (f.Flags & NumberFlags.Revision) != 0 &&
                                               !(f.Inferred && figures.Any(o => o.Field == field && !o.Inferred && o.Value != f.Value))).ToList();
            if (revisions.Count > 0)
            {
                // tolls are revised upwards ("rose to 49"); a report that recalls an older step ("later … had risen to 47")
                // after the latest one must not bring the older value back
                // …unless another source later gives a higher toll without the word ("revised that down to 12 … police said 13 had been killed")
                var lastRevision = revisions.Max(f => f.NumberToken);
                var reviser = document.ClaimantOf(revisions.First(f => f.NumberToken == lastRevision).Sentence)?.Claimant;
                // (…or a later status gives it: «Вже згодом кількість постраждалих збільшилася до 20» then «Станом на 18:30 … Поранення
                // отримали 52 людини»)
                var later = figures.Where(f => f.Field == field && f.NumberToken > lastRevision &&
                                               (f.Flags & (NumberFlags.Revision | NumberFlags.Increment | NumberFlags.Article | NumberFlags.Additive)) == 0 &&
                                               ((document.ClaimantOf(f.Sentence)?.Claimant is { Kind: not ClaimantKind.Unattributed } source && source != reviser) ||
                                                LaterStatus(document, f.Sentence, tokens[lastRevision].Sentence)))
                    .Select(f => f.Value).DefaultIfEmpty(0).Max();
                return Math.Max(revisions.Max(f => f.Value), later);
            }

            if (SourcesDisagree(document, figures, field))
            {
                return null;
            }

            int? best = null;
            var bestToken = -1;
            var additive = 0;
            // "a resident was killed …, and another woman was wounded": "another" sets the wounded beside the dead counted before it in
            // its sentence (whichever incident they went to); it adds to no count of the wounded, so it is one of them as "a woman" is
            bool BesideOtherField(CasualtyMention f) =>
                (f.Flags & NumberFlags.Additive) != 0 && f.Field == field &&
                figuresBySentence.GetValueOrDefault(f.Sentence) is { } inSentence &&
                inSentence.Any(o => o.NumberToken < f.NumberToken && !Is(o) && o.Field != CasualtyField.Hit) &&
                !inSentence.Any(o => o.NumberToken < f.NumberToken && Is(o));

            // a group and the one joined to it: a few words apart, no punctuation but a hyphen between
            bool Adjacent(CasualtyMention group, CasualtyMention more) =>
                more.NumberToken - group.NumberToken <= 5 &&
                Enumerable.Range(group.NumberToken, more.NumberToken - group.NumberToken).All(k => tokens[k].Kind != TokenKind.Punct || tokens[k].Lower == "-");

            foreach (var sentence in figures.GroupBy(f => f.Sentence))
            {
                var singles = sentence.Where(f => (f.Flags & NumberFlags.Article) != 0 || BesideOtherField(f)).Sum(f => f.Value);
                // "a woman and two children were injured", «жінка та двоє дітей», "a woman and two men": children counted right after
                // "and" and a count of the field, or a group right after one person, are more of those the verb counts, not the same ones
                // (two groups of adults are added up where they are read: "four officers and five civilians")
                var joined = 0;
                foreach (var more in sentence.Where(f => (f.Field == childField || (f.Field == field && singles > 0)) && (f.Flags & NumberFlags.Article) == 0 &&
                                                         CasualtyRecognizer.AndBefore(tokens, f.NumberToken) >= 0))
                {
                    // (the group right before, words only between: not "Three injured: a mother and two children")
                    // ("a child and two women": the one person before may be a child)
                    if (sentence.Where(o => (o.Field == field || (more.Field == field && (o.Flags & NumberFlags.Article) != 0 && Is(o))) &&
                                            o.NumberToken < more.NumberToken).MaxBy(o => o.NumberToken) is { } group &&
                        (more.Field != field || (group.Flags & NumberFlags.Article) != 0) &&
                        !sentence.Any(o => o.NumberToken > group.NumberToken && o.NumberToken < more.NumberToken) && Adjacent(group, more))
                    {
                        joined = Math.Max(joined, ((group.Flags & NumberFlags.Article) != 0 ? singles : group.Value) + more.Value);
                    }
                }

                // "two women and a child", «двое детей и мужчина»: one person after "and" and a counted group of the other kind (adults
                // and a child, children and an adult) is one more of those the verb counts
                if (childField is { } kid)
                {
                    foreach (var one in sentence.Where(f => (f.Flags & NumberFlags.Article) != 0 && f.NumberToken > 0 && tokens[f.NumberToken - 1].Lower == "and"))
                    {
                        if (sentence.Where(o => o.NumberToken < one.NumberToken).MaxBy(o => o.NumberToken) is { } group &&
                            (group.Flags & NumberFlags.Article) == 0 &&
                            ((group.Field == field && one.Field == kid) || (group.Field == kid && one.Field == field)) && Adjacent(group, one))
                        {
                            joined = Math.Max(joined, group.Value + one.Value);
                        }
                    }
                }

                var totals = sentence.Where(f => f.Field == field && (f.Flags & (NumberFlags.Article | NumberFlags.Additive)) == 0).Select(f => f.Value).DefaultIfEmpty(0).Max();
                var own = sentence.Any(f => f.Field == field || (f.Flags & NumberFlags.Article) != 0) ? Math.Max(Math.Max(singles, totals), joined) : (int?)null;
                if (own is { } v && (best is null || v > best))
                {
                    best = v;
                    bestToken = sentence.Max(f => f.NumberToken);
                }
            }

            // ("15 people are known to be injured, one of them a child. Another person was killed", restating a lead of one killed and
            // 15 injured: "another" sets the dead beside the injured just counted, it adds no death to those the report already counted)
            additive = figures.Count(f => (f.Flags & NumberFlags.Additive) != 0 && f.Field == field && !BesideOtherField(f) &&
                                          !(best >= f.Value && AfterOtherFieldsOnly(f)) && !CompletesBreakdown(f));

            // "Five were injured. Three are in hospital. Two more were treated on the spot", "Four were killed … three died under the
            // rubble. Another woman died in hospital": a part after the total and one more that make the total again break it down;
            // so do they while still short of it («ранили семерых … осколками ранило четырех … Еще одна женщина пострадала», the rest
            // told in words no count was read from): the stated total is kept rather than passed
            bool CompletesBreakdown(CasualtyMention f) =>
                // (the part may be the children: "a woman and two children were hurt … two children … also a woman of 72")
                best is { } total && b.Figures.Concat(b.Doubtful).Any(part => (part.Field == field || (childField is { } kid && part.Field == kid)) && part.Value < total &&
                    (part.Flags & (NumberFlags.Increment | NumberFlags.Additive)) == 0 &&
                    part.NumberToken > bestToken && part.NumberToken < f.NumberToken && part.Value + f.Value <= total);

            bool AfterOtherFieldsOnly(CasualtyMention f)
            {
                var before = b.Figures.Concat(b.Doubtful).Where(o => o.Sentence < f.Sentence).Select(static o => o.Sentence).DefaultIfEmpty(-1).Max();
                return before >= 0 && b.Figures.Concat(b.Doubtful).Where(o => o.Sentence == before).All(o => o.Field != field && !(childField is { } c && o.Field == c));
            }

            // "An elderly man was killed … one more resident died hours later": increments add to what was counted
            var increments = pool.Count(f => f.Field == field) > figures.Count(f => f.Field == field)
                // "two more sought help … in total, 27 injured": an increment stated before a total is already in it
                // "14 injured … Another 14 people were injured": an increment as large as the total restates it rather than doubling it;
                // not so a person or two in the total's own sentence («Одна людина загинула на місці, ще один чоловік … помер»; a later
                // «вбили ще одного жителя Херсона» is as often the same death told as one more of the war's)
                // ("a man of 51 was wounded. He is being treated. Another local woman was lightly hurt": one more person later in the
                // same paragraph is one more, not the same one told again)
                ? pool.Where(f => f.Field == field && (f.Flags & NumberFlags.Increment) != 0 && !MoreBesideOtherField(f) && f.NumberToken > bestToken &&
                                  (f.Value != best || (best <= 2 && pool.Any(t => t.Field == field && t.Sentence == f.Sentence && (t.Flags & NumberFlags.Increment) == 0)) ||
                                   (best == 1 && bestToken >= 0 && f.Sentence > document.Tokens[bestToken].Sentence &&
                                    !Enumerable.Range(document.Tokens[bestToken].Sentence + 1, f.Sentence - document.Tokens[bestToken].Sentence)
                                        .Any(s => StartsParagraph(document, document.Sentences[s])))) &&
                                  !CompletesBreakdown(f))
                      .Sum(f => f.Value)
                : 0;
            if (best is not null || additive > 0)
            {
                return (best ?? 0) + additive + increments;
            }

            // a zero beside a count kept off the figure ("no casualties at first", then an unplaced toll) says nothing certain either
            return b.Zeros.Any(z => z.Field == field) && !b.Doubtful.Any(d => d.Doubt is not null && d.Field == field) ? 0 : null;
        }

        var childrenKilled = Value(CasualtyField.ChildrenKilled);
        var childrenInjured = Value(CasualtyField.ChildrenInjured);
        // "Three remain in hospital, among them a boy": where every count of the field itself was kept off the figure (a
        // sub-count, an unplaced toll), its children's count is no total either (3 of 3 such totals wrong on the real-text dev sets)
        int? NotFromChildrenAlone(int? total, CasualtyField field) =>
            total is > 0 && Value(field) is null && b.Figures.Concat(b.Doubtful).Any(f => f.Field == field) ? null : total;
        var killed = NotFromChildrenAlone(AtLeast(Value(CasualtyField.Killed, CasualtyField.ChildrenKilled), childrenKilled), CasualtyField.Killed);
        var injured = NotFromChildrenAlone(AtLeast(Value(CasualtyField.Injured, CasualtyField.ChildrenInjured), childrenInjured), CasualtyField.Injured);
        var firstWeapon = weapons[0] == Weapon.Unknown ? (Weapon?)null : weapons[0];
        var missing = Value(CasualtyField.Missing);
        var hit = Value(CasualtyField.Hit);
        int? FigureOf(CasualtyField field) => field switch
        {
            CasualtyField.Killed => killed,
            CasualtyField.Injured => injured,
            CasualtyField.ChildrenKilled => childrenKilled,
            CasualtyField.ChildrenInjured => childrenInjured,
            CasualtyField.Missing => missing,
            _ => hit,
        };

        // At night: its day may be either side of midnight (fusion widens the date for it).
        var overnight = b.Sentences.Any(s => document.DatesIn(s).Any(d => d.Overnight && !d.IsPast) ||
            document.Lexicon.Discourse.Night.Contains(tokens, document.Sentences[s].FirstToken, document.Sentences[s].EndToken));
        var firstSentence = FirstBodySentence(document);
        var claims = new List<Claim>();
        var fields = new FieldSummary(b.Figures, b.Doubtful);
        var parts = new List<(CasualtyMention Mention, Claim Claim)>();
        foreach (var f in b.Figures.Concat(b.Doubtful).OrderBy(f => f.NumberToken))
        {
            var claimant = document.ClaimantOf(f.Sentence)?.Claimant ?? Claimant.Unattributed;
            var mention = (f.BoundPlace ?? b.Mention)?.Place.Mention;
            var confidence = Confidence(document, b, fields, f, FigureOf(f.Field), claimant, firstSentence, single);
            var claim = new Claim(ToClaimField(f.Field), f.Value, f.Qualifier, ClaimScope.Incident, claimant, date, mention, firstWeapon, document.SentenceEvidence(f.Sentence))
            {
                Confidence = confidence,
                Overnight = overnight,
            };
            claims.Add(claim);
            if (confidence.Reasons.Contains("adds_to_figure"))
            {
                parts.Add((f, claim));
            }

            if (document.FigureFeatures is { } table)
            {
                table[AnnotatedDocument.FigureKey(claim)] = Features(document, b, fields, f, FigureOf(f.Field), claimant, firstSentence, single, incidents, index);
            }
        }

        claims.AddRange(SumsOfParts(document, b, claims, parts, FigureOf, date, firstWeapon, overnight, firstSentence));
        claims.AddRange(TotalsFromChildren(claims, killed, childrenKilled, injured, childrenInjured));

        foreach (var z in b.Zeros)
        {
            if (fields.Has(z.Field))
            {
                continue;
            }

            var claimant = document.ClaimantOf(z.Sentence)?.Claimant ?? Claimant.Unattributed;
            var claim = new Claim(ToClaimField(z.Field), 0, Qualifier.Exact, ClaimScope.Incident, claimant, date, b.Mention?.Place.Mention, firstWeapon, document.SentenceEvidence(z.Sentence))
            {
                Confidence = b.Doubtful.Any(d => d.Doubt is not null && d.Field == z.Field)
                    ? new ClaimConfidence(ConfidenceLevel.Low, ["explicit_zero", "not_the_figure"])
                    : ZeroConfidence(document, z, claimant, firstSentence),
                Overnight = overnight,
            };
            claims.Add(claim);
            if (document.FigureFeatures is { } table)
            {
                var asFigure = new CasualtyMention(z.Sentence, z.Field, 0, Qualifier.Exact, NumberFlags.None, document.Sentences[z.Sentence].FirstToken, null, false);
                table[AnnotatedDocument.FigureKey(claim)] = Features(document, b, fields, asFigure, FigureOf(z.Field), claimant, firstSentence, single, incidents, index);
            }
        }

        // One need per type, with the first sentence that states it.
        var needs = document.Needs.Where(n => b.Sentences.Contains(n.Sentence) || b.Described.Contains(n.Sentence))
            .GroupBy(n => n.Type)
            .Select(g => new Need(g.Key, document.SentenceEvidence(g.Min(n => n.Sentence))))
            .ToList();
        return new ReportIncident(place, date, precision, weapons, attacker, killed, injured, childrenKilled, childrenInjured,
            missing, hit, b.Damage, claims)
        {
            Needs = needs,
        };
    }

    /// <summary>
    /// A figure the report reaches only by adding parts ("four injured … three more were hurt": 7) as a claim of its own,
    /// when no claim states it: its parts are low claims (never an incident's current value), so without it fusion would
    /// show no figure where the extraction has one. Its evidence spans the parts' sentences; its claimant is theirs
    /// when they share one, else none; it is never high ("sum_of_parts": the total is Vigil's addition, not a quote).
    /// </summary>
    private static IEnumerable<Claim> SumsOfParts(AnnotatedDocument document, Builder b, List<Claim> claims,
        List<(CasualtyMention Mention, Claim Claim)> parts, Func<CasualtyField, int?> figureOf, DateOnly? date, Weapon? weapon,
        bool overnight, int firstSentence)
    {
        foreach (var field in parts.Select(static p => p.Mention.Field).Distinct())
        {
            if (figureOf(field) is not { } figure || figure <= 0)
            {
                continue;
            }

            var claimField = ToClaimField(field);
            if (claims.Any(c => c.Field == claimField && c.Value == figure && c.Confidence?.Level != ConfidenceLevel.Low))
            {
                continue;
            }

            var own = parts.Where(p => p.Mention.Field == field).ToList();
            var first = own.Min(static p => p.Mention.Sentence);
            var last = own.Max(static p => p.Mention.Sentence);
            var claimants = own.Select(static p => p.Claim.Claimant).Distinct().ToList();
            var claimant = claimants.Count == 1 ? claimants[0] : Claimant.Unattributed;
            var qualifiers = own.Select(static p => p.Claim.Qualifier).ToHashSet();
            var qualifier = qualifiers.All(static q => q == Qualifier.Exact) ? Qualifier.Exact
                : qualifiers.All(static q => q is Qualifier.Exact or Qualifier.AtLeast or Qualifier.MoreThan) ? Qualifier.AtLeast
                : Qualifier.About;
            var reasons = new List<string>();
            if (claimant.Kind != ClaimantKind.Unattributed || claimant.Name is not null)
            {
                reasons.Add("attributed");
            }

            if (first <= firstSentence + 1)
            {
                reasons.Add("in_lead");
            }

            reasons.Add("sum_of_parts");
            var evidence = document.EvidenceOf(document.Sentences[first].Start, document.Sentences[last].End);
            yield return new Claim(claimField, figure, qualifier, ClaimScope.Incident, claimant, date, b.Mention?.Place.Mention, weapon, evidence)
            {
                Confidence = new ClaimConfidence(ConfidenceLevel.Medium, reasons),
                Overnight = overnight,
            };
        }
    }

    /// <summary>
    /// "Two children were killed": the incident's toll is known only from its children's count, so no claim states it and
    /// fusion would show no toll where the extraction has one. The total becomes a claim of the children's claim's sentence and
    /// claimant, "at least" that count (adults may be left unsaid), `medium` at most ("total_from_children").
    /// </summary>
    private static IEnumerable<Claim> TotalsFromChildren(List<Claim> claims, int? killed, int? childrenKilled, int? injured, int? childrenInjured)
    {
        foreach (var (field, childField, total, children) in new[]
                 {
                     (ClaimField.Killed, ClaimField.ChildrenKilled, killed, childrenKilled),
                     (ClaimField.Injured, ClaimField.ChildrenInjured, injured, childrenInjured),
                 })
        {
            if (total is not { } value || value <= 0 || children != value ||
                claims.Any(c => c.Field == field && c.Value == value && c.Confidence?.Level != ConfidenceLevel.Low))
            {
                continue;
            }

            var child = claims.Where(c => c.Field == childField && c.Value == value && c.Confidence?.Level != ConfidenceLevel.Low)
                .OrderByDescending(static c => c.Confidence?.Level == ConfidenceLevel.High)
                .FirstOrDefault();
            if (child is null)
            {
                continue;
            }

            var reasons = (child.Confidence?.Reasons ?? []).Append("total_from_children").ToList();
            yield return child with
            {
                Field = field,
                Qualifier = child.Qualifier == Qualifier.Exact ? Qualifier.AtLeast : child.Qualifier,
                Confidence = new ClaimConfidence(ConfidenceLevel.Medium, reasons),
            };
        }
    }

    /// <summary>
    /// The figures that may make a total: strict sub-counts ("eleven remain in hospital") never; a
    /// count of those hospitalised only when it is the one count of the injured there is.
    /// </summary>
    private static List<CasualtyMention> Counted(List<CasualtyMention> figures, Func<CasualtyMention, bool> isField)
    {
        var pool = figures.Where(f => !f.SubCount && !WarScale(f)).ToList();
        var parts = pool.Where(f => f.PartCount && isField(f)).ToList();
        // ("a man and a woman were taken to hospital": persons one by one in one sentence are one count of the hospitalised)
        var counts = parts.Select(static f => (f.Flags & NumberFlags.Article) != 0 ? -1 - f.Sentence : f.NumberToken).Distinct().Count();
        if (parts.Count > 0 && (counts > 1 || pool.Any(f => isField(f) && !f.PartCount && f.Field is CasualtyField.Injured or CasualtyField.ChildrenInjured)))
        {
            pool.RemoveAll(parts.Contains);
        }

        return pool;
    }

    /// <summary>
    /// «Поранення отримали майже 3 тисячі, зокрема 240 дітей», quoted after a war-long count: a thousand or more killed or injured
    /// is a war's or a region's tally, never one attack's (the largest single tolls of the war are in the hundreds; no real-text
    /// case annotates an incident figure above 328), so it is a `low` claim and not the incident's figure.
    /// </summary>
    private static bool WarScale(CasualtyMention f) =>
        f.Value >= WarScaleToll && f.Field is CasualtyField.Killed or CasualtyField.Injured or CasualtyField.ChildrenKilled or CasualtyField.ChildrenInjured;

    private const int WarScaleToll = CasualtyRecognizer.WarScaleCount;

    /// <summary>The first sentence of the body (after a headline): the lead, where a report states its main facts.</summary>
    private static int FirstBodySentence(AnnotatedDocument document) => HeadlineSentences(document);

    /// <summary>
    /// "the strike was the largest attack on the city since the start of the war": a superlative that opens the sentence's
    /// comparison with the past, with no number after it, tells of this report's attack, not an earlier one.
    /// </summary>
    private static bool Comparison(AnnotatedDocument document, SentenceSpan sentence)
    {
        var tokens = document.Tokens;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (document.Lexicon.Superlatives.MatchAt(tokens, k, sentence.EndToken).Length > 0)
            {
                return !document.Lexicon.PastMarkers.Contains(tokens, sentence.FirstToken, k) &&
                       !Enumerable.Range(k, sentence.EndToken - k).Any(j => tokens[j].Kind == TokenKind.Number);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the incident already counts injured people, so that a later "another three were wounded" adds to them. A child
    /// that is part of an increment ("two more were injured, including a child") is no count of its own.
    /// </summary>
    private static bool InjuredCountedBefore(Builder b) =>
        b.Figures.Concat(b.Doubtful).Any(k => k.Field is CasualtyField.Injured or CasualtyField.ChildrenInjured && (k.Flags & NumberFlags.Increment) == 0 &&
                                              !b.Figures.Any(i => i.Sentence == k.Sentence && i.Field == CasualtyField.Injured && (i.Flags & NumberFlags.Increment) != 0));

    /// <summary>
    /// "Kharkiv Oblast recorded 20 injuries, including four children in the city of Kharkiv": a figure said after the city's oblast
    /// is named and before an "including" part that names the city is the oblast's count; the city is where the part was.
    /// The sentence's places here are all it names: a region the incident's own filter set aside as a title ("Kharkiv Oblast
    /// recorded …, Governor Oleh Syniehubov said") still says whose count the figure is.
    /// </summary>
    private static bool RegionTollIncludingCity(AnnotatedDocument document, SentenceSpan sentence, List<PlaceMention> places, PlaceRef city, CasualtyMention f)
    {
        var tokens = document.Tokens;
        // ("wounded nine people in Sumy Oblast, among them two children in the city of Sumy": the region after the figure, the same)
        if (places.Any(p => p.Start < f.NumberToken && p.Place.Kind is not PlaceKind.Oblast && Compatible(p.Place, city)))
        {
            return false;
        }

        var named = places.FirstOrDefault(p => p.Start > f.NumberToken && p.Place.Kind is not PlaceKind.Oblast && Compatible(p.Place, city));
        if (named is null)
        {
            return false;
        }

        for (var k = f.NumberToken + 1; k < named.Start && k < sentence.EndToken; k++)
        {
            if (document.Lexicon.SubsetMarkers.MatchAt(tokens, k, named.Start).Length > 0)
            {
                return places.Any(p => p.Place.Kind == PlaceKind.Oblast && p.Start < k && string.Equals(p.Place.Admin1Code, city.Admin1Code, StringComparison.Ordinal));
            }
        }

        return false;
    }

    // The region's own noun, as the sentence wrote it
    private static readonly HashSet<string> RegionNouns = new(StringComparer.Ordinal)
    {
        "region", "region's", "oblast", "регіоні", "регіону", "області", "регионе", "региона", "области",
    };

    /// <summary>
    /// «Загалом … в регіоні – п'ятеро постраждалих», «Всего в области пострадали семь человек», "In total, 12 were injured in the
    /// region": a total said of the region, in a sentence naming no place, sums the region's places; it is not the town's or raion's
    /// count being told.
    /// </summary>
    private static bool RegionTotal(AnnotatedDocument document, SentenceSpan sentence)
    {
        var total = false;
        var region = false;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            total |= document.OriginalLower(k) is "загалом" or "всього" or "всего" or "итого" or "total" or "overall" or "altogether";
            region |= RegionNouns.Contains(document.OriginalLower(k));
        }

        return total && region;
    }

    private static readonly HashSet<string> AreaWords = new(StringComparer.Ordinal) { "community", "hromada", "district", "raion", "municipality" };

    /// <summary>"the village of Korotych of the Pisochyn community": an area named right after its village (the mention's own last word
    /// or the word after it), which says where the village lies.</summary>
    private static bool LocatesPlaceBefore(AnnotatedDocument document, PlaceMention p, SentenceSpan sentence)
    {
        var tokens = document.Tokens;
        var area = AreaWords.Contains(tokens[p.End - 1].Lower) ? tokens[p.End - 1].Lower : p.End < sentence.EndToken ? tokens[p.End].Lower : "";
        // (a village's raion locates it too; a city's "district" is one of its own, "in Kryvyi Rih in the Inhulets district")
        return AreaWords.Contains(area) && p.Start - 3 >= sentence.FirstToken &&
               tokens[p.Start - 1].Lower == "the" && tokens[p.Start - 2].Lower is "of" or "in" &&
               document.PlacesIn(tokens[p.Start].Sentence).Any(before => before.End == p.Start - 2 &&
                   (before.Place.Kind is PlaceKind.Settlement or null || (before.Place.Kind == PlaceKind.City && area is "community" or "hromada" or "municipality")));
    }

    /// <summary>"hospitalized in the city of Kherson", «госпіталізували в Миколаєві» (glossed): the place where the wounded are treated.</summary>
    private static bool TreatedIn(List<Token> tokens, int place, int floor)
    {
        var k = place - 1;
        while (k > floor && tokens[k].Lower is "the" or "city" or "town" or "of")
        {
            k--;
        }

        return k > floor && tokens[k].Lower is "in" or "at" && tokens[k - 1].Lower is "hospitalized" or "hospitalised" or "treated" or "admitted";
    }

    /// <summary>"five more injured across the region", "12 wounded throughout the oblast": the count's own clause says it is region-wide.</summary>
    private static bool AcrossTheRegionAfter(List<Token> tokens, int number, int end)
    {
        for (var k = number + 1; k < Math.Min(end, number + 8); k++)
        {
            var word = tokens[k].Lower;
            if (word is "," or ";" or "while" or "but")
            {
                return false;
            }

            if (word is "across" or "throughout" && k + 2 < end && tokens[k + 1].Lower == "the" &&
                tokens[k + 2].Lower is "region" or "oblast" or "province" or "area")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "four more people died on Sunday in separate attacks", "27 were injured in various attacks": the count's own clause says it
    /// is the toll of other attacks than the incident's, or of all of them together (where its sentence names no place of its own:
    /// "one person died in separate attacks in the Kyiv region" is that region's).
    /// </summary>
    private static bool InOtherAttacksAfter(List<Token> tokens, int number, int end)
    {
        for (var k = number + 1; k + 1 < Math.Min(end, number + 11); k++)
        {
            if (tokens[k].Lower is "," or ";" or "while" or "but")
            {
                return false;
            }

            if (tokens[k].Lower is "separate" or "various" or "other" &&
                tokens[k + 1].Lower is "attacks" or "strikes" or "incidents" or "attack" or "strike" or "incident")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The one town a sentence names in the region, other than its landmark: a town of that oblast, or one the gazetteer does not
    /// know ("the town of Serhiyivka"), taken as in it.
    /// </summary>
    private static PlaceMention? TownNamedInRegion(List<PlaceMention> places, PlaceRef region, string landmark)
    {
        if (places.Where(p => Rank(p.Place) <= 1).DistinctBy(p => p.Place.Name).ToList() is not [var town] ||
            string.Equals(town.Place.Name, landmark, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return string.Equals(town.Place.Admin1Code, region.Admin1Code, StringComparison.Ordinal) ? town
            : town.Place is { Resolved: false, Admin1Code: null } ? town with { Place = town.Place with { Admin1 = region.Admin1, Admin1Code = region.Admin1Code, Country = region.Country } }
            : null;
    }

    /// <summary>Commas, semicolons and dashes between two tokens of a sentence: how many clauses apart they stand.</summary>
    private static int ClauseBreaksBetween(List<Token> tokens, int from, int to)
    {
        var breaks = 0;
        for (var k = from + 1; k < to; k++)
        {
            if (tokens[k].Lower is "," or ";" or "—" or "–")
            {
                breaks++;
            }
        }

        return breaks;
    }

    // «по Ворошиловскому, … и Куйбышевскому районам», «у Шевченківському та Київському районах»: several districts
    private static bool PluralDistrict(string word) => Slavic.CyrillicPlaceNamer.PluralRaions.Contains(word) || word is "районы" or "райони";

    private static readonly HashSet<string> CompassPoints = new(StringComparer.Ordinal)
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
    };

    /// <summary>
    /// "the Zhytomyr region west of Kyiv", "Brovary, east of Kyiv": a place after a compass point and "of" only locates a place the
    /// sentence named before it.
    /// </summary>
    private static bool CompassReference(AnnotatedDocument document, SentenceSpan sentence, PlaceMention p, List<PlaceMention>? inSentence)
    {
        var tokens = document.Tokens;
        var k = p.Start - 1;
        while (k > sentence.FirstToken && tokens[k].Lower is "the" or "city" or "capital")
        {
            k--;
        }

        return k - 1 >= sentence.FirstToken && tokens[k].Lower == "of" && CompassPoints.Contains(tokens[k - 1].Lower) &&
               inSentence is not null && inSentence.Any(o => o.End <= k - 1 && o != p);
    }

    /// <summary>"a small coastal town near Odesa", "a village outside of Kharkiv": a place named as the landmark of an unnamed settlement.</summary>
    private static bool NearUnnamedSettlement(List<Token> tokens, int start, int floor)
    {
        var k = start - 1;
        if (k > floor && tokens[k].Lower == "of" && tokens[k - 1].Lower == "outskirts")
        {
            return false; // "the outskirts of Kharkiv" are the city's
        }

        while (k >= floor && tokens[k].Lower is "the" or "city" or "of")
        {
            k--;
        }

        if (k < floor || tokens[k].Lower is not ("near" or "outside"))
        {
            return false;
        }

        // ("on town near Odesa" in a headline: the noun right before it, whatever comes first)
        return k - 1 >= floor && tokens[k - 1].Lower is "town" or "village" or "settlement" or "community" or "hamlet" or "suburb" or "towns" or "villages";
    }

    /// <summary>"outside Kyiv", "outside of Kyiv", "outside the capital Kyiv", "outside the city of Odesa": a place named as excluded.</summary>
    private static bool AfterOutside(List<Token> tokens, int start, int floor)
    {
        for (var k = start - 1; k >= Math.Max(floor, start - 5); k--)
        {
            var word = tokens[k].Lower;
            if (word == "outside")
            {
                return true;
            }

            if (word is not ("of" or "the" or "capital" or "city" or "town" or "village" or "ukrainian" or "ukraine's"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// How far a figure can be trusted as the incident's (docs/extraction.md "Confidence"): high when it
    /// is the figure, stated as an unambiguous number by a named source or in the lead, in a sentence
    /// certainly about this incident, with no other value for the field; low when it is not the figure
    /// (a sub-count, a region-wide total, an increment, a superseded value).
    /// </summary>
    private static ClaimConfidence Confidence(AnnotatedDocument document, Builder b, FieldSummary fields, CasualtyMention f, int? figure, Claimant claimant, int firstSentence, bool single)
    {
        var reasons = new List<string>();
        var attributed = claimant.Kind != ClaimantKind.Unattributed || claimant.Name is not null;
        var lead = f.Sentence <= firstSentence + 1;
        var exact = f.Qualifier == Qualifier.Exact;
        var unambiguous = (f.Flags & (NumberFlags.Increment | NumberFlags.Additive)) == 0 && !f.SubCount && !f.PartCount;
        var scopeCertain = document.RoleOf(f.Sentence) == SentenceRole.Main &&
                           (f.BoundPlace is not null || (b.Place is not null && SentenceNamesPlace(document, f.Sentence, b, single)));
        var fieldValues = fields.DistinctValues(f.Field);
        if (attributed)
        {
            reasons.Add("attributed");
        }

        if (lead)
        {
            reasons.Add("in_lead");
        }

        if (unambiguous && exact)
        {
            reasons.Add("unambiguous_number");
        }

        if (scopeCertain)
        {
            reasons.Add("scope_certain");
        }

        if (f.SeveralPlaces)
        {
            reasons.Add("several_places");
        }
        else if (f.SubCount && (f.WideArea || document.RoleOf(f.Sentence) == SentenceRole.RoundUp))
        {
            reasons.Add("region_wide_total");
        }
        else if (f.SubCount || f.PartCount)
        {
            reasons.Add("sub_count");
        }

        if ((f.Flags & NumberFlags.Increment) != 0)
        {
            reasons.Add("increment");
        }

        if (!exact)
        {
            reasons.Add("qualified_number");
        }

        if (fieldValues > 1)
        {
            reasons.Add("conflicting_values");
        }

        if (WarScale(f))
        {
            reasons.Add("war_scale_number");
            reasons.Add("not_the_figure");
            return new ClaimConfidence(ConfidenceLevel.Low, reasons);
        }

        if (f.Doubt is { } doubt)
        {
            reasons.Add(doubt);
            reasons.Add("not_the_figure");
            return new ClaimConfidence(ConfidenceLevel.Low, reasons);
        }

        var isFigure = figure == f.Value;
        if (!isFigure)
        {
            // "four injured … three more": each part adds to the figure without being it
            var increments = fields.HasParts(f.Field) || fields.HasChildPart(f.Field);
            if (figure > f.Value && !f.SubCount && !f.PartCount && increments)
            {
                // A part is not the figure: as a medium claim fusion made the last part current ("two killed … another
                // died": 1), so the incident showed a number the report never gives as its toll. The sum is its own claim.
                reasons.Add("adds_to_figure");
                return new ClaimConfidence(ConfidenceLevel.Low, reasons);
            }

            reasons.Add("not_the_figure");
            return new ClaimConfidence(ConfidenceLevel.Low, reasons);
        }

        // What makes a stated figure uncertain even in the lead (measured on real reports, docs/extraction.md "Confidence"):
        // a person counted one by one may be one of several, a sentence with two counts of the field or two places may
        // give this incident the other's, a count read from the sentence before is an inference, an oblast-wide figure
        // may be one town's, and a count of munitions that "hit" is often a count of those launched.
        var doubts = 0;
        void Doubt(bool when, string reason)
        {
            if (when)
            {
                reasons.Add(reason);
                doubts++;
            }
        }

        Doubt((f.Flags & NumberFlags.Article) != 0, "single_person");
        Doubt(fields.InSentence(f.Sentence, f.Field) > 1, "several_numbers");
        Doubt(SeveralPlacesIn(document, f.Sentence), "several_places");
        Doubt(f.Inferred, "inferred");
        Doubt(f.BoundPlace is null && b.Place is { } place && (Rank(place) >= 2 || NamesOnlyWider(document, f.Sentence, place)), "wide_place");
        Doubt(f.Field == CasualtyField.Hit, "hit_count");
        // "the enemy shelled Kherson Oblast 121 times … three people were wounded … a school in Kherson": a region's toll whose
        // incident a town named later narrowed may be the region's, not the town's (the largest class of wrong places)
        Doubt(b.WasWidened(f), "region_narrowed");
        // a place the gazetteer does not know may be a misread word ("Dneprotrovsk", a genitive adjective taken for a village name):
        // the figure may be right, its place is not certain (measured: 3 of 8 such high figures wrong, against 2 of 249 with a known place)
        Doubt(b.Place is { Resolved: false }, "place_unknown");
        // "a resident was killed in the shelling of a mine's settlement … two were killed by a drone on a lorry": a total beside a
        // person counted elsewhere may be one of two events' tolls
        Doubt((f.Flags & (NumberFlags.Article | NumberFlags.Increment | NumberFlags.Additive)) == 0 && fields.HasParts(f.Field), "parts_beside");
        // (a figure stated before the report first names its place is no longer medium with "place_named_later": it is a low
        // claim, place_not_named, in KeepDoubtfulOff)

        // Measured on real reports: figures outside the lead or with a qualifier are wrong too often to be high, except a lower
        // bound ("at least 16 killed") in a report of one incident: such a phrase states the toll, never a part (25 of 25 right
        // on the real-text dev sets, 7 of 7 and 18 of 18 on their two halves) — unless the report gives the field another value too:
        // "more than 10 injured … initially six … the number of victims rose to 16" is a bound the report itself moves past.
        var lowerBoundToll = single && f.Qualifier is Qualifier.AtLeast or Qualifier.MoreThan && unambiguous && doubts == 0 && fieldValues <= 1;
        if (lowerBoundToll)
        {
            reasons.Add("single_incident");
        }

        var level = (unambiguous && lead && exact && scopeCertain && fieldValues <= 1 && doubts == 0) || lowerBoundToll
            ? ConfidenceLevel.High
            : ConfidenceLevel.Medium;
        return new ClaimConfidence(level, reasons);
    }

    /// <summary>
    /// What the assembler knows of a figure, for the real-text scorer's figure table (never read by the extraction itself):
    /// the features on which the confidence rules are measured (docs/extraction-scores.md, confidence calibration).
    /// </summary>
    private static Dictionary<string, string> Features(AnnotatedDocument document, Builder b, FieldSummary fields, CasualtyMention f, int? figure,
        Claimant claimant, int firstSentence, bool single, int incidents, int index)
    {
        var placeMentions = b.Place is null ? 0 : document.Places.Count(p => !document.DatelinePlaces.Contains(p.Start) && !document.TitlePlaces.Contains(p.Start) && Compatible(p.Place, b.Place));
        var placeFirst = b.Place is null || FirstNamed(document, b.Place) is var first && first < 0 ? -1 : first - firstSentence;
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var sentence = document.Sentences[f.Sentence];
        var docValues = document.Casualties.Where(c => c.Field == f.Field).Select(c => c.Value).Distinct().Count();
        var docPast = document.Casualties.Count(c => c.Past || document.RoleOf(c.Sentence) is SentenceRole.Background or SentenceRole.OtherPlace);
        var fieldSentences = b.Figures.Where(o => o.Field == f.Field).Select(o => o.Sentence).Distinct().Count();
        var places = document.PlacesIn(f.Sentence).Where(p => !document.DatelinePlaces.Contains(p.Start) && !document.TitlePlaces.Contains(p.Start))
            .Select(p => p.Place.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var paragraph = 0;
        for (var s = firstSentence + 1; s <= f.Sentence && s < document.Sentences.Count; s++)
        {
            paragraph += StartsParagraph(document, document.Sentences[s]) ? 1 : 0;
        }

        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["lang"] = document.Info.Language ?? "",
            ["role"] = document.RoleOf(f.Sentence).ToString(),
            ["sent_rel"] = (f.Sentence - firstSentence).ToString(inv),
            ["paragraph"] = paragraph.ToString(inv),
            ["sentences"] = (document.Sentences.Count - firstSentence).ToString(inv),
            ["claimant"] = claimant.Kind.ToString(),
            ["claimant_named"] = (claimant.Name is not null).ToString(),
            ["qualifier"] = f.Qualifier.ToString(),
            ["flags"] = f.Flags.ToString().Replace(", ", "+", StringComparison.Ordinal),
            ["sub_count"] = f.SubCount.ToString(),
            ["part_count"] = f.PartCount.ToString(),
            ["inferred"] = f.Inferred.ToString(),
            ["several_places_flag"] = f.SeveralPlaces.ToString(),
            ["bound"] = (f.BoundPlace is not null).ToString(),
            ["place_rank"] = b.Place is { } p ? Rank(p).ToString(inv) : "none",
            ["incidents"] = incidents.ToString(inv),
            ["incident_index"] = index.ToString(inv),
            ["place_mentions"] = placeMentions.ToString(inv),
            ["place_first_sentence"] = placeFirst.ToString(inv),
            ["place_resolved"] = (b.Place?.Id is not null).ToString(),
            ["incident_sentences"] = b.Sentences.Count.ToString(inv),
            ["incident_fields"] = b.Figures.Select(o => o.Field).Distinct().Count().ToString(inv),
            ["single"] = single.ToString(),
            ["field_values"] = fields.DistinctValues(f.Field).ToString(inv),
            ["field_sentences"] = fieldSentences.ToString(inv),
            ["in_sentence"] = fields.InSentence(f.Sentence, f.Field).ToString(inv),
            ["names_place"] = (b.Place is not null && SentenceNamesPlace(document, f.Sentence, b, single)).ToString(),
            ["prev_names_place"] = (b.Place is not null && f.Sentence > 0 && SentenceNamesPlace(document, f.Sentence - 1, b, single: false)).ToString(),
            ["same_paragraph_place"] = (b.Place is not null && ParagraphNamesPlace(document, f.Sentence, b)).ToString(),
            ["sentence_places"] = places.ToString(inv),
            ["doc_values"] = docValues.ToString(inv),
            ["doc_recap_figures"] = docPast.ToString(inv),
            ["dated"] = (document.DatesIn(f.Sentence).Count > 0).ToString(),
            ["is_figure"] = (figure == f.Value).ToString(),
            ["value"] = f.Value.ToString(inv),
            ["sentence_tokens"] = (sentence.EndToken - sentence.FirstToken).ToString(inv),
        };
    }

    private static ClaimConfidence ZeroConfidence(AnnotatedDocument document, ZeroMention z, Claimant claimant, int firstSentence)
    {
        var reasons = new List<string> { "explicit_zero" };
        var attributed = claimant.Kind != ClaimantKind.Unattributed || claimant.Name is not null;
        if (attributed)
        {
            reasons.Add("attributed");
        }

        if (z.Sentence <= firstSentence + 1)
        {
            reasons.Add("in_lead");
        }

        var main = document.RoleOf(z.Sentence) == SentenceRole.Main;
        if (main)
        {
            reasons.Add("scope_certain");
        }

        // A zero is often said of a place where debris fell, not of an incident the report is about: never high.
        return new ClaimConfidence(main ? ConfidenceLevel.Medium : ConfidenceLevel.Low, reasons);
    }

    /// <summary>The first sentence that names the place (datelines aside), or -1.</summary>
    private static int FirstNamed(AnnotatedDocument document, PlaceRef place) =>
        document.Places.Where(p => !document.DatelinePlaces.Contains(p.Start) && Compatible(p.Place, place))
            .Select(p => document.Tokens[p.Start].Sentence).DefaultIfEmpty(-1).Min();

    /// <summary>"Russian attacks on Kherson Oblast kill 1" said of a Kherson incident: the sentence names only areas wider than the incident's place.</summary>
    private static bool NamesOnlyWider(AnnotatedDocument document, int sentence, PlaceRef place)
    {
        var named = document.PlacesIn(sentence).Where(p => !document.DatelinePlaces.Contains(p.Start) && !document.TitlePlaces.Contains(p.Start)).ToList();
        return named.Count > 0 && named.All(p => Rank(p.Place) > Rank(place));
    }

    /// <summary>The sentence names two places neither of which contains the other (datelines and titles aside).</summary>
    private static bool SeveralPlacesIn(AnnotatedDocument document, int sentence)
    {
        // every pair, not only against the first: "attacks on Kherson Oblast killed one in the Beryslav district and injured one
        // in Kherson" names two places of the oblast, neither inside the other
        var named = document.PlacesIn(sentence).Where(p => !document.DatelinePlaces.Contains(p.Start) && !document.TitlePlaces.Contains(p.Start))
            .Select(p => p.Place).ToList();
        for (var i = 0; i < named.Count; i++)
        {
            for (var j = i + 1; j < named.Count; j++)
            {
                if (!Compatible(named[i], named[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A sentence of the figure's paragraph, up to the figure's own, names the incident's place ("Nikopol district. … Two were
    /// injured."). At most <see cref="ParagraphLookBack"/> sentences back, so that a huge input of one paragraph stays linear.
    /// </summary>
    private static bool ParagraphNamesPlace(AnnotatedDocument document, int sentence, Builder b)
    {
        for (var s = sentence; s >= Math.Max(0, sentence - ParagraphLookBack); s--)
        {
            if (SentenceNamesPlace(document, s, b, single: false))
            {
                return true;
            }

            if (StartsParagraph(document, document.Sentences[s]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The sentence names the incident's own place (or, in a report of one incident, none at all).</summary>
    private static bool SentenceNamesPlace(AnnotatedDocument document, int sentence, Builder b, bool single)
    {
        var tokens = document.Tokens;
        var any = false;
        foreach (var p in document.PlacesIn(sentence))
        {
            if (document.DatelinePlaces.Contains(p.Start))
            {
                continue;
            }

            any = true;
            if (Compatible(p.Place, b.Place))
            {
                return true;
            }
        }

        return single && !any;
    }

    private const int ParagraphLookBack = 40;

    private static int? AtLeast(int? total, int? subset) =>
        subset is { } s && (total is null || total < s) ? s : total;

    private static Side? Attacker(AnnotatedDocument document, Builder b)
    {
        // Crimea and Sevastopol, held by Russia since 2014: a strike there is Ukraine's, whichever side the report's words name
        // ("Russian-installed governor", "Russia's defence ministry said")
        if (b.Place?.Country == "RU" || b.Place?.Admin1Code is "UA-43" or "UA-40")
        {
            return Side.UA;
        }

        var tokens = document.Tokens;
        foreach (var s in b.Sentences.Order())
        {
            var sentence = document.Sentences[s];
            // «По информации Вооруженных сил Украины, Одессу атаковали …», "according to the Ukrainian military": the source, not the attacker
            bool IsSource(int start)
            {
                for (var k = Math.Max(sentence.FirstToken, start - 3); k < start; k++)
                {
                    if (document.Lexicon.Words.SourceIntroducers.Contains(tokens[k].Lower))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (document.Lexicon.AttackerUkraine.FindAll(tokens, sentence.FirstToken, sentence.EndToken).Any(m => !IsSource(m.Start)) ||
                Enumerable.Range(sentence.FirstToken, sentence.EndToken - sentence.FirstToken)
                    .Any(k => tokens[k].Lower is "kiev" or "kyiv" or "kiev's" or "kyiv's" && PlaceRecognizer.CapitalAttacks(document, k)))
            {
                return Side.UA;
            }

            // "Russian missiles struck Vinnytsia …": in Ukraine, the first of the incident's sentences that names a side names the
            // attacker; a later "preparations by Ukrainian armed forces" (Moscow's denial) does not turn it ("the Russian-installed
            // mayor" and "according to Russia's ministry" name an official and a source, not the attacker)
            if (b.Place?.Country == "UA")
            {
                for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
                {
                    if (NamesRussia(document, tokens[k]) && !IsSource(k) && !(k + 2 < sentence.EndToken && tokens[k + 1].Lower == "-"))
                    {
                        return Side.RU;
                    }
                }
            }
        }

        // An occupation-side Russian report («ВСУ обстреляли Энергодар») names the Ukrainian side as attacker in its headline or
        // lead, not always in the incident's own sentences; with no word anywhere naming Russia's side, the attack is Ukraine's
        // («вражеский снаряд» is either side's enemy, so it names neither).
        if (b.Place?.Country == "UA" && string.Equals(document.Info.Language, "ru", StringComparison.Ordinal) &&
            document.Lexicon.AttackerUkraine.Contains(tokens, 0, tokens.Count) &&
            !tokens.Any(t => NamesRussia(document, t)))
        {
            return Side.UA;
        }

        if (b.Place?.Country == "UA")
        {
            return Side.RU;
        }

        // "struck the village of Borok in the Pogarsky district of the region" after "the Bryansk region": a village the gazetteer
        // does not know lies where the report's regions lie when all of them are Russian, so the attack on it is Ukraine's
        if (b.Place is { Country: null } &&
            document.Places.Where(p => p.Place.Kind == PlaceKind.Oblast && p.Place.Country is not null).Select(p => p.Place.Country).Distinct().ToList() is ["RU"])
        {
            return Side.UA;
        }

        foreach (var t in tokens)
        {
            if (document.Lexicon.AttackerRussia.Contains(t.Lower))
            {
                return Side.RU;
            }
        }

        return null;
    }

    /// <summary>"Russian", «РФ», «окупанти»: a word naming Russia's side («вражеский», «противник» is either side's enemy, so names neither).</summary>
    private static bool NamesRussia(AnnotatedDocument document, Token t) =>
        document.Lexicon.AttackerRussia.Contains(t.Lower) && !IsEnemyWord(document.Text.AsSpan(t.Start, t.End - t.Start));

    // («удар противника» of an occupation official is Ukraine's strike, as «противник» of a Ukrainian one is Russia's)
    private static bool IsEnemyWord(ReadOnlySpan<char> word) =>
        word.StartsWith("враг", StringComparison.OrdinalIgnoreCase) || word.StartsWith("враж", StringComparison.OrdinalIgnoreCase) ||
        word.StartsWith("противник", StringComparison.OrdinalIgnoreCase) || word.StartsWith("супротивник", StringComparison.OrdinalIgnoreCase);

    private static ClaimField ToClaimField(CasualtyField field) => field switch
    {
        CasualtyField.Killed => ClaimField.Killed,
        CasualtyField.Injured => ClaimField.Injured,
        CasualtyField.ChildrenKilled => ClaimField.ChildrenKilled,
        CasualtyField.ChildrenInjured => ClaimField.ChildrenInjured,
        CasualtyField.Missing => ClaimField.Missing,
        _ => ClaimField.Hit,
    };

    /// <summary>
    /// The city a district belongs to, as the gazetteer has it: its own id and coordinates, so the
    /// incident is the city's and fuses with other reports of the city (not a district id under the city's name).
    /// </summary>
    private PlaceRef CityOf(PlaceRef district)
    {
        var city = gazetteer.Geocode(district.Name, new GeocodeContext(district.Admin1Code))
            .FirstOrDefault(c => c.Kind == PlaceKind.City && c.District is null
                && string.Equals(c.Name, district.Name, StringComparison.Ordinal)
                && string.Equals(c.Admin1Code, district.Admin1Code, StringComparison.Ordinal));
        return city?.ToPlaceRef(district.Mention)
            ?? district with { District = null, Kind = PlaceKind.City, Id = null, Lat = null, Lon = null };
    }

    /// <summary>
    /// Per field, what confidence asks of all of an incident's figures, counted once: asking it per
    /// claim made a long report quadratic.
    /// </summary>
    private sealed class FieldSummary
    {
        private const NumberFlags Parts = NumberFlags.Increment | NumberFlags.Additive | NumberFlags.Article;
        private readonly Dictionary<CasualtyField, HashSet<int>> _plainValues = [];
        private readonly HashSet<CasualtyField> _withParts = [];
        private readonly HashSet<CasualtyField> _withChildPart = [];
        private readonly HashSet<CasualtyField> _present = [];

        private readonly Dictionary<(int Sentence, CasualtyField Field), int> _perSentence = [];

        public FieldSummary(IEnumerable<CasualtyMention> figures, IEnumerable<CasualtyMention> doubtful)
        {
            foreach (var o in figures.Concat(doubtful))
            {
                _perSentence[(o.Sentence, o.Field)] = _perSentence.GetValueOrDefault((o.Sentence, o.Field)) + 1;
            }

            foreach (var o in figures)
            {
                _present.Add(o.Field);
                if ((o.Flags & Parts) != 0)
                {
                    _withParts.Add(o.Field);
                    // ("a child and two women were injured": the child is one of the injured as much as of the children)
                    if (o.Field is CasualtyField.ChildrenInjured or CasualtyField.ChildrenKilled)
                    {
                        _withChildPart.Add(o.Field == CasualtyField.ChildrenInjured ? CasualtyField.Injured : CasualtyField.Killed);
                    }
                }
                else if (!o.SubCount && !o.PartCount)
                {
                    if (!_plainValues.TryGetValue(o.Field, out var values))
                    {
                        values = [];
                        _plainValues[o.Field] = values;
                    }

                    values.Add(o.Value);
                }
            }
        }

        /// <summary>Distinct values of the field's plain figures (not increments, parts or sub-counts).</summary>
        public int DistinctValues(CasualtyField field) => _plainValues.TryGetValue(field, out var values) ? values.Count : 0;

        /// <summary>Whether some figure of the field adds to it ("three more", "a man and a woman").</summary>
        public bool HasParts(CasualtyField field) => _withParts.Contains(field);

        /// <summary>Whether one child counted as a person ("a child and two women") is a part of this adults' field.</summary>
        public bool HasChildPart(CasualtyField field) => _withChildPart.Contains(field);

        public bool Has(CasualtyField field) => _present.Contains(field);

        /// <summary>How many figures of the field one sentence states (this incident's and its doubtful ones).</summary>
        public int InSentence(int sentence, CasualtyField field) => _perSentence.GetValueOrDefault((sentence, field));
    }
}
