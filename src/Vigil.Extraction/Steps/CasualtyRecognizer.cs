using Vigil.Core;
using Vigil.Extraction.Pipeline;
using Vigil.Extraction.Rules;

namespace Vigil.Extraction.Steps;

/// <summary>
/// Reads what happened to the people a number counts: killed, injured or missing, children as a
/// subset ("including nine children", "three of them children", "among the 14 injured were two
/// children"), explicit zero ("no one was killed"), munitions that hit ("17 drones struck"). Numbers
/// after a mention of the past ("since a strike in April killed 35") are marked past; war-long
/// totals ("since the full-scale invasion") become statistics, soldiers' deaths an event.
/// </summary>
internal sealed class CasualtyRecognizer : IPipelineStep
{
    // nouns that count people of any kind: a count of women or men after one of them breaks it down
    private static readonly HashSet<string> GenericPeople = new(StringComparer.Ordinal) { "people", "person", "persons", "civilians", "civilian", "residents", "resident" };

    // a count of a thousand dead or wounded or more is a war's or a region's total, never one attack's (the assembler's war_scale_number)
    internal const int WarScaleCount = 1000;

    /// <summary>«Из них на территории ДНР погиб…», "Of them, 40 …": a subset marker stands between the sentence's start and the count.</summary>
    private static bool SubsetOpens(AnnotatedDocument document, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (document.Lexicon.SubsetMarkers.MatchAt(document.Tokens, k, to).Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    public void Run(AnnotatedDocument document)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        var numbersBySentence = document.Numbers.GroupBy(n => tokens[n.Start].Sentence).ToDictionary(g => g.Key, g => g.ToList());
        var tallySentences = document.Tallies.Select(static t => t.Sentence).ToHashSet();
        CasualtyMention? previousSentenceLast = null;
        var previousSentenceCumulative = false;
        var previousClarified = false;
        // "A minor is among those injured … The number of casualties is 11": in a report that tells of the wounded and of no
        // death, its "casualties" and "victims" are the wounded
        bool? onlyWounded = null;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            FindZeros(document, s);
            HedgedZeros(document, s);
            var cumulative = lex.Cumulative(tokens, sentence.FirstToken, sentence.EndToken) || (numbersBySentence.ContainsKey(s) && MonthTotal(document, sentence));
            // (read only where it can matter: this sentence's counts, or the next one's)
            var clarifiedHere = (numbersBySentence.ContainsKey(s) || numbersBySentence.ContainsKey(s + 1)) && TollClarified(document, s);
            var clarified = clarifiedHere || (s > 0 && previousClarified && !numbersBySentence.ContainsKey(s - 1));
            previousClarified = clarifiedHere;
            var pastFrom = PastMarkerStart(document, sentence);
            if (!numbersBySentence.TryGetValue(s, out var numbers))
            {
                continue;
            }

            // (a list of the regions struck, in this sentence or the one before, leaves a toll of a sentence naming no place theirs)
            var acrossPlaces = AcrossSeveralPlaces(document, sentence) ||
                (document.RegionListSentences.Contains(s) || document.RegionListSentences.Contains(s - 1)) && !document.PlacesIn(s).Any() ||
                AfterExamplesOfMany(document, s);
            CasualtyMention? previous = null;
            CasualtyMention? firstFigure = null;
            var hitsCounted = false;
            var otherPeople = false;
            var rescued = false;
            var warScale = false;
            foreach (var number in numbers)
            {
                if (!number.IsCount)
                {
                    continue;
                }

                // «были спасены 28 человек, в том числе пять детей»: people rescued are no casualties, nor is a part of them
                if (RescuedBefore(document, number, sentence.FirstToken) ||
                    (rescued && previous is null && lex.SubsetMarkers.MatchEndingAt(tokens, number.QualifierStart, sentence.FirstToken).Length > 0))
                {
                    rescued = true;
                    continue;
                }

                var np = NounPhrase.Of(document, number, sentence.EndToken);
                // "112 have died since the incursion. At least 40 of them died of heart attacks": a part of a running total is one too
                // (so is a part of a war-scale count: «убиты 2773 мирных жителя. Из них на территории ДНР погиб 191 человек»)
                if (!cumulative && previous is null && previousSentenceCumulative && (np.Partitive || SubsetOpens(document, sentence.FirstToken, number.QualifierStart)))
                {
                    continue;
                }

                // "nearly two dozen people": a round, hedged amount, as vague as "dozens" for a toll
                if (number.Qualifier != Qualifier.Exact && np.Head != HeadClass.Weapon && tokens[number.End - 1].Lower == "dozen")
                {
                    continue;
                }

                // "21 hits were reported", «6 влучань», «три прильоти», «11 прилётов»: a count of the hits themselves; strikes only when
                // counted on one place (StrikesOnPlace: "strikes" as often counts attacks or launches)
                if (number.Value > 1 && number.End < sentence.EndToken && (CountsHits(document, number) || (!cumulative && !tallySentences.Contains(s) && StrikesOnPlace(document, sentence, number))) &&
                    !InterceptNear(document, sentence, number) && !DebrisBefore(document, sentence, number))
                {
                    document.Casualties.Add(new CasualtyMention(s, CasualtyField.Hit, (int)Math.Min(number.Value, int.MaxValue), number.Qualifier, number.Flags, number.Start, null, number.Start > pastFrom));
                    hitsCounted = true;
                    continue;
                }

                // «завдав 11 ударів, з них 4 – бомбами»: a part of the hits counts hits, not people
                if (hitsCounted && previous is null && (np.Partitive || lex.SubsetMarkers.MatchEndingAt(tokens, number.QualifierStart, sentence.FirstToken).Length > 0))
                {
                    continue;
                }

                if (np.Head == HeadClass.Weapon)
                {
                    // "one missile hit a high-rise", "one of the bombs hit a house", "two of the drones struck": one munition, or a part
                    // of those that hit, is no count of the hits on the place (specs/README.md: "a missile hit" alone leaves hit null)
                    if (number.Value == 1 || np.Partitive)
                    {
                        continue;
                    }

                    // ("73 drones were shot down, while 26 UAVs struck 16 locations across Ukraine": the hits of a nationwide tally are the tally's)
                    if (HitCueAfter(document, np.End, sentence.EndToken) && !InterceptNear(document, sentence, number) && !DebrisBefore(document, sentence, number) &&
                        !tallySentences.Contains(s))
                    {
                        document.Casualties.Add(new CasualtyMention(s, CasualtyField.Hit, (int)Math.Min(number.Value, int.MaxValue), number.Qualifier, number.Flags, number.Start, null, number.Start > pastFrom));
                    }

                    continue;
                }

                // «мати загиблого хлопчика»: a person after a relative and a participle is one told of again, not counted anew
                if (number.QualifierStart >= sentence.FirstToken + 2 && ParticipleAfterPerson(document, number.QualifierStart - 1))
                {
                    continue;
                }

                var kind = np.Head == HeadClass.CasualtyNoun ? np.Kind : (CasualtyKind?)null;
                var subset = false;
                if (kind is null && np.Head != HeadClass.Military)
                {
                    // "killed a 12-year-old girl … and wounded three": the verb right before its object wins over one further on
                    var verbBefore = number.QualifierStart > sentence.FirstToken && lex.Words.CasualtyLeftVerbCues.Contains(tokens[number.QualifierStart - 1].Lower) &&
                                     lex.CasualtyCues.ContainsKey(tokens[number.QualifierStart - 1].Lower);
                    kind = verbBefore
                        ? LeftCue(document, number, sentence.FirstToken) ?? RightCue(document, np.End, sentence.EndToken)
                        : RightCue(document, np.End, sentence.EndToken) ?? LeftCue(document, number, sentence.FirstToken);
                }

                // "one more injured man died in hospital", "one of the wounded died": the wounded person's own verb is the death, so
                // the count is of the dead (read as injured, it was a high-confidence wrong figure)
                if (kind == CasualtyKind.Injured && WoundedWhoDied(document, number, sentence))
                {
                    kind = CasualtyKind.Killed;
                }

                // "a man was wounded and died in hospital", «мужчина получил ранения и умер»: one person wounded who then died is one
                // dead, not one of each (read as both kinds, the person was no count at all)
                if (kind is null or CasualtyKind.Injured or CasualtyKind.Casualties && np.Head is HeadClass.Person or HeadClass.Child && number.Value == 1 && WoundedThenDied(document, np.End, sentence.EndToken))
                {
                    kind = CasualtyKind.Killed;
                }

                // "two women killed, six civilians injured, including a three-year-old girl": with no verb of its own after it, an
                // "including" part belongs to the figure right before it, not to a toll noun or verb further left ("the rescuers' toll")
                if (kind is not null && previous is { Field: not CasualtyField.Hit } && !np.Partitive && np.Head != HeadClass.CasualtyNoun &&
                    lex.SubsetMarkers.MatchEndingAt(tokens, number.QualifierStart, sentence.FirstToken) is { Length: > 0 } including &&
                    including.Start > previous.NumberToken && RightCue(document, np.End, sentence.EndToken) is null &&
                    KindOf(previous.Field) is { } previousKind)
                {
                    kind = previousKind;
                }

                // "six had died and eight were hurt, with a child among the victims": a child among dead and wounded alike is
                // neither field's count
                if ((np.Head == HeadClass.Child || (number.Flags & NumberFlags.ChildByAge) != 0) && AmongAllVictims(document, sentence, number, np.End))
                {
                    continue;
                }

                // "18 people sought medical help. Two children were among the victims": "victims" says neither field by itself; the
                // children are among those the figure just before counted, when it counted one field
                if (kind == CasualtyKind.Casualties && (np.Head == HeadClass.Child || (number.Flags & NumberFlags.ChildByAge) != 0) &&
                    AmongTheVictims(document, np.End, sentence.EndToken) && (previous ?? previousSentenceLast) is { } before &&
                    before.Sentence >= s - 1 && KindOf(before.Field) is { } kindBefore)
                {
                    kind = kindBefore;
                }

                // "injured a teenager and a woman": the second person shares the first one's verb; so does "another" with no verb of its own
                if (kind is null && previous is not null && number.QualifierStart > sentence.FirstToken &&
                    ((tokens[number.QualifierStart - 1].Lower == "and" && (number.Flags & NumberFlags.Article) != 0) || (number.Flags & NumberFlags.Additive) != 0))
                {
                    kind = previous.Field switch
                    {
                        CasualtyField.Killed or CasualtyField.ChildrenKilled => CasualtyKind.Killed,
                        CasualtyField.Injured or CasualtyField.ChildrenInjured => CasualtyKind.Injured,
                        CasualtyField.Missing => CasualtyKind.Missing,
                        _ => null,
                    };
                }

                // "injured two men and three women", «травмувалися двоє чоловіків, три жінки»: a counted group of people right after the
                // counted group before it (joined by "and" or a comma, ending its clause) shares that group's verb, and the two add up
                // below; a single person ("…, a man and a woman") is more often an apposition, left to the rules above
                var sharedVerb = false;
                if (kind is null && previous is not null && number.IsCount && (number.Flags & NumberFlags.Article) == 0 &&
                    number.QualifierStart > sentence.FirstToken + 1 &&
                    np.Head is HeadClass.Person && (np.End >= sentence.EndToken || tokens[np.End].Lower is "," or "and" or "." or ";" or "in" or "on" or "at" or "near" or "—" or "–" or ":") &&
                    numbers.FirstOrDefault(o => o.Start == previous.NumberToken) is { } onePerson && (onePerson.Flags & NumberFlags.Article) != 0 &&
                    AndBefore(tokens, number.QualifierStart) is var and && and > sentence.FirstToken &&
                    NounPhrase.Of(document, onePerson, sentence.EndToken) is { Head: HeadClass.Person or HeadClass.Child } personNp && personNp.End == and)
                {
                    // "injured a child and two women", «травмовано дитину та двох жінок»: a counted group joined by "and" to one person
                    // before it shares that person's verb (the assembler adds the two: a person and a group are never one count)
                    kind = KindOf(previous.Field);
                }
                else if (kind is null && previous is not null && number.IsCount && (number.Flags & NumberFlags.Article) == 0 &&
                    number.QualifierStart > sentence.FirstToken && tokens[number.QualifierStart - 1].Lower is "," or "and" &&
                    np.Head is HeadClass.Person && (np.End >= sentence.EndToken || tokens[np.End].Lower is "," or "and" or "." or ";" or "in" or "on" or "at" or "near") &&
                    numbers.FirstOrDefault(o => o.Start == previous.NumberToken) is { IsCount: true } group && (group.Flags & NumberFlags.Article) == 0 &&
                    NounPhrase.Of(document, group, sentence.EndToken) is { Head: HeadClass.Person } beforeNp && beforeNp.End == number.QualifierStart - 1)
                {
                    kind = KindOf(previous.Field);
                    // «пострадали три человека, две женщины и мужчина»: women and men after a count of people are who those people
                    // were, not more of them (read as more, the three hurt became six)
                    if (GenericPeople.Contains(tokens[beforeNp.End - 1].Lower) && !GenericPeople.Contains(tokens[np.End - 1].Lower))
                    {
                        subset = true;
                    }
                    else
                    {
                        sharedVerb = true;
                    }
                }

                if (kind is null && np.Partitive && np.Kind != CasualtyKind.Casualties)
                {
                    kind = np.Kind;
                    subset = true;
                }

                // («Серед постраждалих – 11 дітей», "Among the victims: three children", "Among them is a girl", «Среди них есть девочка»: a
                // dash, a colon or a copula may stand between)
                var marker = lex.SubsetMarkers.MatchEndingAt(tokens, number.QualifierStart, sentence.FirstToken);
                if (marker.Length == 0 && number.QualifierStart - 1 > sentence.FirstToken &&
                    (tokens[number.QualifierStart - 1].Lower is "–" or "—" or ":" || lex.Words.SubsetCopulas.Contains(document.OriginalLower(number.QualifierStart - 1))))
                {
                    marker = lex.SubsetMarkers.MatchEndingAt(tokens, number.QualifierStart - 1, sentence.FirstToken);
                }

                var subsetMarker = marker.Length > 0 || np.Partitive;
                // «загинула людина, серед постраждалих – 9-річна дитина»: a marker that names its field ("among the wounded") says
                // what the part counts, whatever the count before it was; "victims" beside a count of the dead are the hurt
                // (the marker stands next to the count, so it outweighs a verb further back: «загинула людина, серед постраждалих дитина»)
                if (marker.Length > 0 && MarkerKind(document, marker) is { } named &&
                    (named == CasualtyKind.Casualties
                        ? previous is { Field: CasualtyField.Killed or CasualtyField.ChildrenKilled } ? CasualtyKind.Injured : kind
                        : named) is { } markerKind)
                {
                    kind = markerKind;
                }

                // «Раненых уже минимум семь», «Погибших — трое», "Injured: 7": the casualty noun opening the sentence says what its
                // count counts (not the field the sentence before counted last)
                if (kind is null && np.Head == HeadClass.None && NounOpensCount(document, sentence, number) is { } opening)
                {
                    kind = opening;
                }

                // ("the number of victims has increased to 3 people": after a toll noun, "people" says no more than the bare number;
                // «евакуювали вже понад 25 людей» is no toll, nor «число жертв увеличилось до пяти человек: трое погибли, два ранены»
                // one field's)
                var revisionOfPrevious = kind is null && (number.Flags & NumberFlags.Revision) != 0 &&
                                         (np.Head == HeadClass.None || (np.Head == HeadClass.Person && GenericPeople.Contains(tokens[np.End - 1].Lower) &&
                                                                        lex.TollNouns.Contains(tokens, sentence.FirstToken, number.Start) &&
                                                                        !numbers.Any(o => o.IsCount && o.Start >= np.End)));
                // a revision with no noun of its own ("later rose to 12") continues a figure of its sentence, or of the one before when it names a toll
                // "helped 194 people, including 11 children": a subset of a count of this sentence that is no casualty figure
                // is not a subset of the previous sentence's figure; nor is "A child who had to celebrate Easter" with no
                // casualty or subset word of its own
                var ownCountBefore = numbers.Any(o => o.IsCount && o.Start < number.Start);
                var childWithoutCue = np.Head == HeadClass.Child && !subsetMarker && !np.Partitive &&
                    !HasCasualtyCue(document, sentence);
                var inherited = previous ?? (!ownCountBefore && !childWithoutCue && (sentence.FirstToken >= number.QualifierStart - 2 || subsetMarker ||
                    (revisionOfPrevious && lex.TollNouns.Contains(tokens, sentence.FirstToken, number.Start))) ? previousSentenceLast : null);
                // "The death toll in Monday's strike has risen to eight": the toll's own noun says what it counts, whatever the
                // sentence before counted last
                if (revisionOfPrevious && TollKind(document, sentence.FirstToken, number.Start) is { } tollKind)
                {
                    kind = tollKind;
                }
                // «до 23 возросло количество пострадавших»: the toll noun after the total it reached
                else if (revisionOfPrevious && TollKind(document, number.End, Math.Min(sentence.EndToken, number.End + 4)) is { } tollAfter)
                {
                    kind = tollAfter;
                }

                var inferred = false;
                if (kind is null && inherited is not null && (subsetMarker || revisionOfPrevious || np.Head == HeadClass.Child || (np.Head == HeadClass.None && DistributedPlaceFollows(document, number, np))))
                {
                    inferred = previous is null;
                    kind = inherited.Field switch
                    {
                        CasualtyField.Killed or CasualtyField.ChildrenKilled => CasualtyKind.Killed,
                        CasualtyField.Injured or CasualtyField.ChildrenInjured => CasualtyKind.Injured,
                        CasualtyField.Missing => CasualtyKind.Missing,
                        _ => null,
                    };
                    subset = subsetMarker && !revisionOfPrevious;
                }

                // "eleven remain in hospital", "two of them in serious condition": a part of the injured, never their total
                var part = np.Head == HeadClass.Military ? PartOfInjured.None :
                    lex.Discourse.SubCountBefore.MatchEndingAt(tokens, number.QualifierStart, sentence.FirstToken).Length > 0 ||
                    InHospitalBefore(document, number.QualifierStart, sentence.FirstToken) ? PartOfInjured.Strict :
                    PartAfter(document, np.End, sentence.EndToken);
                if (part != PartOfInjured.None && kind is null)
                {
                    kind = CasualtyKind.Injured;
                }

                if (kind == CasualtyKind.Casualties && np.Head != HeadClass.Military && (onlyWounded ??= OnlyWounded(document)))
                {
                    kind = CasualtyKind.Injured;
                }

                if (kind is null or CasualtyKind.Casualties)
                {
                    // «евакуювали 1 599 людей. Серед них 56 дітей»: people counted for something else come between a toll and a
                    // later part, so the part is theirs, not the toll's (a sentence with no casualty word at all)
                    otherPeople |= np.Head == HeadClass.Person && previous is null && !HasCasualtyCue(document, sentence);
                    continue;
                }

                if (np.Head == HeadClass.Military)
                {
                    if (kind == CasualtyKind.Killed && !cumulative)
                    {
                        document.Events.Add(new ReportEvent(EventType.MilitaryLosses, null, document.SentenceEvidence(s)));
                    }

                    continue;
                }

                // "including three women": a subset that is not children adds nothing to the totals (but "eight wounded, five of them in
                // Kherson": a part told of a place is that place's count)
                if (subset && np.Head != HeadClass.Child && (number.Flags & NumberFlags.ChildByAge) == 0 &&
                    !(np.Partitive && DistributedPlaceFollows(document, number, np)))
                {
                    continue;
                }

                // "the war has killed 391 children and injured 771": in a running total the second count shares the children noun (in one
                // attack's toll "killed two children and injured 15" is not read so: the 15 are anyone; nor after children that are a
                // part of the dead: «погибли 40 человек, в том числе двое детей, и еще 150 ранены»)
                var child = np.Head == HeadClass.Child || (number.Flags & NumberFlags.ChildByAge) != 0 ||
                    (cumulative && (np.Head == HeadClass.CasualtyNoun || np.Head == HeadClass.None && np.End == number.End) && previous is { Field: CasualtyField.ChildrenKilled or CasualtyField.ChildrenInjured } &&
                     firstFigure == previous &&
                     previous.Sentence == s && number.QualifierStart - previous.NumberToken <= 6 && KindOf(previous.Field) != kind) ||
                    ((number.Flags & NumberFlags.Additive) != 0 && np.Head is HeadClass.None or HeadClass.Person && np.End == number.End &&
                     previous?.Field is CasualtyField.ChildrenKilled or CasualtyField.ChildrenInjured);
                var field = kind switch
                {
                    CasualtyKind.Killed => child ? CasualtyField.ChildrenKilled : CasualtyField.Killed,
                    CasualtyKind.Injured => child ? CasualtyField.ChildrenInjured : CasualtyField.Injured,
                    _ => CasualtyField.Missing,
                };

                // "620 children have been killed and over 1,800 injured": the second figure counts the same children
                // ("500 children were killed and more than 1,097 were injured": no noun of its own either)
                // — but only after a count of children that opens the sentence's figures, not after one listed among others
                // ("killing 12 people including a small child and wounding 25")
                if ((np.Head == HeadClass.CasualtyNoun || (np.Head == HeadClass.None && firstFigure == previous && (previous?.Flags & NumberFlags.Article) == 0)) &&
                    previous is { Field: CasualtyField.ChildrenKilled or CasualtyField.ChildrenInjured } &&
                    number.QualifierStart > 0 && AndBetween(tokens, previous.NumberToken, number.QualifierStart))
                {
                    field = field switch
                    {
                        CasualtyField.Killed => CasualtyField.ChildrenKilled,
                        CasualtyField.Injured => CasualtyField.ChildrenInjured,
                        _ => field,
                    };
                }

                if (cumulative)
                {
                    AddStatistic(document, s, field, number);
                    previous = new CasualtyMention(s, field, (int)Math.Min(number.Value, int.MaxValue), number.Qualifier, number.Flags, number.Start, null, false);
                    firstFigure ??= previous;
                    continue;
                }

                // "injured nine people in Odesa, four of them children": a part of a count is where the count is
                var bound = BoundPlace(document, number, np) ?? (subsetMarker && previous is { Past: false } ? previous.BoundPlace : null);
                // "At 10:34 p.m. the head of the OVA specified the number of victims. … six people died, eight were injured": counts an
                // official gives as the corrected toll are its revision, whatever an earlier count said
                var flags = number.Flags | (clarified ? NumberFlags.Revision : 0);
                var mention = new CasualtyMention(s, field, (int)Math.Min(number.Value, int.MaxValue), number.Qualifier, flags, number.Start,
                    bound, number.Start > pastFrom || (acrossPlaces && bound is null) || (bound is null && InUkraineAfter(document, np.End, sentence.EndToken)));
                // «Еще трем гражданским оказали помощь на месте», "two more were hospitalised": those treated on top of the
                // injured already counted are more of them, not a part
                if (kind == CasualtyKind.Injured && part != PartOfInjured.None && !(part == PartOfInjured.Hospitalised && (number.Flags & NumberFlags.Increment) != 0))
                {
                    mention = mention with { SubCount = part == PartOfInjured.Strict, PartCount = part == PartOfInjured.Hospitalised };
                }
                // «у лікарнях залишається 54 поранені, ще п'ятьох транспортували до опікового центру»: more of those still in hospital are
                // no more a total than they are (the children among them are: "including a four-year-old girl" counts an injured child)
                else if (part == PartOfInjured.None && (number.Flags & NumberFlags.Increment) != 0 &&
                         previous is { SubCount: true } stillInHospital && stillInHospital.Sentence == s &&
                         mention.Field is CasualtyField.Injured or CasualtyField.ChildrenInjured)
                {
                    mention = mention with { SubCount = true };
                }

                if (inferred)
                {
                    mention = mention with { Inferred = true };
                }

                // "four police officers and five civilians were injured", "two women aged 63 and 80 and a man were injured": two groups
                // under one verb add up to the figure; each group alone is a part of it (the larger alone would be a wrong number)
                if (!child && !subset && numbers.Where(o => o.IsCount && o.End <= number.QualifierStart &&
                        (sharedVerb ? o.Start == previous!.NumberToken : JoinedGroups(document, o, number.QualifierStart, np.End, sentence)))
                        .Select(o => (NumberMention?)o).FirstOrDefault() is { } other)
                {
                    if (previous is { } first && first.Sentence == s && first.Field == field && first.NumberToken == other.Start)
                    {
                        document.Casualties[document.Casualties.LastIndexOf(first)] = first with { SubCount = true };
                        mention = first.SubCount || first.PartCount || mention.SubCount || mention.PartCount || first.Inferred
                            ? mention with { SubCount = true }
                            : mention with
                            {
                                Value = first.Value + mention.Value,
                                Qualifier = first.Qualifier != Qualifier.Exact ? first.Qualifier : mention.Qualifier,
                                Flags = mention.Flags & ~NumberFlags.Article,
                            };
                    }
                    else
                    {
                        mention = mention with { SubCount = true };
                    }
                }

                // «тело погибшего мужчины», "the body of a man": the body and the person it is are one person
                if (previous is { } body && body.Sentence == s && body.Field == field && (body.Flags & number.Flags & NumberFlags.Article) != 0 &&
                    tokens[body.NumberToken].Lower is "body" && number.Start - body.NumberToken <= 3)
                {
                    continue;
                }

                document.Casualties.Add(mention);
                // «по одному в Александровке и Макеевке», "one each in Bilozerka and Stanislav": the same count in every place listed
                if (Distributive(document, number, np) && mention.BoundPlace is { } firstPlace)
                {
                    foreach (var alsoThere in PlacesListedAfter(document, firstPlace, sentence.EndToken))
                    {
                        document.Casualties.Add(mention with { BoundPlace = alsoThere });
                    }
                }
                previous = mention;
                firstFigure ??= mention;
                warScale |= mention.Value >= WarScaleCount;
            }

            previousSentenceCumulative = previous is not null ? cumulative || warScale : !otherPeople && previousSentenceCumulative;
            previousSentenceLast = previous ?? (otherPeople ? null : previousSentenceLast);
        }
    }

