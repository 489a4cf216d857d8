using Vigil.Core;
using Vigil.Extraction.Pipeline;
using Vigil.Extraction.Rules;

namespace Vigil.Extraction.Steps;

/// <summary>
/// Decides what each sentence is in the report (<see cref="SentenceRole"/>): boilerplate ("Read
/// also: …"), a recap of something earlier ("Earlier this week…", "Recall that…", "Since the start
/// of the month…"), about another place than the one reported ("a strike on another city"), a
/// region-wide or period round-up ("over the past day, across the region"), or the report's own
/// incident(s). Marks places that frame the report rather than locate an attack: a dateline
/// ("KYIV (Reuters) —") and an official's title ("head of the Dnipropetrovsk regional
/// administration"). Also lists the needs each sentence states ("left without power").
/// </summary>
internal sealed class DiscourseClassifier : IPipelineStep
{
    public void Run(AnnotatedDocument document)
    {
        var rules = document.Lexicon.Discourse;
        var tokens = document.Tokens;
        var placesBySentence = document.Places.GroupBy(p => tokens[p.Start].Sentence).ToDictionary(g => g.Key, g => g.ToList());
        var bodyStarted = false;
        // where the first line ends: sentences before it are the headline's (found once; a huge one-line text stays linear)
        var firstBreak = document.Text.IndexOf('\n') is var nl and >= 0 ? nl : document.Text.Length;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            var places = placesBySentence.GetValueOrDefault(s) ?? [];
            MarkDateline(document, sentence, places);
            MarkTitles(document, sentence, places);
            MarkLocators(document, sentence, places);
            // the headline the page printed again further down (SentenceSplitter cut the copies out) tells nothing it did not
            var role = document.HeadlineCopies.Contains(sentence.Start)
                ? SentenceRole.Boilerplate
                : Classify(document, sentence, s, bodyStarted ? -1 : firstBreak);
            bodyStarted = bodyStarted || (role != SentenceRole.Boilerplate && sentence.Start > firstBreak);
            // "Read also" on a line of its own, then "- Occupants struck Kharkiv: nearly 100 injured": the list of links under it (not a
            // full sentence under a section heading: "Defense Ministry report" / "- Air defenses downed 75 drones …, the ministry said.")
            if (role != SentenceRole.Boilerplate && s > 0 && document.Roles[s - 1] == SentenceRole.Boilerplate && IsListItem(document, sentence) &&
                !(EndsFullSentence(document, sentence) && !OpensLinks(document, document.Sentences[s - 1]) && !IsListItem(document, document.Sentences[s - 1])))
            {
                role = SentenceRole.Boilerplate;
            }

            document.Roles.Add(role);
            if (role is SentenceRole.Boilerplate or SentenceRole.Background)
            {
                document.Needs.RemoveAll(n => n.Sentence == s);
            }
        }
    }

    private static void AddNeed(AnnotatedDocument document, int sentence, Core.NeedType type)
    {
        if (!document.Needs.Contains(new NeedMention(sentence, type)))
        {
            document.Needs.Add(new NeedMention(sentence, type));
        }
    }

    /// <summary>The sentence's role, read in one pass over its tokens; the needs it states are listed on the way.</summary>
    private static SentenceRole Classify(AnnotatedDocument document, SentenceSpan sentence, int s, int firstBreak)
    {
        // firstBreak: where the first line ends while no body sentence has come yet; -1 once one has
        var rules = document.Lexicon.Discourse;
        var tokens = document.Tokens;
        if (OpensLinks(document, sentence) ||
            (IsPageLine(document, sentence) && !IsStandfirst(document, sentence, s, firstBreak)))
        {
            return SentenceRole.Boilerplate;
        }

        bool background = false, otherPlace = false, roundUp = false;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var m = rules.Cues.MatchAt(tokens, k, sentence.EndToken);
            if (m.Length == 0)
            {
                continue;
            }

            switch (m.Value.Kind)
            {
                case DiscourseCueKind.Background:
                    // "the strike was the largest attack on the city since the start of the war": a superlative compares this report's
                    // attack with the past and recalls no earlier one, where no count follows to be the earlier one's
                    background |= !(document.Lexicon.Superlatives.Contains(tokens, sentence.FirstToken, k) &&
                                    !Enumerable.Range(k, sentence.EndToken - k).Any(j => tokens[j].Kind == TokenKind.Number));
                    break;
                case DiscourseCueKind.OtherPlace:
                    otherPlace = true;
                    break;
                case DiscourseCueKind.RoundUp:
                    roundUp = true;
                    break;
                case DiscourseCueKind.Need:
                    AddNeed(document, s, m.Value.Need);
                    break;
                case DiscourseCueKind.NeedLead:
                    NeedList(document, s, sentence, m.End);
                    break;
            }
        }

        // "As reported by Ukrinform, on the night of September 28, …" on the 28th: a recap cue over a sentence dated the day of
        // publication retells the report's own night, not an earlier one
        // (English wire copy; the Ukrainian and Russian recap paragraphs, «Нагадаємо», keep their own reading)
        if (background && document.Lexicon.Forms is null && document.Info.Published is { } published &&
            document.DatesIn(s).Any(d => !d.IsPast && d.Date == published && document.WrittenOut(d)))
        {
            background = false;
        }

        return background ? SentenceRole.Background
            : otherPlace ? SentenceRole.OtherPlace
            : roundUp ? SentenceRole.RoundUp
            : SentenceRole.Main;
    }

    /// <summary>"left without heating, water and power": every noun of the list after the lead.</summary>
    private static void NeedList(AnnotatedDocument document, int s, SentenceSpan sentence, int from)
    {
        var rules = document.Lexicon.Discourse;
        var tokens = document.Tokens;
        for (var k = from; k < Math.Min(sentence.EndToken, from + 8); k++)
        {
            var noun = rules.NeedNouns.MatchAt(tokens, k, sentence.EndToken);
            if (noun.Length > 0)
            {
                AddNeed(document, s, noun.Value);
                k = noun.End - 1;
                continue;
            }

            if (tokens[k].Lower is not ("," or "and" or "or" or "/" or "the" or "their" or "any" or "supply" or "supplies"))
            {
                break;
            }
        }
    }

    /// <summary>
    /// "KYIV (Reuters) —", "ODESA, Ukraine —", "Kharkiv, June 11 (AP) -": at the start of a paragraph,
    /// capitalised words (and a date or an agency in brackets) up to a dash. The places there say where
    /// the report was filed, not where anything happened; its date says when it was filed (the report's
    /// date, which the published date gives), so it is no date of the incident.
    /// </summary>
    private static void MarkDateline(AnnotatedDocument document, SentenceSpan sentence, List<PlaceMention> places)
    {
        if (places.Count == 0 || !StartsParagraph(document, sentence))
        {
            return;
        }

        var tokens = document.Tokens;
        // «КИЇВ. 22 червня. УНН.»: a shouted place alone before its period, the day going on on the same line, files the report
        if (places is [var alone] && alone.Start == sentence.FirstToken && alone.End + 1 == sentence.EndToken && tokens[alone.End].Lower == "." &&
            !HasLowerCase(document.Text.AsSpan(tokens[alone.Start].Start, tokens[alone.End - 1].End - tokens[alone.Start].Start)) &&
            sentence.EndToken < tokens.Count && tokens[sentence.EndToken].Kind == TokenKind.Number &&
            !document.Text.AsSpan(tokens[alone.End].End, tokens[sentence.EndToken].Start - tokens[alone.End].End).Contains('\n'))
        {
            document.DatelinePlaces.Add(alone.Start);
            return;
        }

        // «Київ • УНН», "Kyiv • Ukrinform": a place and an agency set apart by a bullet on a line of their own
        if (places[0].Start == sentence.FirstToken && places[0].End + 1 < sentence.EndToken && tokens[places[0].End].Lower == "•" &&
            document.Lexicon.Discourse.Agencies.MatchAt(tokens, places[0].End + 1, sentence.EndToken).Length > 0)
        {
            document.DatelinePlaces.Add(places[0].Start);
            return;
        }

        var agency = false;
        var shouting = false;
        for (var k = sentence.FirstToken; k < Math.Min(sentence.EndToken, sentence.FirstToken + 12); k++)
        {
            var t = tokens[k];
            // "KYIV: Russia launched …": a shouted place ends its dateline with a colon too; so does a place in title case when the
            // sentence goes on to another region's attack ("Kyiv: Russian attacks … killed three people in the Kherson region")
            var colonDateline = t.Lower == ":" && k == sentence.FirstToken + 1 && places.FirstOrDefault(p => p.Start == sentence.FirstToken) is { } filed &&
                                places.Any(p => p.Start > k && p.Place.Admin1Code is not null && p.Place.Admin1Code != filed.Place.Admin1Code);
            // a hyphen inside a word ("FPV-дрон") joins, it does not close a dateline ("KYIV-Russia" does)
            var joining = t.Lower == "-" && k > sentence.FirstToken && tokens[k - 1].End == t.Start && k + 1 < sentence.EndToken && tokens[k + 1].Start == t.End && !tokens[k + 1].Capitalized;
            if ((t.Lower is "—" or "-" || (t.Lower == ":" && (shouting || colonDateline))) && k > sentence.FirstToken && !joining)
            {
                if (!(agency || shouting || colonDateline || (k >= sentence.FirstToken + 3 && tokens[k - 2].Lower == "," && tokens[k - 1].Lower == "ukraine")))
                {
                    return;
                }

                foreach (var p in places.Where(p => p.Start < k))
                {
                    document.DatelinePlaces.Add(p.Start);
                }

                // "MOSCOW, Sept 2 -": the day the report was filed, not the day of what it tells ("struck … on Sunday evening")
                var first = sentence.FirstToken;
                document.Dates.RemoveAll(d => d.Start >= first && d.Start < k);
                return;
            }

            if (t.Lower == "(")
            {
                var m = document.Lexicon.Discourse.Agencies.MatchAt(tokens, k + 1, sentence.EndToken);
                if (m.Length == 0 || m.End >= sentence.EndToken || tokens[m.End].Lower != ")")
                {
                    // "DONETSK (UrduPoint News / Sputnik - 28th August, 2022) One woman was killed …": a shouted place and a
                    // bracket naming an agency among other words end the dateline at the bracket, with no dash after it
                    if (shouting && BracketWithAgency(document, k, sentence.EndToken) is { } close)
                    {
                        foreach (var p in places.Where(p => p.Start < close))
                        {
                            document.DatelinePlaces.Add(p.Start);
                        }

                        document.Dates.RemoveAll(d => d.Start >= sentence.FirstToken && d.Start < close);
                    }

                    return;
                }

                agency = true;
                k = m.End;
                continue;
            }

            var word = document.Text.AsSpan(t.Start, t.End - t.Start);
            // no lower-case letter in any script ("KYIV", "ХАРКІВ"), not merely none between a and z
            var upper = !HasLowerCase(word);
            shouting |= t.Kind == TokenKind.Word && word.Length >= 3 && upper;
            if (!(t.Capitalized || t.Kind == TokenKind.Number || t.Lower is "," or "." || (t.Kind == TokenKind.Word && upper)))
            {
                return;
            }
        }
    }

    /// <summary>The closing bracket of a bracket opened at <paramref name="open"/> (within 16 tokens) with an agency's name inside, or null.</summary>
    private static int? BracketWithAgency(AnnotatedDocument document, int open, int end)
    {
        var tokens = document.Tokens;
        var agency = false;
        for (var k = open + 1; k < Math.Min(end, open + 17); k++)
        {
            if (tokens[k].Lower == ")")
            {
                return agency ? k : null;
            }

            agency |= document.Lexicon.Discourse.Agencies.MatchAt(tokens, k, end).Length > 0;
        }

        return null;
    }

    /// <summary>
    /// A line of its own with no closing punctuation, after the first line, in a text of several lines:
    /// a web page's headline of another article, a link, a byline ("Russian forces kill at least 11,
    /// injure 91 over past day"). The first line is the report's own headline, which the incident
    /// assembler reads apart.
    /// </summary>
    private static bool IsPageLine(AnnotatedDocument document, SentenceSpan sentence)
    {
        var text = document.Text;
        if (sentence.Start == 0 || !StartsParagraph(document, sentence) || sentence.EndToken - sentence.FirstToken < 3)
        {
            return false;
        }

        var end = sentence.End;
        if (end < text.Length && text[end] is not ('\n' or '\r'))
        {
            return false; // the sentence ends inside its line: running text
        }

        if (ListUnderLeadIn(document, sentence))
        {
            return false;
        }

        // a paragraph of running text whose closing full stop the page lost is longer than any headline or link
        var last = text[end - 1];
        return WordCount(document, sentence) <= MaxPageLineWords && last is not ('.' or '!' or '?' or '…' or '"' or '”' or '»' or ':' or ')' or ';' or ',');
    }

    /// <summary>
    /// The report's own summary under its headline («Украинские власти сообщили, что 21 человек погиб …» with no full stop):
    /// a page line of a sentence's length right under the headline, before any body sentence, neither the headline repeated
    /// nor a photo's caption. Its figures are the report's, unlike those of a related article's headline further down.
    /// </summary>
    private static bool IsStandfirst(AnnotatedDocument document, SentenceSpan sentence, int s, int firstBreak)
    {
        if (firstBreak < 0 || s == 0 || sentence.Start < firstBreak || WordCount(document, sentence) < MinStandfirstWords)
        {
            return false;
        }

        var tokens = document.Tokens;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (tokens[k].Lower is "photo" or "фото")
            {
                return false;
            }
        }

        // the line above is the headline: of a headline's length, and not the same words again
        var above = document.Sentences[s - 1];
        var text = document.Text;
        var line = text.AsSpan(sentence.Start, sentence.End - sentence.Start).Trim();
        var headline = text.AsSpan(above.Start, above.End - above.Start).Trim();
        return WordCount(document, above) >= 4 && text.AsSpan(above.End, sentence.Start - above.End).Contains('\n') &&
               !headline.Contains(line, StringComparison.Ordinal) && !line.Contains(headline, StringComparison.Ordinal);
    }

    private static int WordCount(AnnotatedDocument document, SentenceSpan sentence)
    {
        var words = 0;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            words += document.Tokens[k].Kind == TokenKind.Word ? 1 : 0;
        }

        return words;
    }

    /// <summary>Bylines, dates, section names and headlines run shorter; a summary under the headline is a full sentence.</summary>
    private const int MinStandfirstWords = 12;


    /// <summary>Headlines run to about 20 words; a line of more is a paragraph.</summary>
    private const int MaxPageLineWords = 25;

    /// <summary>"Read also", "Related": the line opens a list of links (discourse.json boilerplateOpeners).</summary>
    private static bool OpensLinks(AnnotatedDocument document, SentenceSpan sentence)
    {
        var first = sentence.FirstToken;
        while (first < sentence.EndToken && document.Tokens[first].Kind == TokenKind.Punct)
        {
            first++;
        }

        return document.Lexicon.Discourse.BoilerplateOpeners.MatchAt(document.Tokens, first, sentence.EndToken).Length > 0;
    }

    /// <summary>The sentence ends in a full stop: a sentence of the article, where a link's headline mostly has none.</summary>
    private static bool EndsFullSentence(AnnotatedDocument document, SentenceSpan sentence) =>
        sentence.EndToken > sentence.FirstToken && document.Tokens[sentence.EndToken - 1].Lower == ".";

    /// <summary>
    /// "What is known about the attack:" / "◾️Air defences destroyed 216 drones …": a bulleted line without a full stop under a line
    /// that leads into the list with a colon (no "Read also:") is one of the article's points, not a link's headline.
    /// </summary>
    private static bool ListUnderLeadIn(AnnotatedDocument document, SentenceSpan sentence)
    {
        var text = document.Text;
        if (!IsBullet(text[sentence.Start]))
        {
            return false;
        }

        var lineStart = sentence.Start;
        while (lineStart > 0)
        {
            // the line above: a bullet of the same list goes on up, anything else must be the lead-in
            var prevEnd = lineStart - 1;
            while (prevEnd > 0 && text[prevEnd - 1] is '\n' or '\r')
            {
                prevEnd--;
            }

            var prevStart = text.LastIndexOf('\n', Math.Max(0, prevEnd - 1)) + 1;
            var line = text.AsSpan(prevStart, prevEnd - prevStart).TrimEnd();
            if (line.IsEmpty)
            {
                return false;
            }

            if (!IsBullet(line[0]))
            {
                var lead = SortedSearch.LastBefore(document.Sentences, static x => x.Start, prevEnd);
                return line[^1] == ':' && !(lead >= 0 && document.Sentences[lead].Start >= prevStart && OpensLinks(document, document.Sentences[lead]));
            }

            lineStart = prevStart;
        }

        return false;
    }

    private static bool IsBullet(char c) => c is '◾' or '▪' or '◼' or '●' or '•' or '►' or '▶';

    /// <summary>A line opened by a list mark ("- ", "• ", "* ").</summary>
    private static bool IsListItem(AnnotatedDocument document, SentenceSpan sentence) =>
        StartsParagraph(document, sentence) && document.Text[sentence.Start] is '-' or '•' or '*' or '–' or '—' &&
        sentence.Start + 1 < document.Text.Length && document.Text[sentence.Start + 1] == ' ';

    private static bool HasLowerCase(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsParagraph(AnnotatedDocument document, SentenceSpan sentence)
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

    /// <summary>
    /// «поселок Нижняя Крынка (Советский район Макеевки)», «н.п. Покровське (Дніпропетровська обл.)»: the places in parentheses right
    /// after a town only locate it (a raion, an oblast, a city or its district), they are no second place of the sentence. A village in
    /// parentheses after a raion («Херсонського району (Чайкине, …)») is the more exact place and stays one.
    /// </summary>
    private static void MarkLocators(AnnotatedDocument document, SentenceSpan sentence, List<PlaceMention> places)
    {
        var tokens = document.Tokens;
        for (var i = 0; i + 1 < places.Count; i++)
        {
            var town = places[i];
            if (town.Place.Kind is not (PlaceKind.Settlement or PlaceKind.City) || town.End + 1 >= sentence.EndToken || tokens[town.End].Lower != "(")
            {
                continue;
            }

            var close = Enumerable.Range(town.End + 1, sentence.EndToken - town.End - 1).FirstOrDefault(k => tokens[k].Lower == ")", -1);
            var inside = places.Skip(i + 1).Where(p => p.Start > town.End && (close < 0 || p.End <= close)).ToList();
            if (close > 0 && inside.Count > 0 &&
                inside.All(p => p.Place.Kind is PlaceKind.Oblast or PlaceKind.Raion or PlaceKind.CityDistrict or PlaceKind.City &&
                                !string.Equals(p.Place.Name, town.Place.Name, StringComparison.Ordinal)))
            {
                foreach (var p in inside)
                {
                    document.TitlePlaces.Add(p.Start);
                }
            }
        }
    }

    /// <summary>"head of the Dnipropetrovsk regional administration", "Kharkiv Governor Oleh Syniehubov": a place in a title.</summary>
    private static void MarkTitles(AnnotatedDocument document, SentenceSpan sentence, List<PlaceMention> places)
    {
        var rules = document.Lexicon.Discourse;
        var tokens = document.Tokens;
        foreach (var p in places)
        {
            var end = p.End;
            // "Kharkiv region's governor", "the Odesa regional military administration": past the place word itself
            var after = rules.TitleAfter.MatchAt(tokens, end, sentence.EndToken);
            var before = rules.TitleBefore.MatchEndingAt(tokens, p.Start, sentence.FirstToken);
            // "Moscow said", "Kyiv claims": a capital standing for its government
            var speaks = end < sentence.EndToken && document.Lexicon.SpeechVerbs.Contains(tokens[end].Lower);
            if (after.Length > 0 || before.Length > 0 || speaks)
            {
                document.TitlePlaces.Add(p.Start);
            }
        }
    }
}
