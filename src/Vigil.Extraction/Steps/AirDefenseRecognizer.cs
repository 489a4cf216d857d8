using Vigil.Core;
using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps;

/// <summary>
/// Reads tallies of launched and intercepted munitions: "launched 85 drones", "an 85-drone
/// offensive", "intercepted 40 of the unmanned aircraft", "563 of the 598 drones", "440 drones and
/// 32 missiles … 428 drones and 30 missiles downed", electronic-warfare suppression, and the other
/// side's claims ("Russia's defence ministry said it destroyed 25 Ukrainian drones" → attacker UA).
/// </summary>
internal sealed class AirDefenseRecognizer : IPipelineStep
{
    private enum Role
    {
        None,
        Launched,
        Intercepted,
        Suppressed,
    }

    public void Run(AnnotatedDocument document)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        var consumedWholes = new HashSet<int>();
        var localCounts = new HashSet<(Weapon, long)>();
        for (var index = 0; index < document.Numbers.Count; index++)
        {
            var number = document.Numbers[index];
            if (!number.IsCount || consumedWholes.Contains(index))
            {
                continue;
            }

            var s = tokens[number.Start].Sentence;
            // "Ukraine downs 22 out of 35 missiles …" as a line of its own mid-page: another article's headline, another night's tally
            if (document.RoleOf(s) == SentenceRole.Boilerplate)
            {
                continue;
            }

            var sentence = document.Sentences[s];
            // "since the start of the war, 3,905 drones destroyed": a count over more than one night is no tally (specs/README.md)
            if (document.Lexicon.Cumulative(tokens, sentence.FirstToken, sentence.EndToken))
            {
                continue;
            }

            var np = NounPhrase.Of(document, number, sentence.EndToken);
            // ("downed 42 drones, while 47 others were jammed": "others" counts what was named before, not people)
            var othersOnly = np.Head is HeadClass.Person && np.End == number.End + 1 && tokens[number.End].Lower == "others";
            var implicitRole = np.Head is HeadClass.None || othersOnly ? ImplicitRole(document, np.End, sentence.EndToken) : Role.None;
            // («95 ударних БпЛА, з них збито 61», «из них сбиты 40»: the part of the launches before, its cue between "of them" and it)
            var ofThemBefore = np.Head is HeadClass.None && Enumerable.Range(Math.Max(sentence.FirstToken, number.QualifierStart - 3), number.QualifierStart - Math.Max(sentence.FirstToken, number.QualifierStart - 3))
                .Any(k => tokens[k].Lower == "them" || document.OriginalLower(k) is "них" or "яких" or "которых");
            if (implicitRole == Role.None && (np.Head is HeadClass.None && np.Partitive || othersOnly || ofThemBefore))
            {
                // "shot down 40 of them", "destroyed five drones and intercepted three others": the cue comes before the number
                var left = LeftRole(document, number.QualifierStart, Math.Max(sentence.FirstToken, number.QualifierStart - 3));
                implicitRole = left is Role.Intercepted or Role.Suppressed ? left : Role.None;
            }

            // "Air defense forces managed to destroy 63 enemy targets" after the night's 79 Shaheds: what is counted as targets is
            // the weapon of the tally before
            if (implicitRole == Role.None && np.Head != HeadClass.Weapon && CountsTargets(document, number.End, sentence.EndToken) &&
                LeftRole(document, number.QualifierStart, sentence.FirstToken) == Role.Intercepted && LastTally(document, s) is { Launched: not null } target &&
                // targets counted over several weapons launched ("460 targets" of missiles and drones) are not split (specs/README.md)
                document.Tallies.Where(t => t.Sentence >= target.Sentence - 1 && t.Sentence <= s).All(t => t.Weapon == target.Weapon))
            {
                document.Tallies.Add(target with
                {
                    Sentence = s, Launched = null, Intercepted = (int)Math.Min(number.Value, int.MaxValue), Suppressed = null, NumberToken = number.Start,
                });
                continue;
            }

            if (implicitRole != Role.None &&
                LastTally(document, s) is { } antecedent)
            {
                // "The ministry said it intercepted 16 drones. Fifteen were destroyed over the Volgograd region": one region's part of
                // the tally before, as with a weapon noun ("29 drones were shot down over the Ryazan Region")
                if (antecedent.Sentence < s && IsRegional(document, sentence, number.Start, antecedent.Weapon))
                {
                    continue;
                }

                // "71 were shot down", "41 were lost to electronic warfare": the weapon, day and side of the tally before.
                var v = (int)Math.Min(number.Value, int.MaxValue);
                if (number.QualifierStart >= sentence.FirstToken + 2 && tokens[number.QualifierStart - 2].Lower == "all" && tokens[number.QualifierStart - 1].Lower == "but")
                {
                    // "eight missiles …; all but one were intercepted": the rest of what was launched
                    if (antecedent.Launched is not { } launched || launched < v || implicitRole != Role.Intercepted)
                    {
                        continue;
                    }

                    v = launched - v;
                }

                document.Tallies.Add(antecedent with
                {
                    Sentence = s,
                    Launched = null,
                    Intercepted = implicitRole == Role.Intercepted ? v : null,
                    Suppressed = implicitRole == Role.Suppressed ? v : null,
                    NumberToken = number.Start,
                });
                continue;
            }

            // "shot down 36 rockets and 186 drones out of … 67 missiles": the plain word "rockets" beside a count of missiles is those
            // missiles, not a rocket launcher's
            if (English(document) && np.Weapon == Weapon.Mlrs && tokens[np.End - 1].Lower is "rockets" or "rocket")
            {
                var named = Enumerable.Range(sentence.FirstToken, sentence.EndToken - sentence.FirstToken)
                    .Select(k => lex.Weapons.MatchAt(tokens, k, sentence.EndToken)).Where(w => w.Length > 0).ToList();
                if (named.Any(w => w.Value == Weapon.Missile) && !named.Any(w => w.Value == Weapon.Mlrs && tokens[w.Start].Lower is not ("rockets" or "rocket")))
                {
                    np = np with { Weapon = Weapon.Missile };
                }
            }

            // Air defence counts drones, missiles, bombs and rockets; "38 artillery systems" are losses, not a tally.
            if (np.Head != HeadClass.Weapon || np.Weapon is not (Weapon.Drone or Weapon.Missile or Weapon.GlideBomb or Weapon.Mlrs))
            {
                continue;
            }

            // "attacks reaching 500-600 drones per day": a rate, not one night's tally
            if (English(document) && np.End + 1 < sentence.EndToken &&
                ((tokens[np.End].Lower is "per" or "a" or "every" && tokens[np.End + 1].Lower is "day" or "night" or "week" or "month") ||
                 tokens[np.End].Lower is "daily" or "nightly" or "weekly"))
            {
                continue;
            }

            // "an attack by 3 FPV drones", «два розвідувальні безпілотники – «Орлан-10»»: front-line and reconnaissance drones, never
            // part of a nationwide tally of attack drones
            if (Enumerable.Range(number.End, Math.Max(0, np.End - number.End)).Any(j => tokens[j].Lower is "fpv" or "reconnaissance" ||
                    document.OriginalLower(j).StartsWith("розвідувальн", StringComparison.Ordinal) || document.OriginalLower(j).StartsWith("разведывательн", StringComparison.Ordinal)))
            {
                continue;
            }

            // "seven missile attacks on residential buildings": a count of attacks, not of munitions
            if (np.End < sentence.EndToken && tokens[np.End].Lower is "attacks" or "strikes")
            {
                continue;
            }

            // "40 missiles, drones overnight", "60 missiles and drones": one count over several weapons is not split (specs/README.md)
            if (English(document) && np.End + 1 < sentence.EndToken && tokens[np.End].Lower is "," or "and" or "or" && document.NumberIndexAt(np.End + 1) < 0 &&
                lex.Weapons.MatchAt(tokens, np.End + 1, sentence.EndToken) is { Length: > 0 } other && other.Value != np.Weapon)
            {
                continue;
            }

            // "launched two guided bombs that killed two people": the munitions of one strike, told by what they did there
            if (English(document) && np.End + 1 < sentence.EndToken && tokens[np.End].Lower is "that" or "which" &&
                document.Lexicon.CasualtyCues.ContainsKey(tokens[np.End + 1].Lower))
            {
                continue;
            }

            // "(about 250 of them Shaheds)", "including two Kh-22": parts of a figure already counted; but "44 air targets, including
            // 29 missiles and 15 drones": the parts of a count of targets are the weapons' tallies
            var targetsWhole = -1;
            if (document.Lexicon.SubsetMarkers.MatchEndingAt(tokens, number.QualifierStart, sentence.FirstToken) is { Length: > 0 } subset)
            {
                targetsWhole = TargetsWholeBefore(document, s, subset.Start);
                if (targetsWhole < 0)
                {
                    continue;
                }
            }
            else if (number.QualifierStart > sentence.FirstToken && tokens[number.QualifierStart - 1].Lower is "and" or "," &&
                     document.NumbersIn(s).Where(n => n.End < number.QualifierStart).Select(n => n.QualifierStart).DefaultIfEmpty(-1).Last() is var part and >= 0 &&
                     document.Lexicon.SubsetMarkers.MatchEndingAt(tokens, part, sentence.FirstToken) is { Length: > 0 } partSubset)
            {
                // "… including 29 missiles and 15 drones": the next part of the same list
                targetsWhole = TargetsWholeBefore(document, s, partSubset.Start);
            }

            // "shot down 563 of the 598 drones launched overnight": "launched" speaks of the whole, the part takes the cue before it
            var role = np.Partitive && np.WholeNumber >= 0 ? LeftRole(document, number.QualifierStart, sentence.FirstToken) : RightRole(document, np.End, sentence.EndToken);
            if (np.Partitive && np.WholeNumber >= 0 && role == Role.Launched)
            {
                role = Role.Intercepted;
            }

            // the parts of "destroyed 44 air targets, including 29 missiles" take the cue of the whole
            if (targetsWhole >= 0 && LeftRole(document, targetsWhole, sentence.FirstToken) is var wholeRole && wholeRole != Role.None)
            {
                role = wholeRole;
            }

            // "Of 28 missiles, 16 were intercepted": the whole that a later part is taken from.
            if (number.QualifierStart > sentence.FirstToken && tokens[number.QualifierStart - 1].Lower == "of" &&
                np.End < sentence.EndToken && tokens[np.End].Lower == ",")
            {
                role = Role.Launched;
            }

            // "destroyed 121 drones launched by Ukraine", "shot down 20 drones launched overnight": "launched" describes the drones,
            // the cue before the number says what happened to these (all of them only with "all": below)
            var allBefore = number.QualifierStart > sentence.FirstToken && tokens[number.QualifierStart - 1].Lower == "all";
            if (role == Role.Launched && !np.Partitive && !allBefore &&
                LeftRole(document, number.QualifierStart, Math.Max(sentence.FirstToken, number.QualifierStart - 5)) is var cueBefore &&
                cueBefore is Role.Intercepted or Role.Suppressed)
            {
                role = cueBefore;
            }

            // "48 downed drones", «о 48 сбитых БПЛА»: the cue stands between the count and the weapon it describes
            for (var k = number.End; role == Role.None && k < np.End; k++)
            {
                if (lex.InterceptCues.MatchAt(tokens, k, np.End).Length > 0)
                {
                    role = Role.Intercepted;
                }
            }

            if (role == Role.None && IsHit(document, np.End, sentence.EndToken))
            {
                continue;
            }

            if (role == Role.None)
            {
                role = LeftRole(document, number.QualifierStart, sentence.FirstToken);
            }

            // «ППО збила/подавила 589 повітряних цілей ворога: – 563 безпілотники; – 26 ракет»: a list item takes the shoot-down cue
            // of the line that opens the list (a governor's «Ворог атакував: – 5 КАБ; – 8 БпЛА» is what struck his region, no tally)
            if (role == Role.None && ListOpenerRole(document, s) is var listed && listed is Role.Intercepted or Role.Suppressed)
            {
                role = listed;
            }

            if (role == Role.None && np.Partitive && np.WholeNumber >= 0)
            {
                role = Role.Intercepted;
            }

            if (role == Role.None)
            {
                continue;
            }

            // «випустили 5 ракет по критичній інфраструктурі на Полтавщині», «вдарили шістьма ракетами по Покровському району»: in a
            // Ukrainian or Russian report the munitions aimed at one region or town are that place's strike, not the night's launches
            if (role == Role.Launched && !English(document) && AimsAtOneArea(document, s))
            {
                continue;
            }

            // "shot down all 30 drones launched by Russia": every one launched was intercepted
            var allIntercepted = role == Role.Launched && number.QualifierStart > sentence.FirstToken && tokens[number.QualifierStart - 1].Lower == "all" &&
                LeftRole(document, number.QualifierStart - 1, Math.Max(sentence.FirstToken, number.QualifierStart - 5)) == Role.Intercepted;

            if (IsRegional(document, sentence, number.Start, np.Weapon))
            {
                localCounts.Add((np.Weapon, number.Value));
                continue; // "shot down 8 drones over the region": a local interception, not a nationwide tally
            }

            var claimant = document.ClaimantOf(s);
            if (claimant is { Claimant.Kind: ClaimantKind.LocalAuthority, Adversary: false })
            {
                localCounts.Add((np.Weapon, number.Value));
                continue; // a governor's or mayor's count is their own area's ("four enemy drones were shot down", said the head of the RMA)
            }

            // «сбито 16 беспилотников, сообщил губернатор … — Уже сбито 16 БПЛА, — написал он», "… over the Khmelnytskyi region. …
            // air defence shot down 8 Shahed drones": a local count told again is still that area's, whichever side tells it
            // (the ministry's own statement of the same number over the region is its claim: «Минобороны РФ информировало, что … в
            // Ростовской области … было перехвачено семь» after the governor's seven)
            if (role == Role.Intercepted && localCounts.Contains((np.Weapon, number.Value)) && claimant is not { Adversary: true })
            {
                continue;
            }

            var adversary = claimant?.Adversary ?? false;
            var ukrainian = np.Ukrainian || NamesUkrainianAttacker(document, sentence) || (role == Role.Intercepted && OverRussia(document, sentence));
            if (!ukrainian && !adversary && claimant is null && !NamesRussia(document, sentence) &&
                LastTallyWithin(document, s, 3) is { Scope: ClaimScope.AdversaryClaim } before)
            {
                // "Thus, 29 drones were shot down over …" after the Russian ministry's total: its statement goes on
                adversary = true;
                ukrainian = before.Attacker == Side.UA;
            }

            // «…система ПВО России отразила массированную атаку украинских дронов. Всего было перехвачено 55 беспилотников», «… сбит
            // вертолёт, — рассказали в ведомстве. Кроме того, было перехвачено пять снарядов HIMARS»: a count that names no side and no
            // claimant goes on with the sentence before it in its paragraph, when that one names Ukraine's attack or the ministry speaks
            if (!ukrainian && !adversary && claimant is null && !NamesRussia(document, sentence) && s > 0 &&
                !IncidentAssembler.StartsParagraph(document, sentence))
            {
                var previous = document.Sentences[s - 1];
                adversary = document.ClaimantOf(s - 1) is { Adversary: true };
                ukrainian = adversary || NamesUkrainianAttacker(document, previous) || (role == Role.Intercepted && OverRussia(document, previous));
            }

            // "Russian air defences intercepted 12 HIMARS rockets …" then, quoted, "Air defence intercepted 12 rockets": the same count
            // told again says nothing of the side, which is the one named the first time
            if (!ukrainian && !adversary && !NamesRussia(document, sentence) && English(document) &&
                SameCountTold(document, s, np.Weapon, role, number.Value) is { Attacker: Side.UA } told)
            {
                ukrainian = true;
                adversary = told.Scope == ClaimScope.AdversaryClaim;
            }

            var attacker = ukrainian || adversary ? Side.UA : Side.RU;
            var scope = adversary ? ClaimScope.AdversaryClaim : ClaimScope.Nationwide;
            if (attacker == Side.RU && !adversary && role == Role.Intercepted && !(np.Partitive && np.WholeNumber >= 0))
            {
                // "Lviv region was attacked …, four enemy drones were shot down": one region's own interceptions (the local count
                // restated, "… over the Khmelnytskyi region. … air defence shot down 8 Shahed drones", was left above)
                if (!StatesLaunches(document, s, number.Start) && OneRegionInFocus(document, s))
                {
                    localCounts.Add((np.Weapon, number.Value));
                    continue;
                }
            }
            var date = DateNear(document, sentence, number, np.End);
            var value = (int)Math.Min(number.Value, int.MaxValue);

            document.Tallies.Add(new TallyMention(s, np.Weapon, attacker,
                role == Role.Launched ? value : null,
                role == Role.Intercepted ? value : null,
                role == Role.Suppressed ? value : null,
                date, scope, number.Start));
            // "shot down all 29 Russia-launched drones": all that were launched were shot down (specs/README.md: 'all 14' = 14 of 14)
            if (role == Role.Intercepted && allBefore && !np.Partitive &&
                !document.Tallies.Any(t => t.Launched is not null && t.Weapon == np.Weapon && t.Sentence >= s - 1 && t.Sentence <= s))
            {
                document.Tallies.Add(new TallyMention(s, np.Weapon, attacker, value, null, null, date, scope, number.Start));
            }

            if (allIntercepted)
            {
                document.Tallies.Add(new TallyMention(s, np.Weapon, attacker, null, value, null, date, scope, number.Start));
            }

            if (np.Partitive && np.WholeNumber >= 0)
            {
                consumedWholes.Add(np.WholeNumber);
                var whole = document.Numbers[np.WholeNumber];
                document.Tallies.Add(new TallyMention(s, np.Weapon, attacker, (int)Math.Min(whole.Value, int.MaxValue), null, null, date, scope, whole.Start));
            }
        }