    /// <summary>
    /// «Кількість жертв зросла до 11», «число жертв выросло»: Ukrainian and Russian «жертви» are most often the dead
    /// (specs/uk/README.md), yet also the wounded («кількість жертв (поранених) збільшилася до 55») or both («число жертв
    /// увеличилось до пяти: трое погибли, два ранены»). Read as the one kind the report's other words tell of, else as neither.
    /// </summary>
    private static CasualtyKind? SlavicVictims(AnnotatedDocument document)
    {
        var (killed, wounded) = (false, false);
        foreach (var t in document.Tokens)
        {
            // (nouns of injuries tell of the wounds, not of who had them: «помер чоловік … травми були дуже важкими» is the dead man's)
            if (document.Lexicon.CasualtyCues.TryGetValue(t.Lower, out var kind) && t.Lower is not ("injuries" or "wounds"))
            {
                killed |= kind == CasualtyKind.Killed;
                wounded |= kind == CasualtyKind.Injured;
            }
        }

        return killed == wounded ? null : killed ? CasualtyKind.Killed : CasualtyKind.Injured;
    }

    /// <summary>The report names the wounded (an injury cue) and no death anywhere: no killed cue, no "no one was killed".</summary>
    private static bool OnlyWounded(AnnotatedDocument document)
    {
        var cues = document.Lexicon.CasualtyCues;
        var wounded = false;
        foreach (var t in document.Tokens)
        {
            if (cues.TryGetValue(t.Lower, out var kind))
            {
                if (kind == CasualtyKind.Killed)
                {
                    return false;
                }

                wounded |= kind == CasualtyKind.Injured;
            }
        }

        return wounded;
    }

    /// <summary>
    /// "with a child among the victims" where the sentence before the child tells of both the dead and the wounded: which of the
    /// two the child is, the sentence does not say.
    /// </summary>
    private static bool AmongAllVictims(AnnotatedDocument document, SentenceSpan sentence, NumberMention number, int npEnd)
    {
        var tokens = document.Tokens;
        // "60 wounded, among them nine children" is a part of the figure right before it (the nearest): only "the victims" are both
        if (!AmongTheVictims(document, npEnd, sentence.EndToken))
        {
            return false;
        }

        var from = sentence.FirstToken;
        bool killed = false, injured = false;
        for (var k = from; k < number.QualifierStart; k++)
        {
            if (document.Lexicon.CasualtyCues.TryGetValue(tokens[k].Lower, out var kind))
            {
                killed |= kind == CasualtyKind.Killed;
                injured |= kind == CasualtyKind.Injured;
            }
        }

        return killed && injured;
    }

    /// <summary>The casualty word inside a subset marker («серед поранених», "among the dead"), if it has one.</summary>
    private static CasualtyKind? MarkerKind(AnnotatedDocument document, PhraseMatch<bool> marker)
    {
        for (var k = marker.Start; k < marker.End; k++)
        {
            if (document.Lexicon.CasualtyCues.TryGetValue(document.Tokens[k].Lower, out var kind))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>"were among the victims", "among the casualties": what follows a count names the victims as its whole.</summary>
    private static bool AmongTheVictims(AnnotatedDocument document, int from, int end)
    {
        var tokens = document.Tokens;
        var k = from;
        while (k < end && k < from + 2 && tokens[k].Lower is "were" or "was" or "are" or "is")
        {
            k++;
        }

        return k + 2 < end && tokens[k].Lower == "among" && tokens[k + 1].Lower == "the" && tokens[k + 2].Lower is "victims" or "casualties";
    }

    /// <summary>"four police officers and five civilians": a count, its noun of one to three words, "and", the next count.</summary>
    /// (Not "one fatality and five injuries", two tolls; nor "killed 3 people and 2 were injured", the first has its own verb; but
    /// "killed two women and a man in Kupiansk", «пострадали две женщины и мужчина»: the verb before the first group is the second's
    /// too when the second has none of its own after it.)
    private static bool JoinedGroups(AnnotatedDocument document, NumberMention first, int secondStart, int secondEnd, SentenceSpan sentence)
    {
        var tokens = document.Tokens;
        var firstEnd = first.End;
        if (secondStart - firstEnd < 2 || tokens[secondStart - 1].Lower != "and")
        {
            return false;
        }

        // "two women aged 63 and 80 and a man": the first group's ages stand between its noun and "and"
        var nounEnd = secondStart - 1;
        var j = firstEnd + 1 < nounEnd && tokens[firstEnd + 1].Lower == "aged" ? firstEnd + 2 : nounEnd;
        while (j < nounEnd && (tokens[j].Kind == TokenKind.Number || tokens[j].Lower is "and" or ","))
        {
            j++;
        }

        if (j == nounEnd && j > firstEnd + 2 && tokens[j - 1].Kind == TokenKind.Number)
        {
            nounEnd = firstEnd + 1;
        }

        if (nounEnd - firstEnd > 3 || NounPhrase.Of(document, first, nounEnd).Head != HeadClass.Person)
        {
            return false;
        }

        for (var k = Math.Max(sentence.FirstToken, first.QualifierStart - 2); k < first.QualifierStart; k++)
        {
            if (document.Lexicon.CasualtyCues.ContainsKey(tokens[k].Lower) && SecondHasOwnVerb())
            {
                return false;
            }
        }

        for (var k = firstEnd; k < nounEnd; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || document.Lexicon.CasualtyCues.ContainsKey(tokens[k].Lower) ||
                document.Lexicon.ChildNouns.Contains(tokens[k].Lower))
            {
                return false;
            }
        }

        return true;

        // a casualty word or an auxiliary in the second group or the two words after it: "and 2 were injured", «и двое ранены»
        bool SecondHasOwnVerb()
        {
            for (var k = secondStart; k < Math.Min(sentence.EndToken, secondEnd + 2); k++)
            {
                if (document.Lexicon.CasualtyCues.ContainsKey(tokens[k].Lower) || document.Lexicon.Auxiliaries.Contains(tokens[k].Lower))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>"rescuers saved 12 people", «були врятовані 5 людей»: a rescue verb (or its auxiliary) right before the count.</summary>
    private static bool RescuedBefore(AnnotatedDocument document, NumberMention number, int sentenceStart)
    {
        var tokens = document.Tokens;
        var k = number.QualifierStart - 1;
        while (k > sentenceStart && k >= number.QualifierStart - 2 && !document.Lexicon.Words.RescueVerbs.Contains(tokens[k].Lower) &&
               document.Lexicon.Auxiliaries.Contains(tokens[k].Lower))
        {
            k--;
        }

        return k >= sentenceStart && document.Lexicon.Words.RescueVerbs.Contains(tokens[k].Lower);
    }

    /// <summary>
    /// The "and" right before a count, past a possessive ("a woman and her two daughters", «жінка та її дві доньки»); -1 when none.
    /// </summary>
    internal static int AndBefore(List<Token> tokens, int count)
    {
        var k = count - 1;
        if (k > 0 && tokens[k].Lower is "her" or "his" or "their")
        {
            k--;
        }

        return k >= 0 && tokens[k].Lower == "and" ? k : -1;
    }

    private static CasualtyKind? KindOf(CasualtyField field) => field switch
    {
        CasualtyField.Killed or CasualtyField.ChildrenKilled => CasualtyKind.Killed,
        CasualtyField.Injured or CasualtyField.ChildrenInjured => CasualtyKind.Injured,
        CasualtyField.Missing => CasualtyKind.Missing,
        _ => null,
    };

    /// <summary>A word that may describe a wound in English: an adjective by its ending, a word of the casualty vocabulary, a hyphenated pair, "a", "and".</summary>
    private static bool WoundModifier(AnnotatedDocument document, int j, int limit)
    {
        var token = document.Tokens[j];
        var w = token.Lower;
        if (w is "-" or "a" or "an" or "and")
        {
            return true;
        }

        if (token.Kind != TokenKind.Word || token.Capitalized || document.Lexicon.PersonNouns.Contains(w))
        {
            return false;
        }

        return document.Lexicon.Auxiliaries.Contains(w) && w is not ("in" or "the" or "for" or "with" or "from" or "to" or "as" or "attack" or "strike") ||
               (j + 1 < limit && document.Tokens[j + 1].Lower == "-") ||
               w.EndsWith("al", StringComparison.Ordinal) || w.EndsWith("ive", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal) ||
               w.EndsWith("ous", StringComparison.Ordinal) || w.EndsWith("ic", StringComparison.Ordinal) || w.EndsWith("ary", StringComparison.Ordinal);
    }

    /// <summary>The endings of a Ukrainian or Russian adjective as written («минно-взрывную», «осколкове»).</summary>
    private static readonly string[] SlavicAdjectiveEndings = ["ую", "юю", "ое", "ее", "ые", "ие", "ий", "ый", "ой", "ій", "ої", "е", "о", "у", "а", "і"];

    private static bool SlavicAdjective(AnnotatedDocument document, int token)
    {
        var word = document.OriginalLower(token);
        return SlavicAdjectiveEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal));
    }

    /// <summary>
    /// "More than 70 people were killed in Zaporizhzhia in October", «за жовтень загинули 12 людей»: a toll over a whole month,
    /// told with no weapon or attack of its own, sums the month's attacks (read as one incident, it was a high-confidence wrong
    /// figure). "In March, a missile killed 23" names its attack and stays an incident.
    /// </summary>
    internal static bool MonthTotal(AnnotatedDocument document, SentenceSpan sentence)
    {
        // (cheapest first: most sentences tell of no casualty, and the phrases are read as written)
        if (!HasCasualtyCue(document, sentence) || document.Weapons.Any(w => w.Start >= sentence.FirstToken && w.Start < sentence.EndToken))
        {
            return false;
        }

        var tokens = document.Tokens;
        var month = false;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (document.Lexicon.AttackWords.Contains(tokens[k].Lower))
            {
                return false;
            }

            // ("earlier in October", «ранее в октябре»: an earlier attack of the month, told as past, not the month's sum)
            if (!month && tokens[k].Kind == TokenKind.Word && document.OriginalLower(k) is var word &&
                document.Lexicon.Words.MonthPeriods.Any(phrase => phrase[0] == word && k + phrase.Length <= sentence.EndToken && document.WrittenAt(phrase, k)))
            {
                month = k == sentence.FirstToken || (tokens[k - 1].Lower != "earlier" && document.OriginalLower(k - 1) is not ("ранее" or "раніше"));
            }
        }

        return month;
    }

    /// <summary>The sentence says an official corrected the toll (words.json tollClarified, as written: "specified the number", «уточнив кількість»).</summary>
    private static bool TollClarified(AnnotatedDocument document, int s) =>
        document.AnyWrittenIn(document.Lexicon.Words.TollClarified, document.Sentences[s].FirstToken, document.Sentences[s].EndToken);

    /// <summary>The endings of a Ukrainian or Russian adjective of the kind that names a wound («проникающее», «проникаюче», «рваная»).</summary>
    private static readonly string[] WoundAdjectiveEndings = ["ое", "ее", "ые", "ие", "ий", "ый", "ой", "ій", "ая", "яя", "ую", "юю", "ве", "не", "че", "ке"];

    /// <summary>A lower-case word of five letters or more with an adjective's ending that the lexicon does not gloss (so not «та»,
    /// «тяжело», «серйозне»: the lexicon's own words are read by their gloss).</summary>
    private static bool UnknownSlavicAdjective(AnnotatedDocument document, int token)
    {
        var t = document.Tokens[token];
        var word = document.OriginalLower(token);
        return t.Kind == TokenKind.Word && !t.Capitalized && word.Length >= 5 && t.Lower == word &&
               WoundAdjectiveEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal));
    }

    /// <summary>«Раненых уже минимум семь», «Погибших — трое»: the sentence opens with a casualty noun, and only a revision marker or a
    /// dash stands between it and the count.</summary>
    private static CasualtyKind? NounOpensCount(AnnotatedDocument document, SentenceSpan sentence, NumberMention number)
    {
        var tokens = document.Tokens;
        var lex = document.Lexicon;
        var first = sentence.FirstToken;
        if (first + 1 >= number.QualifierStart || !lex.CasualtyCues.TryGetValue(tokens[first].Lower, out var kind) ||
            kind is not (CasualtyKind.Killed or CasualtyKind.Injured))
        {
            return null;
        }

        for (var k = first + 1; k < number.QualifierStart;)
        {
            if (tokens[k].Lower is "—" or "–" or "-" or ":")
            {
                k++;
                continue;
            }

            var marker = lex.RevisionMarkers.MatchAt(tokens, k, number.QualifierStart);
            if (marker.Length == 0)
            {
                return null;
            }

            k += marker.Length;
        }

        return kind;
    }

    private static CasualtyKind? TollKind(AnnotatedDocument document, int from, int to)
    {
        var lex = document.Lexicon;
        foreach (var m in lex.TollNouns.FindAll(document.Tokens, from, to))
        {
            for (var k = m.Start; k < m.End; k++)
            {
                var word = document.Tokens[k].Lower;
                if (lex.Words.TollWords.Contains(word) && lex.CasualtyCues.TryGetValue(word, out var kind) && kind is CasualtyKind.Killed or CasualtyKind.Injured)
                {
                    return kind;
                }

                if (lex.Forms is not null && word == "victims" && SlavicVictims(document) is { } victims)
                {
                    return victims;
                }

                // "the number of casualties rose to seven" in a report of the wounded and no dead
                if (lex.CasualtyCues.TryGetValue(word, out var either) && either == CasualtyKind.Casualties && OnlyWounded(document))
                {
                    return CasualtyKind.Injured;
                }
            }
        }

        return null;
    }

    /// <summary>"killed five across three southern regions": a total over several places is no place's incident (its parts are).</summary>
    private static bool AcrossSeveralPlaces(AnnotatedDocument document, SentenceSpan sentence)
    {
        var tokens = document.Tokens;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            // "killed four people in Ukraine", "across Ukraine", "a barrage on Ukraine, killing three": a country-wide total
            // (not the claimant's "authorities in Ukraine said": who speaks, not where the toll was counted)
            if (tokens[k].Lower is "in" or "across" or "throughout" or "on" or "against" && k + 1 < sentence.EndToken && tokens[k + 1].Lower == "ukraine" &&
                !(k + 2 < sentence.EndToken && document.Lexicon.SpeechVerbs.Contains(tokens[k + 2].Lower)))
            {
                return true;
            }

            // "struck Kherson and eight more settlements in the region, killing three": a count of places
            if (tokens[k].Kind == TokenKind.Number || document.Lexicon.NumberWords.ContainsKey(tokens[k].Lower))
            {
                // "three civilians were killed in two separate (Ukrainian) attacks": a sum over incidents the report then tells one by one
                // (up to two words may stand between the pair's words)
                if (document.Lexicon.Words.SeparateAttacks.Any(pair => k + 2 < sentence.EndToken && document.OriginalLower(k + 1) == pair[0] &&
                        Enumerable.Range(k + 2, Math.Min(3, sentence.EndToken - k - 2)).Any(j => document.OriginalLower(j) == pair[^1])))
                {
                    return true;
                }

                // ("two districts of Kharkiv" are parts of one city: its toll stays the city's)
                if (PlaceCount.PluralAfter(document, sentence, k + 1) is var j and >= 0 &&
                    !(j + 1 < sentence.EndToken && tokens[j + 1].Lower == "of") && !RegionsRoundUp(document, sentence, k))
                {
                    return true;
                }
            }

            // "injured 10 in Ukraine's Zaporizhzhia and Kharkiv regions": a list of regions under one plural
            if (tokens[k].Lower is "regions" or "oblasts" or "provinces" && ListOfPlacesEndsAt(document, k))
            {
                return true;
            }

            // "attacked the Nikopol and Synelnykivskyi districts, injuring six": so is a list of raions (not "the Kyivskyi and
            // Shevchenkivskyi districts of Kharkiv": one city's toll)
            if (tokens[k].Lower is "districts" or "raions" && ListOfPlacesEndsAt(document, k, wrapperInside: true) &&
                !(k + 2 < sentence.EndToken && tokens[k + 1].Lower == "of" && document.PlaceAt(k + 2) is { Place.Kind: PlaceKind.City }))
            {
                return true;
            }

            if (tokens[k].Lower is "across" or "nationwide" && (tokens[k].Lower == "nationwide" ||
                Enumerable.Range(k + 1, Math.Max(0, Math.Min(4, sentence.EndToken - k - 1))).Any(j => document.Lexicon.Words.AreaPlurals.Contains(tokens[j].Lower))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Missiles and drones targeted cities including the capital Kyiv. … At least five people were killed": a toll naming no place
    /// after a sentence whose places are only examples of many ("cities including", "regions such as") is no one place's.
    /// </summary>
    private static bool AfterExamplesOfMany(AnnotatedDocument document, int s)
    {
        if (document.PlacesIn(s).Any())
        {
            return false;
        }

        var tokens = document.Tokens;
        for (var p = s - 1; p >= Math.Max(0, s - 2); p--)
        {
            var places = document.PlacesIn(p).Where(m => !document.TitlePlaces.Contains(m.Start) && !document.DatelinePlaces.Contains(m.Start)).ToList();
            if (places.Count == 0)
            {
                continue;
            }

            var first = document.Sentences[p].FirstToken;
            return places.All(m => Enumerable.Range(Math.Max(first + 1, m.Start - 5), Math.Max(0, m.Start - Math.Max(first + 1, m.Start - 5)))
                .Any(k => tokens[k].Lower is "including" or "such" && document.Lexicon.Words.AreaPlurals.Contains(tokens[k - 1].Lower)));
        }

        return false;
    }

    /// <summary>
    /// "shelled 12 settlements in Kherson region, four people were injured", "struck Kherson and 18 other settlements in the region":
    /// a count of places inside one oblast the sentence names (or after the one town it names) is that region's daily round-up, its
    /// toll the oblast's (the incident step widens the town to its oblast); only a count over several regions or the country is no
    /// one place's.
    /// </summary>
    private static bool RegionsRoundUp(AnnotatedDocument document, SentenceSpan sentence, int count)
    {
        var places = document.PlacesIn(document.Tokens[count].Sentence)
            .Where(p => !document.TitlePlaces.Contains(p.Start) && !document.DatelinePlaces.Contains(p.Start)).ToList();
        var oblasts = places.Where(p => p.Place.Kind == PlaceKind.Oblast).Select(p => p.Place.Admin1Code).Distinct(StringComparer.Ordinal).Count();
        var towns = places.Where(p => p.Place.Kind is PlaceKind.City or PlaceKind.Settlement).Select(p => p.Place.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        if (oblasts == 1 && towns == 0 && places.All(p => p.Place.Kind == PlaceKind.Oblast))
        {
            return true;
        }

        // "Kherson and eight more settlements": the one town, then "and" and the count
        return towns == 1 && places.All(p => p.Place.Kind is PlaceKind.City or PlaceKind.Settlement or PlaceKind.Oblast) && oblasts <= 1 &&
               count > sentence.FirstToken + 1 && document.Tokens[count - 1].Lower == "and" && places.Any(p => p.End == count - 1);
    }

    /// <summary>Two or more places joined by commas or "and" end right before token <paramref name="k"/>.</summary>
    private static bool ListOfPlacesEndsAt(AnnotatedDocument document, int k, bool wrapperInside = false)
    {
        var places = document.Places;
        // (with the plural wrapper k read into the last place's own span where asked: "Synelnykivskyi districts")
        var last = places.FindIndex(p => p.End == k || (wrapperInside && p.End == k + 1));
        if (last <= 0)
        {
            return false;
        }

        var gap = places[last].Start - places[last - 1].End;
        return gap is >= 1 and <= 2 && Enumerable.Range(places[last - 1].End, gap).All(j => document.Tokens[j].Lower is "," or "and" or "&");
    }

    private static bool HasCasualtyCue(AnnotatedDocument document, SentenceSpan sentence)
    {
        var lex = document.Lexicon;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (lex.CasualtyCues.ContainsKey(document.Tokens[k].Lower) || lex.CasualtyPhrases.MatchAt(document.Tokens, k, sentence.EndToken).Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"killed a 12-year-old girl in central Ukraine and wounded three in Kyiv": this count is placed only in the country.</summary>
    private static bool InUkraineAfter(AnnotatedDocument document, int from, int limit)
    {
        var tokens = document.Tokens;
        for (var k = from; k < Math.Min(limit - 1, from + 4); k++)
        {
            if (tokens[k].Kind == TokenKind.Number || tokens[k].Lower is "," or ";" or "and" or ":" or "—")
            {
                return false;
            }

            if (tokens[k].Lower == "in")
            {
                var j = k + 1;
                if (tokens[j].Lower is "central" or "eastern" or "western" or "southern" or "northern" or "northeastern" or "southeastern" or "northwestern" or "southwestern" && j + 1 < limit)
                {
                    j++;
                }

                return tokens[j].Lower == "ukraine";
            }
        }

        return false;
    }

    private static bool AndBetween(List<Token> tokens, int from, int to)
    {
        var and = false;
        for (var k = from + 1; k < to; k++)
        {
            if (tokens[k].Lower is "," or ";" or "." || tokens[k].Kind == TokenKind.Number)
            {
                return false;
            }

            and |= tokens[k].Lower == "and";
        }

        return and;
    }

    private static void AddStatistic(AnnotatedDocument document, int s, CasualtyField field, NumberMention number)
    {
        var metric = field switch
        {
            CasualtyField.Killed => "civilians_killed_cumulative",
            CasualtyField.Injured => "civilians_injured_cumulative",
            CasualtyField.ChildrenKilled => "children_killed_cumulative",
            CasualtyField.ChildrenInjured => "children_injured_cumulative",
            _ => null,
        };
        if (metric is null)
        {
            return;
        }

        var claimant = document.ClaimantOf(s)?.Claimant ?? Claimant.Unattributed;
        var statistic = new Statistic(metric, number.Value, number.Qualifier, claimant, document.SentenceEvidence(s));
        // the headline, the lead and the official's quotation restate one running total: it is one statistic, kept with the
        // first sentence that attributes it
        var same = document.Statistics.FindIndex(x => x.Metric == metric && x.Value == number.Value && x.Qualifier == number.Qualifier);
        if (same < 0)
        {
            document.Statistics.Add(statistic);
        }
        else if (document.Statistics[same].Claimant.Kind == ClaimantKind.Unattributed && claimant.Kind != ClaimantKind.Unattributed)
        {
            document.Statistics[same] = statistic;
        }
    }

    /// <summary>First token after which numbers speak of the past ("since a strike in April", "last year"); int.MaxValue when none.</summary>
    /// <summary>
    /// "The attack comes two days after a barrage of missiles killed seven", "came just hours after", "comes after": the wire's recap
    /// of an earlier attack; what follows "after" is past.
    /// </summary>
    internal static bool ComesAfter(List<Token> tokens, int k, int end)
    {
        if (tokens[k].Lower is not ("comes" or "came"))
        {
            return false;
        }

        for (var j = k + 1; j < Math.Min(end, k + 16); j++)
        {
            // ("comes amid a Russian offensive in eastern Ukraine and two days after": a span of time right before "after")
            if (tokens[j].Lower == "after")
            {
                return j == k + 1 || tokens[j - 1].Lower is "days" or "day" or "hours" or "weeks" or "week" or "months" or "month" or "shortly" or "just" or "soon";
            }

            if (tokens[j].Kind == TokenKind.Punct)
            {
                return false;
            }
        }

        return false;
    }

    internal static int PastMarkerStart(AnnotatedDocument document, SentenceSpan sentence)
    {
        var lex = document.Lexicon;
        var best = int.MaxValue;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (lex.PastMarkers.MatchAt(document.Tokens, k, sentence.EndToken).Length > 0 || ComesAfter(document.Tokens, k, sentence.EndToken))
            {
                best = k;
                break;
            }
        }

        foreach (var d in document.DatesIn(document.Tokens[sentence.FirstToken].Sentence))
        {
            if (d.IsPast)
            {
                // "a strike in April killed 35": the clause that names the past month starts a little before it.
                var start = d.Start;
                for (var k = d.Start - 1; k >= Math.Max(sentence.FirstToken, d.Start - 6); k--)
                {
                    if (document.Tokens[k].Kind == TokenKind.Punct || document.Tokens[k].Kind == TokenKind.Number)
                    {
                        break;
                    }

                    start = k;
                }

                best = Math.Min(best, start - 1);
            }
        }

        return best;
    }

    /// <summary>
    /// Whether the injured people counted by <paramref name="number"/> are the subject of a death verb right after them
    /// ("one more injured man died", "one of the wounded later died", "two wounded women have died": only the words of the
    /// noun phrase, injury words and adverbs between): a death, not a count of the injured. The Slavic verb-first order
    /// («помер ще один поранений») is DiedOfWounds'.
    /// </summary>
    private static bool WoundedWhoDied(AnnotatedDocument document, NumberMention number, SentenceSpan sentence)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        for (var k = number.End; k < Math.Min(sentence.EndToken, number.End + 6); k++)
        {
            var t = tokens[k].Lower;
            if (lex.Words.WoundedDeathVerbs.Contains(t))
            {
                return true;
            }

            var injuryWord = lex.CasualtyCues.TryGetValue(t, out var cue) && cue == CasualtyKind.Injured;
            if (!injuryWord && !lex.Words.WoundedDeathAdverbs.Contains(t) && !lex.PersonNouns.Contains(t) && !lex.ChildNouns.Contains(t) && t is not ("of" or "the" or "more"))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>The one person's verbs after it: an injury, "and" (an adverb or auxiliary between), then a death ("wounded and later died").</summary>
    private static bool WoundedThenDied(AnnotatedDocument document, int from, int limit)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        for (var k = from; k < Math.Min(limit, from + 14); k++)
        {
            var phrase = lex.CasualtyPhrases.MatchAt(tokens, k, limit);
            var kind = phrase.Length > 0 ? phrase.Value : lex.CasualtyCues.TryGetValue(tokens[k].Lower, out var cue) ? cue : (CasualtyKind?)null;
            if (kind is null)
            {
                continue;
            }

            if (kind != CasualtyKind.Injured)
            {
                return false;
            }

            // ("wounded by shelling and later died": a short phrase of how or where may stand between, not another clause)
            var j = phrase.Length > 0 ? phrase.Start + phrase.Length : k + 1;
            var stop = Math.Min(limit, j + 5);
            while (j < stop && tokens[j].Lower != "and" && tokens[j].Kind != TokenKind.Number && tokens[j].Lower is not ("," or ";") &&
                   !lex.CasualtyCues.ContainsKey(tokens[j].Lower))
            {
                j++;
            }

            if (j >= limit || tokens[j].Lower != "and")
            {
                return false;
            }

            j++;
            while (j < limit - 1 && j < k + 5 && (lex.Auxiliaries.Contains(tokens[j].Lower) || lex.Words.WoundedDeathAdverbs.Contains(tokens[j].Lower)))
            {
                j++;
            }

            return j < limit && lex.CasualtyCues.TryGetValue(tokens[j].Lower, out var then) && then == CasualtyKind.Killed;
        }

        return false;
    }

    /// <summary>
    /// The casualty word after a subject: "three civilians killed", "two people were killed", "Four
    /// members of one family, including two boys, were found dead", "An infant and his mother were
    /// wounded", "Three teenagers were among eleven people hurt".
    /// </summary>
    /// <summary>«отец погибшего мальчика», «мати загиблого хлопчика»: in Ukrainian or Russian, a casualty participle at
    /// <paramref name="participle"/> right after a person describes the person (or count) after it, not the one before.</summary>
    private static bool ParticipleAfterPerson(AnnotatedDocument document, int participle) =>
        document.Lexicon.Forms is not null && participle > 0 && document.Lexicon.CasualtyCues.ContainsKey(document.Tokens[participle].Lower) &&
        IsPersonWord(document, participle - 1);

    private static bool IsPersonWord(AnnotatedDocument document, int token) =>
        document.Lexicon.PersonNouns.Contains(document.Tokens[token].Lower) || document.Lexicon.ChildNouns.Contains(document.Tokens[token].Lower);

    private static CasualtyKind? RightCue(AnnotatedDocument document, int from, int limit)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        var k = from;
        var budget = 14;
        // the tokens after k, at most n, up to the first punctuation: a clause between subject and verb
        IEnumerable<int> WordsUntilPunctuation(int at, int n) =>
            Enumerable.Range(at + 1, Math.Max(0, Math.Min(limit, at + 1 + n) - (at + 1))).TakeWhile(j => tokens[j].Kind != TokenKind.Punct);
        while (k < limit && budget-- > 0)
        {
            var t = tokens[k].Lower;
            var phrase = lex.CasualtyPhrases.MatchAt(tokens, k, limit);
            if (phrase.Length > 0 && lex.Forms is not null && lex.Words.AidGivingVerbs.Contains(document.OriginalLower(phrase.Start)))
            {
                return null; // «двое медиков оказали первую помощь водителю»: those who gave the aid, not the hurt
            }

            if (phrase.Length > 0)
            {
                return BothKindsFrom(document, phrase.Start + phrase.Length, phrase.Value, limit) ? CasualtyKind.Casualties : phrase.Value;
            }

            if (lex.CasualtyCues.TryGetValue(t, out var kind))
            {
                // «отец погибшего мальчика», «мати загиблого сина отримала поранення»: the participle describes the person after
                // it; the one counted before it is their relative, whose own verb (if any) comes after
                if (k == from && k + 1 < limit && ParticipleAfterPerson(document, k) && IsPersonWord(document, k + 1))
                {
                    k += 2;
                    continue;
                }

                if (BothKindsFrom(document, k + 1, kind, limit))
                {
                    return CasualtyKind.Casualties;
                }

                // "another person who was injured in a rocket attack on September 3 died in hospital": the wound is the relative
                // clause's; the person's own verb, further on, is the death
                if (kind == CasualtyKind.Injured && tokens[from].Lower is "who" or "that")
                {
                    for (var j = k + 1; j < Math.Min(limit, k + 14); j++)
                    {
                        if (lex.CasualtyCues.TryGetValue(tokens[j].Lower, out var main) && main == CasualtyKind.Killed)
                        {
                            return CasualtyKind.Killed;
                        }
                    }
                }

                return kind;
            }

            // "Two women working for an agricultural firm were killed", "three people living in the block were injured": a participle's
            // phrase between subject and verb (up to seven words, no punctuation, ending at "was"/"were")
            if (lex.Forms is null && t.Length > 4 && t.EndsWith("ing", StringComparison.Ordinal) && tokens[k].Kind == TokenKind.Word &&
                WordsUntilPunctuation(k, 7).FirstOrDefault(j => tokens[j].Lower is "was" or "were") is var verb and > 0)
            {
                k = verb;
                continue;
            }

            // "three passengers of a trolleybus that was driving past the cathedral at the time of the strike were injured": a relative
            // clause between subject and verb (no punctuation, up to eighteen words) whose own verb is no casualty, ending at "was"/"were"
            // and a casualty word (not "a man who was injured in the attack died": that wound is the clause's)
            if (lex.Forms is null && t is "that" or "who" or "which" && tokens[k].Kind == TokenKind.Word)
            {
                bool CueAt(int j) => j < limit && (lex.CasualtyCues.ContainsKey(tokens[j].Lower) || lex.CasualtyPhrases.MatchAt(tokens, j, limit).Length > 0);
                var clause = WordsUntilPunctuation(k, 18).ToList();
                var verbs = clause.Where(j => tokens[j].Lower is "was" or "were").ToList();
                if (verbs.Count >= 2 && !CueAt(verbs[0] + 1) && !clause.Take(clause.IndexOf(verbs[^1])).Any(CueAt) && CueAt(verbs[^1] + 1))
                {
                    k = verbs[^1];
                    continue;
                }
            }

            // ages without commas between subject and verb: "Children aged 11 and 6 were injured"
            if (t == "aged")
            {
                var j = k + 1;
                while (j < limit && (tokens[j].Kind == TokenKind.Number || lex.NumberWords.ContainsKey(tokens[j].Lower) || tokens[j].Lower is "and" or ","))
                {
                    j++;
                }

                if (j > k + 1)
                {
                    // "two women aged 63 and 80 and a man were injured": the last "and" joins the next person
                    k = tokens[j - 1].Lower == "and" && j - 1 > k + 1 ? j - 1 : j;
                    continue;
                }

                return null;
            }

            // «Ще троє людей – 57-річний чоловік та жінки 60 і 62 років – отримали допомогу»: the persons listed between dashes
            if (DashApposition(document, k, limit) is { } closing)
            {
                k = closing + 1;
                continue;
            }

            // «ще десятеро — отримали поранення»: the dash between a subject and its predicate (Ukrainian and Russian punctuation)
            // opens no parenthetical when the casualty words come right after it
            if (t is "—" or "–" && Enumerable.Range(k + 1, Math.Max(0, Math.Min(limit, k + 3) - (k + 1)))
                    .Any(j => lex.CasualtyCues.ContainsKey(tokens[j].Lower) || lex.CasualtyPhrases.MatchAt(tokens, j, limit).Length > 0))
            {
                k++;
                continue;
            }

            // "a 35-year-old and an 83-year-old woman, and a 56-year-old man were injured": a comma that goes on with the list of
            // persons (", and a …") does not end the subject
            if (t == "," && lex.Forms is null && k + 1 < limit && tokens[k + 1].Lower == "and" && k + 2 < limit && tokens[k + 2].Lower is "his" or "her" or "their" or "a" or "an")
            {
                k++;
                continue;
            }

            // a parenthetical between subject and verb: ", including a child,", ", aged 45 and 52,", "(three of them children)"
            if (t is "," or "—" or "(")
            {
                var close = t == "(" ? ")" : t;
                var j = k + 1;
                while (j < limit && j < k + 10 && tokens[j].Lower != close && !(close == "—" && tokens[j].Lower == ","))
                {
                    j++;
                }

                if (j < limit && j < k + 10 && j > k + 1 && !lex.CasualtyCues.ContainsKey(tokens[k + 1].Lower))
                {
                    k = j + 1;
                    continue;
                }

                return null;
            }

            // a prepositional phrase: "Two employees of a grain terminal in Izmail lost their lives"
            if (document.Lexicon.Words.SubjectPrepositions.Contains(t))
            {
                var j = k + 1;
                while (j < limit && j < k + 6 && tokens[j].Kind == TokenKind.Word && !lex.CasualtyCues.ContainsKey(tokens[j].Lower) &&
                       lex.CasualtyPhrases.MatchAt(tokens, j, limit).Length == 0 && !lex.Auxiliaries.Contains(tokens[j].Lower) || (j < limit && tokens[j].Lower is "the" or "a" or "an" or "in" or "of" && j < k + 6))
                {
                    j++;
                }

                if (j == k + 1)
                {
                    return null;
                }

                k = j;
                continue;
            }

            // coordinated subjects: "an infant and his mother were wounded", "a man and a woman died"
            if (t == "and" && k + 1 < limit && tokens[k + 1].Lower is "his" or "her" or "their" or "a" or "an" or "one")
            {
                var and = k;
                k += 2;
                // "and a 17-year-old girl": an age may stand between the article and the noun
                while (k < limit && k < and + 10 && (tokens[k].Kind == TokenKind.Word || tokens[k].Kind == TokenKind.Number || tokens[k].Lower == "-") &&
                       !lex.PersonNouns.Contains(tokens[k].Lower) && !lex.ChildNouns.Contains(tokens[k].Lower))
                {
                    k++;
                }

                k++;
                // "and a police officer": the person noun's own noun
                while (k < limit && lex.MilitaryNouns.Contains(tokens[k].Lower) && !lex.CasualtyCues.ContainsKey(tokens[k].Lower))
                {
                    k++;
                }

                continue;
            }

            // "four police officers and five civilians were injured", "a woman and two children were hurt": a second counted group of
            // people (or of children) shares the verb
            if (t == "and" && k + 2 < limit && (tokens[k + 1].Kind == TokenKind.Number || lex.NumberWords.ContainsKey(tokens[k + 1].Lower)))
            {
                var j = k + 2;
                while (j < limit && j < k + 5 && tokens[j].Kind == TokenKind.Word && !lex.PersonNouns.Contains(tokens[j].Lower) && !lex.ChildNouns.Contains(tokens[j].Lower) &&
                       !lex.CasualtyCues.ContainsKey(tokens[j].Lower) && !lex.Auxiliaries.Contains(tokens[j].Lower))
                {
                    j++;
                }

                if (j < limit && j < k + 5 && (lex.PersonNouns.Contains(tokens[j].Lower) || lex.ChildNouns.Contains(tokens[j].Lower)) && !lex.CasualtyCues.ContainsKey(tokens[j].Lower))
                {
                    k = j + 1;
                    continue;
                }
            }

            // «мужчина и трехлетний мальчик получили ранения», «чоловік і хлопчик отримали поранення»: with no article, the second
            // person of the pair follows "and" at once (an age or adjective may come between)
            if (t == "and" && lex.Forms is not null)
            {
                var j = k + 1;
                // (not «один погибший и один раненый»: a second count is a figure of its own)
                while (j < limit && j < k + 4 && !lex.PersonNouns.Contains(tokens[j].Lower) && !lex.ChildNouns.Contains(tokens[j].Lower) &&
                       !lex.NumberWords.ContainsKey(tokens[j].Lower) && !lex.CasualtyCues.ContainsKey(tokens[j].Lower) &&
                       (tokens[j].Kind is TokenKind.Word || (tokens[j].Kind is TokenKind.Number && j + 1 < limit && tokens[j + 1].Lower == "-") || tokens[j].Lower == "-"))
                {
                    j++;
                }

                if (j < limit && j < k + 4 && (lex.PersonNouns.Contains(tokens[j].Lower) || lex.ChildNouns.Contains(tokens[j].Lower)) &&
                    !lex.CasualtyCues.ContainsKey(tokens[j].Lower) && !lex.NumberWords.ContainsKey(tokens[j].Lower))
                {
                    k = j + 1;
                    continue;
                }
            }

            // «мужчина получил минно-взрывную травму», «чоловік отримав осколкове поранення»: the kind of wound between the verb
            // and the wound (up to three words, a hyphen joining two) is the wound's
            if (lex.Forms is not null && k > from && tokens[k - 1].Lower is "received" or "suffered" && tokens[k].Kind == TokenKind.Word)
            {
                var j = k;
                // (adjectives only: «получили слишком серьезные травмы» is told of men whose count is in doubt, and of their death)
                while (j < limit && j < k + 4 && (tokens[j].Kind == TokenKind.Word && !tokens[j].Capitalized && SlavicAdjective(document, j) || tokens[j].Lower == "-") &&
                       !lex.CasualtyCues.ContainsKey(tokens[j].Lower))
                {
                    j++;
                }

                if (j < limit && j > k && lex.CasualtyCues.TryGetValue(tokens[j].Lower, out var wound) && wound == CasualtyKind.Injured)
                {
                    return CasualtyKind.Injured;
                }
            }

            // "received a mine-explosive and closed craniocerebral injury", "suffered a severe shrapnel wound": English names the kind
            // of wound between the verb and the wound too (up to eight tokens of adjectives, words of the casualty vocabulary,
            // hyphenated pairs and "and"; "received a phone call about the injury" is no wound)
            if (lex.Forms is null && k > from && tokens[k - 1].Lower is "received" or "suffered" or "sustained" && tokens[k].Kind == TokenKind.Word)
            {
                var j = k;
                while (j < limit && j < k + 8 && !lex.CasualtyCues.ContainsKey(tokens[j].Lower) && WoundModifier(document, j, limit))
                {
                    j++;
                }

                if (j < limit && j > k && lex.CasualtyCues.TryGetValue(tokens[j].Lower, out var wound) && wound == CasualtyKind.Injured)
                {
                    return CasualtyKind.Injured;
                }
            }

            // "a woman born in 2002 was injured", "a man, born 1961, died": the birth year between the person and the verb
            if (t == "born" && lex.Forms is null)
            {
                var j = k + 1 < limit && tokens[k + 1].Lower == "in" ? k + 2 : k + 1;
                if (j < limit && tokens[j].Kind == TokenKind.Number)
                {
                    k = j + 1 < limit && tokens[j + 1].Lower == "," ? j + 2 : j + 1;
                    continue;
                }
            }

            // "were among eleven people hurt"
            if (t == "among" || (tokens[k].Kind == TokenKind.Number && k > from && tokens[k - 1].Lower == "among"))
            {
                k++;
                continue;
            }

            // «у 17-летнего юноши проникающее осколочное ранение», «у чоловіка проникаюче поранення»: adjectives the lexicon does not
            // know may name the kind of wound right before it (up to three; a wound only, never a death)
            if (lex.Forms is not null && UnknownSlavicAdjective(document, k))
            {
                var j = k;
                while (j < limit && j < k + 3 && (UnknownSlavicAdjective(document, j) || lex.Auxiliaries.Contains(tokens[j].Lower)) &&
                       !lex.CasualtyCues.ContainsKey(tokens[j].Lower))
                {
                    j++;
                }

                if (j < limit && lex.CasualtyCues.TryGetValue(tokens[j].Lower, out var wound) && wound == CasualtyKind.Injured)
                {
                    return CasualtyKind.Injured;
                }
            }

            if (!lex.Auxiliaries.Contains(t))
            {
                return null;
            }

            k++;
        }

        return null;
    }

    /// <summary>
    /// "400 children have been killed or injured", «загинули або були поранені»: one count of the dead and the wounded together
    /// is neither field's figure (the cue at <paramref name="from"/> − 1 is joined by "or"/"and" to a cue of the other kind).
    /// </summary>
    private static bool BothKindsFrom(AnnotatedDocument document, int from, CasualtyKind kind, int limit)
    {
        var tokens = document.Tokens;
        var lex = document.Lexicon;
        if (kind is not (CasualtyKind.Killed or CasualtyKind.Injured) || from + 1 >= limit || tokens[from].Lower is not ("or" or "and"))
        {
            return false;
        }

        var j = from + 1;
        while (j < limit - 1 && j < from + 3 && lex.Auxiliaries.Contains(tokens[j].Lower))
        {
            j++;
        }

        var other = lex.CasualtyPhrases.MatchAt(tokens, j, limit) is { Length: > 0 } phrase ? phrase.Value :
            lex.CasualtyCues.TryGetValue(tokens[j].Lower, out var cue) ? cue : (CasualtyKind?)null;
        return other is CasualtyKind.Killed or CasualtyKind.Injured && other != kind;
    }

    /// <summary>
    /// "endanger the lives of 400 million people", "saved the health and possibly the lives of the boys": lives a verb puts at risk
    /// or saves (words.json livesAtRiskVerbs) are no deaths.
    /// </summary>
    private static bool LivesAtRisk(AnnotatedDocument document, int lives, int floor)
    {
        var tokens = document.Tokens;
        if (!document.Lexicon.Words.LivesWords.Contains(tokens[lives].Lower))
        {
            return false;
        }

        for (var k = lives - 1; k >= Math.Max(floor, lives - 6); k--)
        {
            if (document.Lexicon.Words.LivesAtRiskVerbs.Contains(tokens[k].Lower))
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

    private static CasualtyKind? LeftCue(AnnotatedDocument document, NumberMention number, int floor)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        var k = number.QualifierStart - 1;
        for (var steps = 0; k >= floor && steps < 4; k--, steps++)
        {
            var t = tokens[k].Lower;
            // «получили ранения 19 человек, среди которых …»: read here, not only by the later Slavic step, so that the part
            // after the count inherits the wound rather than a death told before it
            if (lex.Forms is not null && k - 1 >= floor && Slavic.InjuriesReceived.VerbThenWoundEndsAt(document, k + 1))
            {
                return CasualtyKind.Injured;
            }

            if (t == "lost")
            {
                return CasualtyKind.Killed; // "Russian forces lost about 100 soldiers" (a loss of troops; civilians are not "lost")
            }

            if (document.Lexicon.Words.CasualtyLeftVerbCues.Contains(t))
            {
                if (t is "claimed" || LivesAtRisk(document, k, floor))
                {
                    return null; // "claimed the lives of": read above; "endanger the lives of 400 million people": no deaths
                }

                return lex.CasualtyCues.TryGetValue(t, out var kind) ? kind : null;
            }

            if (t is "bodies" or "body")
            {
                return CasualtyKind.Killed; // "recovered the bodies of five people"
            }

            // "resulting in the death of the driver", "caused the deaths of two people", "the death of a man and the injury of another"
            // (not "a phone call about the injury of his neighbour": a possessive's person is told of, not counted)
            if (t == "of" && k - 2 >= floor && tokens[k - 2].Lower == "the" && lex.Forms is null && tokens[number.QualifierStart].Lower is not ("his" or "her" or "their"))
            {
                if (tokens[k - 1].Lower is "death" or "deaths")
                {
                    return CasualtyKind.Killed;
                }

                if (tokens[k - 1].Lower is "injury" or "injuries" or "wounding")
                {
                    return CasualtyKind.Injured;
                }
            }

            // «медичну допомогу отримали двоє чоловіків»: the casualty phrase before its subject, as Slavic word order puts it
            if (lex.CasualtyPhrases.MatchEndingAt(tokens, k + 1, floor) is { Length: > 0 } before)
            {
                return before.Value;
            }

            if (document.Lexicon.Words.LivesWords.Contains(t) && k > floor && tokens[k - 1].Lower is "the" or "their" or "his" or "her")
            {
                return LivesAtRisk(document, k, floor) ? null : CasualtyKind.Killed; // "claimed the lives of three"
            }

            if (!document.Lexicon.Words.CasualtyLeftSkippable.Contains(t))
            {
                break;
            }
        }

        // "the death toll rose to 18", "the number of injured has risen to 14"
        // "the number of people injured in Monday's drone strike on Odesa stands at 8": the toll noun may open a long subject
        // («кількість жертв атаки по Одесі 18 листопада зросла до 11»: a date's day is no count in the way)
        var dates = document.DatesIn(tokens[number.QualifierStart].Sentence);
        for (k = number.QualifierStart - 1; k >= Math.Max(floor, number.QualifierStart - 16); k--)
        {
            var at = k;
            if ((tokens[k].Kind == TokenKind.Number && !dates.Any(d => d.Start <= at && at < d.End)) || tokens[k].Lower is "." or ";")
            {
                break;
            }

            var toll = lex.TollNouns.MatchAt(tokens, k, number.QualifierStart);
            if (toll.Length > 0)
            {
                for (var j = toll.Start; j < toll.End; j++)
                {
                    switch (tokens[j].Lower)
                    {
                        case "injured" or "wounded":
                            return CasualtyKind.Injured;
                        case "dead" or "death" or "killed" or "toll":
                            return CasualtyKind.Killed;
                        case "victims" when lex.Forms is not null:
                            return SlavicVictims(document);
                    }
                }

                return null;
            }
        }

        return null;
    }

    private enum PartOfInjured
    {
        None,
        Strict,
        Hospitalised,
    }

    /// <summary>
    /// The closing dash of persons listed between two dashes right after a count («троє людей – 57-річний чоловік та жінки 60 і
    /// 62 років – …», "three people — a man of 57 and two women —"), or null. Longer than the parenthetical the cue search
    /// otherwise skips, so it must read as people: a person or child noun or an age inside, no verb of harm, no sentence stop.
    /// </summary>
    private static int? DashApposition(AnnotatedDocument document, int k, int limit)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        // a hyphen with spaces around it is a dash on many pages ("three more people - a man of 57 and two women - were …")
        bool Dash(int i) => i < limit && (tokens[i].Lower == "—" ||
            (tokens[i].Lower == "-" && i > 0 && i + 1 < tokens.Count && tokens[i].Start > tokens[i - 1].End && tokens[i + 1].Start > tokens[i].End));
        if (!Dash(k))
        {
            return null;
        }

        var people = false;
        for (var j = k + 1; j < limit && j <= k + 18; j++)
        {
            var t = tokens[j].Lower;
            if (Dash(j))
            {
                return people && j > k + 2 ? j : null;
            }

            if (t is "." or ";" or ":" || lex.CasualtyCues.ContainsKey(t) || lex.CasualtyPhrases.MatchAt(tokens, j, limit).Length > 0)
            {
                return null;
            }

            people |= lex.PersonNouns.Contains(t) || lex.ChildNouns.Contains(t) || lex.AgeMarkers.Contains(t);
        }

        return null;
    }

    private static readonly HashSet<string> StayVerbs = new(StringComparer.Ordinal)
    {
        "находятся", "находится", "остаются", "остается", "остаётся", "лежат", "лежит",
        "перебувають", "перебуває", "залишаються", "залишається", "лежать", "лежить",
    };

    private static readonly string[] HospitalStems = ["больниц", "стационар", "госпитал", "реанимац", "лікарн", "стаціонар", "госпітал", "реанімац"];

    /// <summary>
    /// «В стационарах городских больниц находятся 35 раненых», «в лікарнях Вінниці залишається 54 поранені»: a verb of staying right
    /// before the count, with a hospital named a few words before it (any form: discourse.json lists only phrases of adjacent words), makes those
    /// still in hospital, a part of the injured.
    /// </summary>
    private static bool InHospitalBefore(AnnotatedDocument document, int number, int floor)
    {
        var verb = number - 1;
        if (verb < floor || !StayVerbs.Contains(document.OriginalLower(verb)))
        {
            return false;
        }

        for (var k = verb - 1; k >= Math.Max(floor, verb - 4); k--)
        {
            var word = document.OriginalLower(k);
            if (HospitalStems.Any(stem => word.StartsWith(stem, StringComparison.Ordinal)))
            {
                return true;
            }

            if (document.Tokens[k].Kind == TokenKind.Punct)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Words after a count that make it a part of the injured: strict ("remain in hospital") or those hospitalised.</summary>
    private static PartOfInjured PartAfter(AnnotatedDocument document, int from, int limit)
    {
        var rules = document.Lexicon.Discourse;
        var tokens = document.Tokens;
        from = DashApposition(document, from, limit) is { } closing ? closing + 1 : from;
        var lex = document.Lexicon;
        for (var k = from; k < Math.Min(limit, from + 6); k++)
        {
            // "a man and a woman were taken to hospital", «мужчина и женщина доставлены в больницу»: the second person of a pair
            // shares the first one's predicate
            if (tokens[k].Lower == "and" && Enumerable.Range(k + 1, Math.Max(0, Math.Min(limit, k + 4) - k - 1))
                    .TakeWhile(j => tokens[j].Kind == TokenKind.Word && !lex.NumberWords.ContainsKey(tokens[j].Lower) && !lex.CasualtyCues.ContainsKey(tokens[j].Lower))
                    .FirstOrDefault(j => lex.PersonNouns.Contains(tokens[j].Lower) || lex.ChildNouns.Contains(tokens[j].Lower)) is var person and > 0)
            {
                from = person + 1;
                k = person;
                continue;
            }

            if (tokens[k].Kind == TokenKind.Number || tokens[k].Lower is "." or ";" or "," or "and" or "but" or "while")
            {
                return PartOfInjured.None;
            }

            if (rules.SubCount.MatchAt(tokens, k, limit).Length > 0)
            {
                return PartOfInjured.Strict;
            }

            if (rules.PartCount.MatchAt(tokens, k, limit).Length > 0)
            {
                return PartOfInjured.Hospitalised;
            }
        }

        return PartOfInjured.None;
    }

    private static bool HitCueAfter(AnnotatedDocument document, int from, int limit)
    {
        var lex = document.Lexicon;
        for (var k = from; k < limit && k < from + 4; k++)
        {
            var t = document.Tokens[k].Lower;
            if (lex.HitCues.Contains(t))
            {
                return true;
            }

            if (!lex.Auxiliaries.Contains(t) && t is not "directly")
            {
                return false;
            }
        }

        return false;
    }

    private static bool DebrisBefore(AnnotatedDocument document, SentenceSpan sentence, NumberMention number)
    {
        for (var k = Math.Max(sentence.FirstToken, number.QualifierStart - 4); k < number.QualifierStart; k++)
        {
            if (document.Lexicon.Words.DebrisWords.Contains(document.Tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The number counts hits: a hit noun right after it (words.json `hitCountNouns`; the Slavic packs gloss «влучань», «прильотів», «прилётов»,
    /// «попаданий» so; «три влучання», «два прильоти», the form after 2 to 4, may be glossed "hit").
    /// </summary>
    private static bool CountsHits(AnnotatedDocument document, NumberMention number)
    {
        var head = document.Tokens[number.End].Lower;
        return document.Lexicon.Words.HitCountNouns.Contains(head) ||
               (head == "hit" && number.Value is >= 2 and <= 4 && !string.Equals(document.Info.Language, "en", StringComparison.Ordinal));
    }

    /// <summary>
    /// «По Слов'янську ворог завдав 11 ударів», «завдали по Костянтинівці 14 ударів», "conducted 6 airstrikes on the town of
    /// Orikhiv", "at least 10 strikes were recorded": strikes counted on one place are its hits (the real-text sets' rule). Read only
    /// with the place the strikes fell on in their clause, or with the strikes recorded, since "strikes" as often counts attacks
    /// or launches over a front or a country. The nouns are words.json <c>strikeCountNouns</c>: none in Russian, whose real-text
    /// set counts «8 ударов» as strikes, not hits (specs/realtext/ru/README.md).
    /// </summary>
    private static bool StrikesOnPlace(AnnotatedDocument document, SentenceSpan sentence, NumberMention number)
    {
        var tokens = document.Tokens;
        var nouns = document.Lexicon.Words.StrikeCountNouns;
        if (nouns.Count == 0)
        {
            return false;
        }

        var k = number.End;
        // («14 авіаційних ударів», "6 air strikes": up to two words describing them)
        while (k < Math.Min(sentence.EndToken, number.End + 2) && !nouns.Contains(document.OriginalLower(k)) && tokens[k].Kind == TokenKind.Word)
        {
            k++;
        }

        if (k >= sentence.EndToken || !nouns.Contains(document.OriginalLower(k)))
        {
            return false;
        }

        if (k + 2 < sentence.EndToken && tokens[k + 1].Lower is "were" or "was" && tokens[k + 2].Lower is "recorded" or "registered")
        {
            return true;
        }

        for (var j = Math.Max(sentence.FirstToken, number.QualifierStart - 8); j < Math.Min(sentence.EndToken - 1, k + 6); j++)
        {
            if (tokens[j].Lower is ";" or ":")
            {
                if (j > k)
                {
                    break;
                }

                continue;
            }

            if (document.OriginalLower(j) is not ("по" or "on" or "at"))
            {
                continue;
            }

            var at = j + 1;
            while (at < Math.Min(sentence.EndToken, j + 4) && document.PlaceAt(at) is null && tokens[at].Lower is "the" or "town" or "city" or "village" or "of")
            {
                at++;
            }

            // (one place, not "on 20 settlements")
            // (a place before the count stands in its clause: «По Слов'янську ворог завдав 11 ударів»)
            if (document.PlaceAt(at) is not null && (j > number.QualifierStart || Enumerable.Range(j, number.QualifierStart - j).All(b => tokens[b].Lower is not ("," or ";"))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InterceptNear(AnnotatedDocument document, SentenceSpan sentence, NumberMention number)
    {
        var lex = document.Lexicon;
        return lex.InterceptCues.Contains(document.Tokens, Math.Max(sentence.FirstToken, number.Start - 4), number.Start);
    }

    private static bool DistributedPlaceFollows(AnnotatedDocument document, NumberMention number, NounPhrase np)
    {
        var tokens = document.Tokens;
        var end = document.Sentences[tokens[number.Start].Sentence].EndToken;
        var k = AfterOfThem(document, np.End, end);
        return k + 1 < end && tokens[k].Lower is "in" or "from" &&
               (document.PlaceAt(k + 1) is not null || (tokens[k + 1].Lower == "the" && document.PlaceAt(k + 2) is not null));
    }

    /// <summary>«по одному», «по двое», "one each": a count given to each of the places that follow.</summary>
    private static bool Distributive(AnnotatedDocument document, NumberMention number, NounPhrase np) =>
        DistributiveBefore(document, number.QualifierStart) || DistributiveBefore(document, number.Start) ||
        (np.End < document.Tokens.Count && document.Tokens[np.End].Lower == "each");

    /// <summary>«по» right before the count at <paramref name="count"/> («по одному»): the count is each place's.</summary>
    internal static bool DistributiveBefore(AnnotatedDocument document, int count) =>
        count > 0 && document.OriginalLower(count - 1) == "по";

    /// <summary>The places joined to <paramref name="first"/> by commas or "and" right after it («в Александровке и Макеевке»).</summary>
    private static List<PlaceMention> PlacesListedAfter(AnnotatedDocument document, PlaceMention first, int sentenceEnd)
    {
        var tokens = document.Tokens;
        var result = new List<PlaceMention>();
        var k = first.End;
        while (k + 1 < sentenceEnd && tokens[k].Lower is "and" or ",")
        {
            var j = k + 1 < sentenceEnd && tokens[k + 1].Lower is "in" ? k + 2 : k + 1;
            if (document.PlaceAt(j) is not { } next)
            {
                break;
            }

            result.Add(next);
            k = next.End;
        }

        return result;
    }

    /// <summary>
    /// «пятеро из них в Донецке», «троє з них у Херсоні», "five of them in Kherson", "one each in …": the token after a partitive
    /// "of them" and a distributive "each" at <paramref name="k"/>, within the sentence ending at <paramref name="end"/>.
    /// </summary>
    private static int AfterOfThem(AnnotatedDocument document, int k, int end)
    {
        if (k + 2 < end && document.OriginalLower(k) is "из" or "з" or "із" or "of" && document.OriginalLower(k + 1) is "них" or "them")
        {
            k += 2;
        }

        return k < end && document.Tokens[k].Lower == "each" ? k + 1 : k;
    }

    private static PlaceMention? BoundPlace(AnnotatedDocument document, NumberMention number, NounPhrase np)
    {
        var tokens = document.Tokens;
        var sentenceEnd = document.Sentences[tokens[number.Start].Sentence].EndToken;
        var from = AfterOfThem(document, np.End, sentenceEnd);
        for (var k = from; k < Math.Min(sentenceEnd, from + 5); k++)
        {
            var t = tokens[k];
            if (t.Kind is TokenKind.Number || t.Lower is "," or ";" or "and" or ":" or "—")
            {
                break;
            }

            // "a 27-year-old resident of the Yunakivka community was killed": the place a person lives in is where the count is
            if (t.Lower is "in" or "from" or "near" || (t.Lower == "of" && k > 0 && document.Lexicon.Words.ResidentNouns.Contains(tokens[k - 1].Lower)))
            {
                var place = document.PlaceAt(k + 1) ?? (k + 2 < sentenceEnd && tokens[k + 1].Lower == "the" ? document.PlaceAt(k + 2) : null) ??
                            DescribedPlace(document, k + 1, sentenceEnd);
                if (place is not null)
                {
                    return place;
                }
            }
        }

        return WherePlace(document, number) ?? ClauseOpeningPlace(document, number) ?? PlaceRightBefore(document, number);
    }

    /// <summary>
    /// "…, and in the Bilopillia community a woman was wounded": a count right after "in" and a place, with nothing between, is that
    /// place's, where the sentence names another place too (a single place needs no binding).
    /// </summary>
    private static PlaceMention? PlaceRightBefore(AnnotatedDocument document, NumberMention number)
    {
        var tokens = document.Tokens;
        var sentence = document.Sentences[tokens[number.Start].Sentence];
        var places = document.PlacesIn(tokens[number.Start].Sentence);
        var place = places.FirstOrDefault(p => p.End == number.QualifierStart);
        if (place is null)
        {
            return null;
        }

        var k = place.Start - 1;
        if (k > sentence.FirstToken && tokens[k].Lower == "the")
        {
            k--;
        }

        return k >= sentence.FirstToken && tokens[k].Lower is "in" or "near" &&
               places.Any(p => p.Start != place.Start && !string.Equals(p.Place.Name, place.Place.Name, StringComparison.Ordinal))
            ? place : null;
    }

    /// <summary>
    /// "the Black Sea port of Odesa", "the southern city of Kherson", "the frontline town of Pokrovsk": a place introduced by
    /// "the", up to three describing words, a noun of settlement and "of".
    /// </summary>
    private static PlaceMention? DescribedPlace(AnnotatedDocument document, int first, int end)
    {
        var tokens = document.Tokens;
        if (first >= end || tokens[first].Lower != "the")
        {
            return null;
        }

        for (var k = first + 1; k < Math.Min(end - 1, first + 5); k++)
        {
            if (tokens[k].Kind != TokenKind.Word || tokens[k].Lower is "and" or "or")
            {
                return null;
            }

            if (tokens[k + 1].Lower == "of" && tokens[k].Lower is "port" or "city" or "town" or "village" or "settlement" or "capital" or "hub")
            {
                // (a wrapper the place recognizer took into the name, "city of Mykolaiv", starts the mention at the noun)
                return document.PlaceAt(k + 2) ?? document.PlaceAt(k);
            }
        }

        return null;
    }

    /// <summary>
    /// "attacked Kharkiv at night and Kupiansk in the morning, where a woman was killed": a figure in a clause opened by ", where"
    /// is the place's named last before it (a time phrase of up to four words may stand between).
    /// </summary>
    private static PlaceMention? WherePlace(AnnotatedDocument document, NumberMention number)
    {
        var tokens = document.Tokens;
        var sentence = document.Sentences[tokens[number.Start].Sentence];
        for (var k = number.QualifierStart - 1; k > sentence.FirstToken + 1 && k >= number.QualifierStart - 4; k--)
        {
            if (tokens[k].Lower is ";" or "," or ":")
            {
                return null;
            }

            if (tokens[k].Lower == "where" && tokens[k - 1].Lower == ",")
            {
                return document.Places.LastOrDefault(p => p.End <= k - 1 && p.End >= k - 5 && p.Start >= sentence.FirstToken);
            }
        }

        return null;
    }

    /// <summary>
    /// "In Kharkiv, a glide bomb killed one man; in Kherson, artillery killed three": a clause that opens
    /// with a place gives that place to the figures in it (clauses end at ";").
    /// </summary>
    private static PlaceMention? ClauseOpeningPlace(AnnotatedDocument document, NumberMention number)
    {
        var tokens = document.Tokens;
        var sentence = document.Sentences[tokens[number.Start].Sentence];
        var start = number.QualifierStart;
        while (start > sentence.FirstToken && tokens[start - 1].Lower != ";")
        {
            start--;
        }

        if (start + 2 >= number.QualifierStart || tokens[start].Lower != "in")
        {
            return null;
        }

        var place = document.PlaceAt(start + 1);
        if (place is null || place.End >= tokens.Count || tokens[place.End].Lower != ",")
        {
            return null;
        }

        // only when the sentence has another such clause: a single "In Kharkiv, …" needs no binding
        var clauses = 0;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if ((k == sentence.FirstToken || tokens[k - 1].Lower == ";") && tokens[k].Lower == "in" && document.PlaceAt(k + 1) is not null)
            {
                clauses++;
            }
        }

        return clauses >= 2 ? place : null;
    }

    /// <summary>
    /// «Пострадавших в результате этого обстрела нет», «постраждалих внаслідок атаки немає»: a two-word zero phrase whose noun and
    /// «нет» («no» as read) stand apart, with up to three words between them, no place among them and nothing after «нет» in its
    /// clause («нет данных» says nothing). Longer gaps misread unseen reports (held-out Russian casualty precision 0.89 → 0.85 with
    /// seven). Null when the tokens at <paramref name="k"/> start no such phrase.
    /// </summary>
    private static (CasualtyKind[] Kinds, int End)? GappedZero(AnnotatedDocument document, SentenceSpan sentence, int k)
    {
        var tokens = document.Tokens;
        if (!document.Lexicon.ZeroNounsBeforeNo.TryGetValue(tokens[k].Lower, out var kinds))
        {
            return null;
        }

        for (var j = k + 2; j < Math.Min(sentence.EndToken, k + 5); j++)
        {
            var t = tokens[j];
            // «Пострадавших в Белгородской области нет»: a zero said of a place between is that place's, not the sentence's incident's
            if (t.Kind == TokenKind.Number || t.Lower is "," or ";" or ":" or "—" || document.Lexicon.CasualtyCues.ContainsKey(t.Lower) ||
                document.PlaceAt(j) is not null)
            {
                break;
            }

            if (t.Lower == "no")
            {
                return j + 1 >= sentence.EndToken || tokens[j + 1].Lower is "." or "," or ";" or "!" ? (kinds, j + 1) : null;
            }
        }

        return null;
    }

    private static void FindZeros(AnnotatedDocument document, int s)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        var sentence = document.Sentences[s];
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var phrase = lex.ZeroPhrases.MatchAt(tokens, k, sentence.EndToken);
            var subject = phrase.Length > 0 ? default : lex.ZeroSubjects.MatchAt(tokens, k, sentence.EndToken);
            if (phrase.Length == 0 && subject.Length == 0)
            {
                if (GappedZero(document, sentence, k) is { } gapped)
                {
                    // («Про разрушения и пострадавших пока информации нет»: no news of the hurt, within the gap too, is no zero)
                    if (!lex.ZeroBlockers.Contains(tokens, Math.Max(sentence.FirstToken, k - 4), k) && !lex.ZeroBlockers.Contains(tokens, k + 1, gapped.End) &&
                        !NamesSeverity(document, Math.Max(sentence.FirstToken, k - 2), gapped.End))
                    {
                        foreach (var kind in gapped.Kinds)
                        {
                            AddZero(document, s, kind);
                        }
                    }

                    k = gapped.End - 1;
                }

                continue;
            }

            var blocked = lex.ZeroBlockers.Contains(tokens, Math.Max(sentence.FirstToken, k - 4), k) ||
                          NamesSeverity(document, Math.Max(sentence.FirstToken, k - 2), Math.Min(sentence.EndToken, phrase.Length > 0 ? phrase.End : subject.End + 3));
            if (phrase.Length > 0)
            {
                // "no injuries or fatalities", «без загиблих і поранених»: a casualty noun joined to the phrase is as much denied
                var joined = phrase.End + 1 < sentence.EndToken && tokens[phrase.End].Lower is "or" or "and" or "nor" &&
                             lex.CasualtyCues.TryGetValue(tokens[phrase.End + 1].Lower, out var joinedKind)
                    ? joinedKind
                    : (CasualtyKind?)null;
                if (!blocked)
                {
                    // («Люди не поранені» reads through its gloss as «люди не постраждали», but denies wounds only: the dead not stated;
                    // «Погибших и травмированных нет» denies the dead joined before it as well)
                    var from = k >= sentence.FirstToken + 2 && document.OriginalLower(k - 1) is "и" or "і" or "та" or "й" ? k - 2 : k;
                    var kinds = WoundsOnlyAsWritten(document, from, phrase.End) ? [CasualtyKind.Injured] : phrase.Value;
                    foreach (var kind in joined is { } also ? [.. kinds, also] : kinds)
                    {
                        AddZero(document, s, kind);
                    }
                }

                k = (joined is null ? phrase.End : phrase.End + 2) - 1;
                continue;
            }

            if (blocked)
            {
                continue;
            }

            for (var j = subject.End; j < Math.Min(sentence.EndToken, subject.End + 7); j++)
            {
                var t = tokens[j].Lower;
                if (lex.CasualtyCues.TryGetValue(t, out var kind))
                {
                    AddZero(document, s, kind);
                    continue;
                }

                if (!lex.Auxiliaries.Contains(t) && t is not "or" and not "nor" and not "and")
                {
                    break;
                }
            }

            k = subject.End - 1;
        }
    }

    /// <summary>"nobody was seriously injured", «серйозно постраждалих немає»: the zero denies only the badly hurt.</summary>
    private static bool NamesSeverity(AnnotatedDocument document, int from, int to)
    {
        var words = document.Lexicon.Words.SeverityWords;
        for (var k = from; k < to; k++)
        {
            // (as written: «серьезных повреждений нет» denies serious damage, and shares the adverb's stem)
            if (words.Contains(document.OriginalLower(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A zero phrase whose casualty word as written is a wound («не поранені», «не ранены») and none a death or harm
    /// (words.json <c>woundStems</c>, <c>harmStems</c>; empty in English, where the gloss is the word).
    /// </summary>
    internal static bool WoundsOnlyAsWritten(AnnotatedDocument document, int from, int to)
    {
        var words = document.Lexicon.Words;
        var wound = false;
        for (var k = from; k < to && words.WoundStems.Count > 0; k++)
        {
            var word = document.OriginalLower(k);
            if (words.HarmStems.Any(stem => word.StartsWith(stem, StringComparison.Ordinal)))
            {
                return false;
            }

            wound |= words.WoundStems.Any(stem => word.StartsWith(stem, StringComparison.Ordinal));
        }

        return wound;
    }

    /// <summary>
    /// «Люди, предварительно, не пострадали», «Погибших и раненых, по предварительной информации, нет»: a zero phrase with a
    /// hedge between commas inside it (words.json <c>zeroHedges</c>) is read with the hedge left out. Only phrases the hedge
    /// splits are read here; the rest were read by <see cref="FindZeros"/>.
    /// </summary>
    private static void HedgedZeros(AnnotatedDocument document, int s)
    {
        var hedges = document.Lexicon.Words.ZeroHedges;
        var tokens = document.Tokens;
        var sentence = document.Sentences[s];
        if (hedges.Count == 0)
        {
            return;
        }

        // (the tokens each hedge and its commas take: found first, so a sentence with none costs one pass and no copy)
        var cut = new HashSet<int>();
        for (var k = sentence.FirstToken + 1; k < sentence.EndToken; k++)
        {
            if (tokens[k].Lower == "," && hedges.FirstOrDefault(h => k + h.Length + 1 < sentence.EndToken &&
                    tokens[k + h.Length + 1].Lower == "," && document.WrittenAt(h, k + 1)) is { } hedge)
            {
                cut.UnionWith(Enumerable.Range(k, hedge.Length + 2));
                k += hedge.Length + 1;
            }
        }

        if (cut.Count == 0)
        {
            return;
        }

        var original = Enumerable.Range(sentence.FirstToken, sentence.EndToken - sentence.FirstToken).Where(k => !cut.Contains(k)).ToList();
        var kept = original.Select(k => tokens[k]).ToList();

        var lex = document.Lexicon;
        for (var i = 0; i < kept.Count; i++)
        {
            var phrase = lex.ZeroPhrases.MatchAt(kept, i, kept.Count);
            // (the hedge stood inside the phrase: its words are no longer adjacent as written)
            if (phrase.Length < 2 || original[phrase.End - 1] - original[i] == phrase.End - 1 - i ||
                lex.ZeroBlockers.Contains(kept, Math.Max(0, i - 4), phrase.End))
            {
                continue;
            }

            var from = i >= 2 && document.OriginalLower(original[i - 1]) is "и" or "і" or "та" or "й" ? original[i - 2] : original[i];
            foreach (var kind in WoundsOnlyAsWritten(document, from, original[phrase.End - 1] + 1) ? [CasualtyKind.Injured] : phrase.Value)
            {
                AddZero(document, s, kind);
            }

            i = phrase.End - 1;
        }
    }

    private static void AddZero(AnnotatedDocument document, int s, CasualtyKind kind)
    {
        if (kind is CasualtyKind.Killed or CasualtyKind.Casualties)
        {
            document.Zeros.Add(new ZeroMention(s, CasualtyField.Killed));
        }

        if (kind is CasualtyKind.Injured or CasualtyKind.Casualties)
        {
            document.Zeros.Add(new ZeroMention(s, CasualtyField.Injured));
        }
    }
}