        SingleMissileLaunched(document);
        if (English(document))
        {
            WholeIntercepted(document);
        }
    }

    /// <summary>
    /// Interceptions named by reference to what the tally before launched, with no count of their own: "destroyed the missile and
    /// 18 of the drones" (one missile launched), "destroying 28 drones and both missiles" (two launched), "shot down all of them",
    /// "a total of 67 drones, 58 of which it was able to shoot down". Only after a nationwide tally of Russian launches in the same
    /// sentence or the one before, and only for a weapon whose interceptions are not already counted there.
    /// </summary>
    private static void WholeIntercepted(AnnotatedDocument document)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        var index = new TallyIndex(document);
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            if (document.RoleOf(s) == SentenceRole.Boilerplate)
            {
                continue;
            }

            var launches = index.In(s - 1, s).Where(t => t.Scope == ClaimScope.Nationwide && t.Attacker == Side.RU && t.Launched is not null).ToList();
            if (launches.Count == 0)
            {
                continue;
            }

            var sentence = document.Sentences[s];
            for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                // "58 of which it was able to shoot down": the part of the launch count just stated in this sentence
                if (tokens[k].Lower == "of" && k + 1 < sentence.EndToken && tokens[k + 1].Lower == "which" && k > sentence.FirstToken &&
                    document.NumberIndexAt(k - 1) is var n && n >= 0 && document.Numbers[n].IsCount &&
                    launches.LastOrDefault(t => t.Sentence == s && t.NumberToken < k - 1) is { } whole &&
                    RightCue(document, k + 2, sentence.EndToken, 10) is Role.Intercepted or Role.Suppressed)
                {
                    AddWhole(index, s, whole, (int)Math.Min(document.Numbers[n].Value, int.MaxValue), k - 1);
                    continue;
                }

                if (AllSubjectIntercepted(document, k, sentence.EndToken) is var (subjectEnd, allOf))
                {
                    foreach (var launch in launches.Where(t => allOf is not { } w || t.Weapon == w))
                    {
                        AddWhole(index, s, launch, launch.Launched!.Value, k);
                    }

                    k = subjectEnd;
                    continue;
                }

                var cue = lex.InterceptCues.MatchAt(tokens, k, sentence.EndToken);
                if (cue.Length == 0 || IsEw(document, cue.Start, sentence.EndToken))
                {
                    continue;
                }

                // the objects of the verb, up to the end of its clause: "the missile", "both missiles", "all of them"
                for (var j = cue.End; j < Math.Min(sentence.EndToken, cue.End + 10); j++)
                {
                    var word = tokens[j].Lower;
                    if (word is ";" or "." or "while" or "but" or "which" or "who")
                    {
                        break;
                    }

                    if (word == "all" && j + 2 < sentence.EndToken && tokens[j + 1].Lower == "of" && tokens[j + 2].Lower is "them" or "those" or "these")
                    {
                        foreach (var launch in launches)
                        {
                            AddWhole(index, s, launch, launch.Launched!.Value, j);
                        }

                        break;
                    }

                    if (word is "the" or "both" && j + 1 < sentence.EndToken)
                    {
                        var w = FirstWeaponWithin(document, j + 1, sentence.EndToken, 3);
                        var expected = word == "both" ? 2 : 1;
                        if (w is { } weapon && launches.LastOrDefault(t => t.Weapon == weapon) is { } launch && launch.Launched == expected)
                        {
                            AddWhole(index, s, launch, expected, j);
                        }
                    }
                }
            }
        }
    }

    /// <summary>This pass's newer phrasings were read on English reports only; Ukrainian and Russian reports keep their own rules.</summary>
    private static bool English(AnnotatedDocument document) => document.Info.Language is not ("uk" or "ru");

    private static Weapon? FirstWeaponWithin(AnnotatedDocument document, int from, int limit, int span)
    {
        var tokens = document.Tokens;
        for (var j = from; j < Math.Min(limit, from + span); j++)
        {
            var w = document.Lexicon.Weapons.MatchAt(tokens, j, limit);
            if (w.Length > 0)
            {
                return w.Value;
            }

            if (tokens[j].Kind == TokenKind.Punct || document.NumberIndexAt(j) >= 0)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>An interception cue within <paramref name="span"/> tokens from <paramref name="from"/> and before the clause ends.</summary>
    private static Role RightCue(AnnotatedDocument document, int from, int limit, int span)
    {
        for (var k = from; k < Math.Min(limit, from + span); k++)
        {
            if (document.Tokens[k].Lower is "," or ";" or "and" or "but")
            {
                break;
            }

            var intercept = document.Lexicon.InterceptCues.MatchAt(document.Tokens, k, limit);
            if (intercept.Length > 0)
            {
                return IsEw(document, intercept.Start, limit) ? Role.Suppressed : Role.Intercepted;
            }
        }

        return Role.None;
    }

    private static void AddWhole(TallyIndex index, int s, TallyMention launch, int value, int token)
    {
        if (index.In(s - 1, s).Any(t => t.Weapon == launch.Weapon && t.Attacker == launch.Attacker && t.Intercepted is not null))
        {
            return;
        }

        index.Add(launch with { Sentence = s, Launched = null, Intercepted = value, Suppressed = null, NumberToken = token });
    }

    /// <summary>The cue of the line ending in a colon that opens the dashed list sentence <paramref name="s"/> is an item of, else none.</summary>
    private static Role ListOpenerRole(AnnotatedDocument document, int s)
    {
        var tokens = document.Tokens;
        static bool IsDash(string t) => t is "-" or "–" or "—" or "•";
        if (!IsDash(tokens[document.Sentences[s].FirstToken].Lower))
        {
            return Role.None;
        }

        for (var p = s - 1; p >= Math.Max(0, s - 8); p--)
        {
            var previous = document.Sentences[p];
            if (IsDash(tokens[previous.FirstToken].Lower))
            {
                continue; // an earlier item of the same list
            }

            // the opener ends in its colon (the splitter may leave the colon as the sentence's last token)
            var last = previous.EndToken - 1;
            return last > previous.FirstToken && tokens[last].Lower == ":" ? LeftRole(document, last, previous.FirstToken) : Role.None;
        }

        return Role.None;
    }

    /// <summary>
    /// "Russia launched 23 drones and a cruise missile", "Russia also launched an Iskander-M ballistic missile" beside the air force's
    /// drone tally: one missile launched. Only within three sentences after a nationwide tally of Russian drones or missiles, so
    /// "fired a missile at Odesa" in a local story stays the local story's.
    /// </summary>
    private static void SingleMissileLaunched(AnnotatedDocument document)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        var index = new TallyIndex(document);
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            if (document.RoleOf(s) == SentenceRole.Boilerplate || index.In(s, s).Any(t => t.Weapon == Weapon.Missile) ||
                !index.In(s - 3, s).Any(t => t.Scope == ClaimScope.Nationwide && t.Attacker == Side.RU))
            {
                continue;
            }

            var sentence = document.Sentences[s];
            for (var k = sentence.FirstToken + 1; k < sentence.EndToken; k++)
            {
                if (tokens[k].Lower is not ("a" or "an"))
                {
                    continue;
                }

                var before = tokens[k - 1].Lower;
                var afterLaunch = before is "launched" or "fired" ||
                                  (before == "and" && index.In(s, s).Any(t => t.Launched is not null && t.NumberToken < k));
                if (!afterLaunch)
                {
                    continue;
                }

                for (var j = k + 1; j < Math.Min(sentence.EndToken, k + 6); j++)
                {
                    var w = lex.Weapons.MatchAt(tokens, j, sentence.EndToken);
                    if (w.Length == 0)
                    {
                        if (tokens[j].Kind == TokenKind.Punct && tokens[j].Lower != "-")
                        {
                            break;
                        }

                        continue;
                    }

                    // the last weapon word of the phrase ("an Iskander-M ballistic missile"); "a missile attack" is an attack, not a launch count
                    var end = w.End;
                    while (end < sentence.EndToken && lex.Weapons.MatchAt(tokens, end, sentence.EndToken) is { Length: > 0 } more)
                    {
                        end = more.End;
                    }

                    if (w.Value == Weapon.Missile && !(end < sentence.EndToken && tokens[end].Lower is "attack" or "attacks" or "strike" or "strikes") &&
                        !IsRegional(document, sentence, k, Weapon.Missile))
                    {
                        index.Add(new TallyMention(s, Weapon.Missile, Side.RU, 1, null, null, null, ClaimScope.Nationwide, k));
                    }

                    break;
                }
            }
        }
    }

    /// <summary>
    /// The sentence and the one before name places of one Ukrainian region only, and no several areas: a report about that
    /// region, whose interceptions are its own ("The Russians attacked Zhytomyr Oblast … air defence shot down three").
    /// </summary>
    private static bool OneRegionInFocus(AnnotatedDocument document, int sentence)
    {
        string? region = null;
        for (var s = Math.Max(0, sentence - 1); s <= sentence; s++)
        {
            var span = document.Sentences[s];
            for (var k = span.FirstToken; k < span.EndToken; k++)
            {
                if (document.Lexicon.Words.AreaPlurals.Contains(document.Tokens[k].Lower))
                {
                    return false;
                }
            }

            foreach (var p in document.PlacesIn(s))
            {
                var admin1 = p.Place.Admin1 ?? (p.Place.Kind == PlaceKind.Oblast ? p.Place.Name : null);
                if (p.Place.Country != "UA" || admin1 is null || (region is not null && region != admin1))
                {
                    return false;
                }

                region = admin1;
            }
        }

        return region is not null;
    }

    /// <summary>"shot down 7 out of 10 missiles", "A total of 18 … were launched. … destroyed 15": a launch count beside it, a tally's form.</summary>
    private static bool StatesLaunches(AnnotatedDocument document, int sentence, int number)
    {
        if (document.Tallies.Any(t => t.Launched is not null && t.Sentence >= sentence - 1 && t.Sentence <= sentence))
        {
            return true;
        }

        var span = document.Sentences[sentence];
        for (var k = span.FirstToken; k < span.EndToken; k++)
        {
            if (k != number && IsCountAt(document, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Ukrainian drones", "Ukrainian forces" as the attacker; "…, the Ukrainian military said" and "according to the Ukrainian
    /// military" name who reports the tally, not who launched.
    /// </summary>
    private static bool NamesUkrainianAttacker(AnnotatedDocument document, SentenceSpan sentence)
    {
        var tokens = document.Tokens;
        foreach (var m in document.Lexicon.AttackerUkraine.FindAll(tokens, sentence.FirstToken, sentence.EndToken))
        {
            // "…, the Ukrainian military command further states": the speech verb may follow a word or two later
            var speaks = Enumerable.Range(m.End, Math.Max(0, Math.Min(3, sentence.EndToken - m.End))).Any(k => document.Lexicon.SpeechVerbs.Contains(tokens[k].Lower));
            var attributed = m.Start >= sentence.FirstToken + 2 && tokens[m.Start - 2].Lower == "according" && tokens[m.Start - 1].Lower == "to";
            attributed |= m.Start >= sentence.FirstToken + 3 && tokens[m.Start - 3].Lower == "according" && tokens[m.Start - 2].Lower == "to";
            // "Gen. Valeriy Zaluzhny, the commander-in-chief of the Ukrainian armed forces", "the commander of the Air Force of the
            // Ukrainian Armed Forces": a title's body, who reports the tally
            attributed |= m.Start >= sentence.FirstToken + 2 && tokens[m.Start - 2].Lower == "of" && tokens[m.Start - 1].Lower == "the";
            // "Ukrainian forces (reportedly) downed 23 out of 31 Russian drones", "Ukrainian forces had managed to shoot down 81": the
            // subject of a shoot-down defends (while "Russian air defences intercepted 12 rockets" names Ukraine's strike by who shot
            // it down)
            var defends = !document.Lexicon.AttackerRussia.Contains(tokens[m.Start].Lower) &&
                Enumerable.Range(m.End, Math.Max(0, Math.Min(4, sentence.EndToken - m.End)))
                    .TakeWhile(k => tokens[k].Kind != TokenKind.Punct && tokens[k].Lower is not ("and" or "и" or "та" or "і" or "й"))
                    .Any(k => document.Lexicon.InterceptCues.MatchAt(tokens, k, sentence.EndToken).Length > 0);
            if (!speaks && !attributed && !defends)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The sentence names a Ukrainian region, district, community or town as the target («атакували Львівську область», «по селу
    /// Калинове», «по области») and not the country («атакував Україну»); a place the munitions came from («з тимчасово окупованого
    /// Криму») is no target.
    /// </summary>
    private static bool AimsAtOneArea(AnnotatedDocument document, int s)
    {
        var tokens = document.Tokens;
        var sentence = document.Sentences[s];
        var words = document.Lexicon.Words;
        var area = false;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (words.LaunchCountryTargets.Contains(tokens[k].Lower))
            {
                return false;
            }

            area |= words.LaunchAreaTargets.Contains(tokens[k].Lower);
        }

        foreach (var place in document.PlacesIn(s))
        {
            var origin = false;
            for (var b = Math.Max(sentence.FirstToken, place.Start - 3); b < place.Start; b++)
            {
                origin |= tokens[b].Lower is "of" or "from" || words.LaunchOriginWords.Contains(tokens[b].Lower);
            }

            area |= place.Place.Country == "UA" && !origin;
        }

        return area;
    }

    /// <summary>
    /// «За ночь над территорией РФ сбили 78 беспилотников», "drones downed over Russia's Belgorod region": what is shot down over
    /// Russia was launched by Ukraine (the country named there is where, not who).
    /// </summary>
    private static bool OverRussia(AnnotatedDocument document, SentenceSpan sentence)
    {
        var tokens = document.Tokens;
        for (var k = sentence.FirstToken; k + 1 < sentence.EndToken; k++)
        {
            // "over 50 drones": more than; "launched from the airspace over Russia's Belgorod region": where from
            if (tokens[k].Lower != "over" || tokens[k + 1].Kind == TokenKind.Number || k > sentence.FirstToken && tokens[k - 1].Lower == "airspace")
            {
                continue;
            }

            // the country itself, not one of its regions (a region's share of the ministry's count is read as such elsewhere)
            var country = false;
            for (var j = k + 1; j < Math.Min(sentence.EndToken, k + 7); j++)
            {
                var russia = tokens[j].Lower is "russia" or "russian" or "russia's";
                if (document.PlaceAt(j) is not null && !russia)
                {
                    country = false;
                    break;
                }

                country |= j < k + 4 && russia;
            }

            if (country)
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesRussia(AnnotatedDocument document, SentenceSpan sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (document.Lexicon.AttackerRussia.Contains(document.Tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The latest tally of the three sentences before <paramref name="sentence"/> with this weapon and this count in this role
    /// (tallies are added in text order: the walk back stops at the first one older than that).</summary>
    private static TallyMention? SameCountTold(AnnotatedDocument document, int sentence, Weapon weapon, Role role, long value)
    {
        for (var i = document.Tallies.Count - 1; i >= 0 && document.Tallies[i].Sentence >= sentence - 3; i--)
        {
            var t = document.Tallies[i];
            if (t.Sentence < sentence && t.Weapon == weapon && (role == Role.Launched ? t.Launched : t.Intercepted) == value)
            {
                return t;
            }
        }

        return null;
    }

    private static TallyMention? LastTallyWithin(AnnotatedDocument document, int sentence, int span) =>
        document.Tallies.Count > 0 && document.Tallies[^1] is { } last && last.Sentence < sentence && last.Sentence >= sentence - span ? last : null;

    /// <summary>"over the region", "over Kharkiv", "over the city": one place's interceptions (several regions stay a tally).</summary>
    private static bool IsRegional(AnnotatedDocument document, SentenceSpan sentence, int number, Weapon weapon)
    {
        var tokens = document.Tokens;
        // "the governor … said that the air force shot down five drones there": there, in his region
        for (var k = number + 1; k < Math.Min(sentence.EndToken, number + 5) && tokens[k].Lower is not ("," or ";"); k++)
        {
            if (tokens[k].Lower == "there")
            {
                return true;
            }
        }

        // «больше всего сбили в Шебекинском округе, там уничтожили 21 дрон»: there, in the place just named (Slavic word order
        // puts it before the verb)
        for (var k = number - 1; k >= Math.Max(sentence.FirstToken, number - 4) && tokens[k].Lower is not ("," or ";"); k--)
        {
            if (!English(document) && document.OriginalLower(k) is "там" or "тут")
            {
                return true;
            }
        }

        // "launched an attack on Odesa using four Kalibr missiles", "targeted the city with eight drones": the town aimed at is named
        // before the count, in its clause
        for (var k = number - 1; English(document) && k > sentence.FirstToken && tokens[k].Lower is not ("," or ";" or ":"); k--)
        {
            if (tokens[k - 1].Lower is "on" or "at" or "against" or "targeted" or "attacked" or "struck" &&
                (document.PlaceAt(k) is { Place.Kind: PlaceKind.City or PlaceKind.Settlement, Place.Country: "UA" } ||
                 (tokens[k].Lower == "the" && k + 1 < number && tokens[k + 1].Lower is "city" or "town" or "village")))
            {
                return true;
            }
        }

        // «В Прохоровском округе сбито пять дронов», «у Жуковському районі збили три»: Slavic word order names the district or town
        // before the count, in its clause
        for (var k = number - 1; !English(document) && k > sentence.FirstToken && tokens[k].Lower is not ("," or ";" or ":" or "–" or "—"); k--)
        {
            if (document.PlaceAt(k) is { Place.Kind: PlaceKind.City or PlaceKind.Settlement or PlaceKind.Raion or PlaceKind.CityDistrict } local &&
                local.Start == k && document.OriginalLower(k - 1) is "в" or "у" or "во" or "над")
            {
                return true;
            }
        }

        // "the city was attacked with two missiles", "Odesa was struck by four drones": the place attacked is the sentence's subject
        for (var k = number - 1; English(document) && k > sentence.FirstToken + 1 && k >= number - 4; k--)
        {
            if (tokens[k].Lower is "with" or "by" && tokens[k - 1].Lower is "attacked" or "struck" or "hit" or "targeted" or "shelled" &&
                tokens[k - 2].Lower is "was" or "were" && k - 3 >= sentence.FirstToken &&
                (document.PlaceAt(k - 3) is { Place.Kind: PlaceKind.City or PlaceKind.Settlement } ||
                 tokens[k - 3].Lower is "city" or "town" or "village" or "region" or "oblast" or "district" or "community"))
            {
                return true;
            }
        }

        // "followed by Crimea, where 22 UAVs were downed": the place named just before "where" is the count's
        for (var k = number - 1; English(document) && k > sentence.FirstToken + 1 && k >= number - 3; k--)
        {
            if (tokens[k].Lower == "where" && tokens[k - 1].Lower == "," && document.Places.Any(p => p.End == k - 1))
            {
                return true;
            }
        }

        for (var k = sentence.FirstToken; k + 1 < sentence.EndToken; k++)
        {
            // "shot down/suppressed in the region during the day": the speaker's own region
            if (English(document) && tokens[k].Lower == "in" && k > number && k + 2 < sentence.EndToken &&
                tokens[k + 1].Lower is "the" or "his" or "her" or "our" or "this" && tokens[k + 2].Lower is "region" or "oblast" or "city" or "town" or "district" or "area")
            {
                return true;
            }

            // "two drones were shot down on (the) approach to Voronezh": one city's own interceptions
            if (tokens[k].Lower is "approach" or "approaches" && k > number && k + 2 < sentence.EndToken && tokens[k + 1].Lower == "to" &&
                document.PlaceAt(k + 2) is { Place.Kind: PlaceKind.City or PlaceKind.Settlement })
            {
                return true;
            }

            // "launched six cruise missiles on Odesa", "hit two missiles in the Novomoskovsk district": a count aimed at one
            // town or district is that place's story, not a nationwide tally
            if (tokens[k].Lower is "on" or "at" or "against" or "in" or "into" && k > number)
            {
                // "at the village of Zmiiv", "on the city of Odesa": the place after its kind word
                var at = k + 1;
                while (English(document) && at < Math.Min(sentence.EndToken, k + 5) && document.PlaceAt(at) is null && tokens[at].Lower is "the" or "village" or "town" or "city" or "settlement" or "of")
                {
                    at++;
                }

                var target = at < sentence.EndToken ? document.PlaceAt(at) : null;
                // ("two drones … in the town of Shebekino": a town across the border, named with its kind word, is as local; so is any
                // district, «сбиты в Жуковском районе»)
                if ((target is { Place.Kind: PlaceKind.City or PlaceKind.Settlement or PlaceKind.Raion or PlaceKind.CityDistrict, Place.Country: "UA" } ||
                     target is { Place.Kind: PlaceKind.Raion } ||
                     (at > k + 2 && tokens[at - 1].Lower == "of" && target is { Place.Kind: PlaceKind.City or PlaceKind.Settlement }) ||
                     (English(document) && tokens[k].Lower is "at" or "on" or "against" && target is { Place.Kind: PlaceKind.Oblast, Place.Country: "UA" } &&
                      target.End < sentence.EndToken && tokens[target.End].Lower is not ("and" or "," or "regions" or "oblasts")) ||
                     // "said five drones were downed in Kursk region" after the ministry's total over several regions: one region's part of
                     // it (after "15 drones in Kursk region" the next region's count adds to that one)
                     (English(document) && tokens[k].Lower == "in" && target is { Place.Kind: PlaceKind.Oblast } &&
                      (target.End >= sentence.EndToken || tokens[target.End].Lower is not ("and" or "regions" or "oblasts")) &&
                      TalliedBefore(document, number, t => OverSeveralRegions(document, t.Sentence)))) &&
                    !Enumerable.Range(number, k - number).Any(j => tokens[j].Lower is "," or ";"))
                {
                    return true;
                }
            }

            if (tokens[k].Lower != "over")
            {
                continue;
            }

            // «Минобороны: над Курской областью сбиты 28 БПЛА», told before any other tally, stays the ministry's claim as the Slavic
            // corpora annotate it; after a tally of the same weapon it is a part of the ministry's breakdown by region, and by anyone
            // else a local count ("Later the ministry announced …" right after the ministry's own tally goes on with its claim)
            var teller = document.ClaimantOf(tokens[k].Sentence);
            if ((teller is { Adversary: true } || (teller is not { Claimant.Kind: ClaimantKind.LocalAuthority } &&
                                                    LastTallyWithin(document, tokens[k].Sentence, 3) is { Scope: ClaimScope.AdversaryClaim })) &&
                !document.Tallies.Any(t => t.Sentence < tokens[k].Sentence && t.Weapon == weapon))
            {
                continue;
            }

            // "destroyed 18 drones overnight, eight of them over the Moscow region", "23 drones: 10 over …": a part's place, not the tally's
            if (k > number && Enumerable.Range(number, k - number).Any(j => tokens[j].Lower is "," or ";" or ":"))
            {
                continue;
            }

            // "over the region", "over his region", "over the border region", "over western Kursk region", "over Pogarsky district"
            var j = k + 1;
            while (j < sentence.EndToken && tokens[j].Lower is "the" or "his" or "her" or "its" or "their" or "our" or "this" or "western" or "eastern" or
                   "northern" or "southern" or "central" or "border" or "frontier" or "surrounding")
            {
                j++;
            }

            // "over the territory of the region"
            var kind = j;
            if (kind + 1 < sentence.EndToken && tokens[kind].Lower == "territory" && tokens[kind + 1].Lower == "of")
            {
                kind += 2;
                while (kind < sentence.EndToken && tokens[kind].Lower is "the" or "his" or "her" or "our" or "this")
                {
                    kind++;
                }
            }

            if (kind < sentence.EndToken && tokens[kind].Lower is "region" or "city" or "oblast" or "town" or "district" or "area")
            {
                return true;
            }

            // "over the Ryazan Region", "over the territory of Belgorod region", "over the Republic of Tatarstan" after a tally already
            // stated (earlier in the sentence too: "destroyed 22 drones: 8 over the territory of the Oryol region, …"): one named
            // region's part of it or an addition to it (a list ends in "regions" and stays a tally; the ministry's one count over a
            // named region, told first, stays its claim)
            var named = j;
            while (named < Math.Min(sentence.EndToken, j + 4) && tokens[named].Lower is "territory" or "of" or "the")
            {
                named++;
            }

            var words = 0;
            while (named < sentence.EndToken && words < 3 && tokens[named].Kind == TokenKind.Word && tokens[named].Capitalized &&
                   tokens[named].Lower is not ("region" or "oblast" or "krai" or "republic"))
            {
                named++;
                words++;
            }

            // "launched from the airspace over Russia's Belgorod region": where they came from, not where they were shot down
            var origin = Enumerable.Range(Math.Max(sentence.FirstToken, k - 3), k - Math.Max(sentence.FirstToken, k - 3))
                .Any(b => tokens[b].Lower is "from" or "airspace");
            var s = tokens[k].Sentence;
            if (English(document) && words > 0 && !origin && TalliedBefore(document, number, static _ => true) && named < sentence.EndToken && tokens[named].Lower is "region" or "oblast" or "krai" or "republic")
            {
                return true;
            }

            if (j + 1 < sentence.EndToken && tokens[j].Kind == TokenKind.Word && tokens[j].Capitalized && document.PlaceAt(j) is null &&
                tokens[j + 1].Lower is "district" or "raion" && (j + 2 >= sentence.EndToken || tokens[j + 2].Lower is not ("and" or ",")))
            {
                return true;
            }

            var place = document.PlaceAt(j) ?? document.PlaceAt(k + 1);
            if (place is not null && place.End < sentence.EndToken && tokens[place.End].Lower is not ("and" or "," or "regions"))
            {
                return true;
            }

            // "29 drones were shot down over the Bryansk Region, 15 drones over the Oryol Region": a breakdown by region;
            // "over the Moscow Region, including one …": one region; "over Kharkiv, Sumy and Poltava regions" stays a list
            if (place is not null && place.End + 1 < sentence.EndToken && tokens[place.End].Lower == "," &&
                (IsCountAt(document, place.End + 1) || (document.PlaceAt(place.End + 1) is null && tokens[place.End + 1].Lower is not ("and" or "as"))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A tally (that <paramref name="also"/> holds for) told before the count at <paramref name="number"/>: in an earlier sentence or earlier in its own.</summary>
    private static bool TalliedBefore(AnnotatedDocument document, int number, Func<TallyMention, bool> also)
    {
        var s = document.Tokens[number].Sentence;
        return document.Tallies.Any(t => (t.Sentence < s || (t.Sentence == s && t.NumberToken < number)) && also(t));
    }

    /// <summary>"intercepted 10 drones over four regions": the sentence gives its count for several regions, not one.</summary>
    private static bool OverSeveralRegions(AnnotatedDocument document, int s)
    {
        var sentence = document.Sentences[s];
        return Enumerable.Range(sentence.FirstToken, sentence.EndToken - sentence.FirstToken).Any(k => document.Tokens[k].Lower is "regions" or "oblasts") ||
               !document.PlacesIn(s).Any(p => p.Place.Kind == PlaceKind.Oblast);
    }

    private static bool IsCountAt(AnnotatedDocument document, int token)
    {
        var n = document.NumberIndexAt(token);
        return n >= 0 && document.Numbers[n].IsCount;
    }

    /// <summary>A bare number followed by "were shot down", "were lost", "suppressed by EW".</summary>
    private static Role ImplicitRole(AnnotatedDocument document, int from, int limit)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        for (var k = from; k < Math.Min(limit, from + 4); k++)
        {
            var intercept = lex.InterceptCues.MatchAt(tokens, k, limit);
            if (intercept.Length > 0)
            {
                return IsEw(document, intercept.Start, limit) ? Role.Suppressed : Role.Intercepted;
            }

            // («ще два – локаційно втрачені»: a dash right after the count)
            if (tokens[k].Lower is not ("were" or "was" or "have" or "had" or "been" or "them" or "of" or "locationally" or "also" or "successfully" or
                "likely" or "probably" or "reportedly" or "managed" or "to") && !(k == from && tokens[k].Lower is "–" or "—"))
            {
                return Role.None;
            }
        }

        return Role.None;
    }

    private static TallyMention? LastTally(AnnotatedDocument document, int sentence)
    {
        // "… fired more than 30 missiles … Bombers had launched the missile attack from Murmansk. At least 15 were shot down.": a
        // sentence with no count between the tally and its continuation does not break it
        var reach = sentence >= 2 && !HasCount(document, sentence - 1) ? 2 : 1;
        for (var t = document.Tallies.Count - 1; t >= 0; t--)
        {
            var tally = document.Tallies[t];
            if (tally.Sentence <= sentence && tally.Sentence >= sentence - reach)
            {
                return tally;
            }

            if (tally.Sentence < sentence - reach)
            {
                break;
            }
        }

        return null;
    }

    private static bool HasCount(AnnotatedDocument document, int sentence)
    {
        var span = document.Sentences[sentence];
        return document.Numbers.Any(n => n.IsCount && n.Start >= span.FirstToken && n.Start < span.EndToken);
    }

    /// <summary>The start of "44 air targets" before a subset marker ("…, including"), or -1.</summary>
    private static int TargetsWholeBefore(AnnotatedDocument document, int s, int marker) =>
        document.NumbersIn(s).Where(whole => whole.End <= marker && CountsTargets(document, whole.End, marker))
            .Select(whole => whole.Start).DefaultIfEmpty(-1).Last();

    /// <summary>"63 enemy targets", «62 повітряні цілі»: a count of what was aimed at (words.json tallyTargetWords) within three words.</summary>
    private static bool CountsTargets(AnnotatedDocument document, int from, int limit)
    {
        for (var k = from; k < Math.Min(limit, from + 3); k++)
        {
            if (document.Lexicon.Words.TallyTargetWords.Contains(document.Tokens[k].Lower))
            {
                return true;
            }

            if (document.Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }

    private static Role RightRole(AnnotatedDocument document, int from, int limit)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        for (var k = from; k < Math.Min(limit, from + 8); k++)
        {
            var intercept = lex.InterceptCues.MatchAt(tokens, k, limit);
            if (intercept.Length > 0)
            {
                return IsEw(document, intercept.Start, limit) ? Role.Suppressed : Role.Intercepted;
            }

            var launch = lex.LaunchCues.MatchAt(tokens, k, limit);
            if (launch.Length > 0)
            {
                return Role.Launched;
            }

            var t = tokens[k];
            // (36 «шахедів» знищено: the quotation mark closing the weapon's name)
            if (t.Lower is "»" or "\"" or "”" && k == from)
            {
                continue;
            }

            // («71 безпілотник-імітатор – локаційно втрачений»: a dash straight before the cue)
            if (t.Lower is "-" or "–" or "—" && k + 1 < limit && tokens[k + 1].Kind != TokenKind.Number &&
                lex.InterceptCues.MatchAt(tokens, tokens[k + 1].Lower == "locationally" ? k + 2 : k + 1, limit).Length > 0)
            {
                continue;
            }

            if (!(document.Lexicon.Words.AirDefenseRightSkippable.Contains(t.Lower) || t.Kind == TokenKind.Number || lex.NumberWords.ContainsKey(t.Lower) ||
                  lex.Weapons.MatchAt(tokens, k, limit).Length > 0 || lex.Qualifiers.MatchAt(tokens, k, limit).Length > 0))
            {
                return Role.None;
            }
        }

        return Role.None;
    }

    private static Role LeftRole(AnnotatedDocument document, int before, int floor)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        for (var k = before - 1; k >= floor; k--)
        {
            if (tokens[k].Lower is ";")
            {
                break;
            }

            var intercept = lex.InterceptCues.MatchAt(tokens, k, before);
            if (intercept.Length > 0)
            {
                return IsEw(document, intercept.Start, before) ? Role.Suppressed : Role.Intercepted;
            }

            var launch = lex.LaunchCues.MatchAt(tokens, k, before);
            if (launch.Length > 0)
            {
                // "destroyed or intercepted a total of 55 drones": "a total of" counts what the verb before it says
                if (tokens[k].Lower == "total" && LeftRole(document, k, Math.Max(floor, k - 5)) is var verb && verb is Role.Intercepted or Role.Suppressed)
                {
                    return verb;
                }

                return Role.Launched;
            }
        }

        return Role.None;
    }

    /// <summary>
    /// "All the drones were (reportedly) shot down", "all of them were destroyed": every one launched, as the subject of a passive
    /// shoot-down. Gives the end of the subject and its weapon (none for "them": all of the launches before).
    /// </summary>
    private static (int End, Weapon? Weapon)? AllSubjectIntercepted(AnnotatedDocument document, int k, int end)
    {
        var tokens = document.Tokens;
        if (tokens[k].Lower != "all" || k + 2 >= end)
        {
            return null;
        }

        var j = k + 1;
        if (tokens[j].Lower == "of")
        {
            j++;
        }

        Weapon? weapon = null;
        if (tokens[j].Lower is "them" or "these" or "those" && !(j + 1 < end && FirstWeaponWithin(document, j + 1, end, 1) is not null))
        {
            j++;
        }
        else if (tokens[j].Lower is "the" or "these" or "those" && FirstWeaponWithin(document, j + 1, end, 2) is { } w)
        {
            weapon = w;
            j++;
        }
        else
        {
            return null;
        }

        // "(Shahed drones) were (reportedly) shot down", "have been destroyed"
        for (var c = j; c < Math.Min(end, j + 6); c++)
        {
            if (tokens[c].Lower is "," or "." or ";" or "and" or "but")
            {
                return null;
            }

            if (document.Lexicon.InterceptCues.MatchAt(tokens, c, end).Length > 0 && !IsEw(document, c, end))
            {
                return (c, weapon);
            }
        }

        return null;
    }

    /// <summary>Suppressed by electronic warfare: an EW word at the cue ("were lost", "jammed") or right after it ("suppressed by EW").</summary>
    private static bool IsEw(AnnotatedDocument document, int cue, int limit)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        var sentence = document.Sentences[tokens[cue].Sentence];
        var hasShootDown = false;
        for (var k = Math.Max(sentence.FirstToken, cue - 3); k < Math.Min(sentence.EndToken, cue + 3); k++)
        {
            if (tokens[k].Lower is "shot" or "downed" or "intercepted" or "destroyed" or "neutralised" or "neutralized")
            {
                hasShootDown = true;
            }
        }

        // ("neutralized by electronic warfare": the means named after the verb says how)
        if (hasShootDown && !EwMeansAfter(document, cue, sentence.EndToken))
        {
            return false;
        }

        // ("locationally lost", «локаційно втрачений»: the EW word may stand just before the cue)
        var from = cue > sentence.FirstToken && tokens[cue - 1].Lower == "locationally" ? cue - 1 : cue;
        return lex.EwCues.Contains(tokens, from, Math.Min(sentence.EndToken, Math.Max(limit, cue + 6)));
    }

    /// <summary>"neutralized by electronic warfare", "destroyed with EW": "by", "with" or "through" and an EW word within three words after the cue.</summary>
    private static bool EwMeansAfter(AnnotatedDocument document, int cue, int limit)
    {
        var tokens = document.Tokens;
        for (var k = cue + 1; k < Math.Min(limit, cue + 4); k++)
        {
            if (tokens[k].Lower is "by" or "with" or "through")
            {
                return document.Lexicon.EwCues.Contains(tokens, k + 1, Math.Min(limit, k + 4));
            }
        }

        return false;
    }

    private static bool IsHit(AnnotatedDocument document, int from, int limit)
    {
        var lex = document.Lexicon;
        for (var k = from; k < Math.Min(limit, from + 3); k++)
        {
            if (lex.HitCues.Contains(document.Tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A date stated for this number: right after it ("479 drones on Monday") or anywhere in the sentence.</summary>
    private static DateOnly? DateNear(AnnotatedDocument document, SentenceSpan sentence, NumberMention number, int npEnd)
    {
        DateMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var d in document.DatesIn(document.Tokens[number.Start].Sentence))
        {
            if (d.IsPast)
            {
                continue;
            }

            // prefer the date after the number, then the first of the sentence
            var distance = d.Start >= npEnd ? d.Start - npEnd : d.Start - sentence.FirstToken + 20;
            if (distance < bestDistance)
            {
                // a date after the next number of the sentence belongs to that number
                var between = false;
                for (var k = npEnd; k < d.Start && !between; k++)
                {
                    var n = document.NumberIndexAt(k);
                    between = n >= 0 && document.Numbers[n].IsCount;
                }

                if (d.Start >= npEnd && between)
                {
                    distance += 40;
                    if (distance >= bestDistance)
                    {
                        continue;
                    }
                }

                best = d;
                bestDistance = distance;
            }
        }

        return best?.Date;
    }

    /// <summary>
    /// The report's tallies by sentence, for the passes that ask of every sentence what its neighbours counted: a scan of all
    /// tallies per sentence made a report of 40,000 of them quadratic. A tally added through it is added to the report too.
    /// </summary>
    private sealed class TallyIndex
    {
        private readonly AnnotatedDocument _document;
        private readonly Dictionary<int, List<TallyMention>> _bySentence = [];

        public TallyIndex(AnnotatedDocument document)
        {
            _document = document;
            foreach (var t in document.Tallies)
            {
                Index(t);
            }
        }

        /// <summary>The tallies of sentences <paramref name="from"/> to <paramref name="to"/>, in the order they were found.</summary>
        public IEnumerable<TallyMention> In(int from, int to)
        {
            for (var s = Math.Max(0, from); s <= to; s++)
            {
                if (_bySentence.TryGetValue(s, out var list))
                {
                    foreach (var t in list)
                    {
                        yield return t;
                    }
                }
            }
        }

        public void Add(TallyMention tally)
        {
            _document.Tallies.Add(tally);
            Index(tally);
        }

        private void Index(TallyMention tally)
        {
            if (!_bySentence.TryGetValue(tally.Sentence, out var list))
            {
                _bySentence[tally.Sentence] = list = [];
            }

            list.Add(tally);
        }
    }
}
