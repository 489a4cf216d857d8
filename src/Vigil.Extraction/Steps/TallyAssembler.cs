using Vigil.Core;
using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps;

/// <summary>
/// One air-defence entry per day, weapon, attacking side and scope: launched and intercepted
/// figures of the same night stated in different sentences are joined; within a sentence the same
/// role adds up ("5 ballistic and 3 cruise missiles"); across sentences a repeated figure is the same
/// figure, and a different one adds only where its sentence says it is more ("another", «ще», lost to
/// electronic warfare), else the larger is kept. A tally with no date of its own takes the report's first date.
/// </summary>
internal sealed class TallyAssembler : IPipelineStep
{
    public void Run(AnnotatedDocument document)
    {
        if (document.Tallies.Count == 0)
        {
            return;
        }

        // A caption's or a recap's date weeks before publication ("… on Lviv Oblast, March 18, 2022" over a 2023 report) is not the night's.
        var published = document.Info.Published;
        DateOnly? lead = document.Dates.FirstOrDefault(d => !d.IsPast && (published is not { } p || d.Date >= p.AddDays(-7))) is { End: > 0 } first
            ? first.Date
            : published;
        // The Russian ministry's count of Ukrainian drones told in the reporter's words and quoted (or headlined) is one claim: an unattributed
        // tally before or after it repeating the ministry's figure for the same day, weapon and side is that claim again, not a second entry
        static (Weapon, Side, int?, int?, int?) Figures(TallyMention t) => (t.Weapon, t.Attacker, t.Launched, t.Intercepted, t.Suppressed);
        // (the sentences of each day's figures, looked up rather than scanned: a report of 40,000 tallies stays linear)
        var sentencesOfDay = document.Tallies.ToLookup(o => (Figures(o), o.Date ?? lead), o => o.Sentence);
        var adversarySentences = document.Tallies.Where(o => o.Scope == ClaimScope.AdversaryClaim)
            .ToLookup(o => (Figures(o), o.Date ?? lead), o => o.Sentence);
        bool RestatesAdversary(TallyMention t) => t.Attacker == Side.UA && t.Scope != ClaimScope.AdversaryClaim &&
            adversarySentences[(Figures(t), t.Date ?? lead)].Any(s => s != t.Sentence);
        // A headline's (a first line with no closing punctuation) tally restated in the body with the same figures or larger ("Air defence shot down 11 Russian drones yesterday and at
        // night" over "… destroyed 11 Russian drones over the past day and at night on 2 August") is one tally: the body's, with its date
        var title = document.Sentences.Count > 1 && document.Sentences[0].EndToken > document.Sentences[0].FirstToken &&
                    document.Tokens[document.Sentences[0].EndToken - 1].Lower is not ("." or "!" or "?");
        // («сбили Ми-24 и более 30 беспилотников ВСУ» over «… уничтожено 32 беспилотника»: a headline's round figure is the body's
        // count told short, not a second count to add to it)
        static bool Covers(int? body, int? head) => head is null || body >= head;
        bool HeadlineRestated(TallyMention t) => title && t.Sentence == 0 &&
            document.Tallies.Any(o => o.Sentence > 0 && o.Weapon == t.Weapon && o.Attacker == t.Attacker && Covers(o.Launched, t.Launched) &&
                                      Covers(o.Intercepted, t.Intercepted) && Covers(o.Suppressed, t.Suppressed));
        // "… destroyed 141 drones overnight" then "between 11 p.m. on December 24 and 7 a.m. … destroyed 141": the same figures told
        // again with the evening the night began on are the same tally, not the day before's
        bool RestatesNeighbourDay(TallyMention t) => (t.Date ?? lead) is { } again &&
            sentencesOfDay[(Figures(t), again.AddDays(1))].Any(s => s < t.Sentence);
        var groups = WithNightGoingOn(document)
            .Where(t => !RestatesAdversary(t) && !HeadlineRestated(t) && !RestatesNeighbourDay(t))
            .GroupBy(t => (Date: t.Date ?? lead, t.Weapon, t.Attacker, t.Scope))
            .OrderBy(g => g.Min(t => t.NumberToken));
        foreach (var group in groups)
        {
            // Parts add up ("71 shot down; 33 lost to EW" → 104); a figure repeated in another sentence counts
            // once; a total stated beside its parts ("neutralised 410: 300 shot down and 110 suppressed") is the total.
            int? Combine(Func<TallyMention, int?> pick)
            {
                var values = new List<long>();
                var seenAcrossSentences = new HashSet<long>();
                long? running = null;
                foreach (var sentence in group.GroupBy(t => t.Sentence))
                {
                    var inSentence = sentence.Select(pick).Where(v => v is not null).Select(v => (long)v!.Value).ToList();
                    var fresh = inSentence.Where(v => !seenAcrossSentences.Contains(v)).ToList();
                    foreach (var v in inSentence)
                    {
                        seenAcrossSentences.Add(v);
                    }

                    if (fresh.Count == 0)
                    {
                        continue;
                    }

                    values.AddRange(fresh);
                    var part = fresh.Sum();
                    // Across sentences a different figure is added only where its sentence says so ("Another 12 were
                    // suppressed", «Кроме того, … ещё»); otherwise it is a part or a restatement of the night's total
                    // («за сутки … 220» then «за ночь … 27»; a region's share), and the total is the larger
                    running = running is not { } r ? part : AddsTo(document, sentence.Key, sentence) ? r + part : Math.Max(r, part);
                }

                if (running is not { } result)
                {
                    return null;
                }

                var max = values.Max();
                if (values.Count > 2 && max * 2 == values.Sum())
                {
                    result = max;
                }

                return (int)Math.Min(result, int.MaxValue);
            }

            var firstMention = group.OrderBy(t => t.NumberToken).First();
            var claimant = group.Select(t => document.ClaimantOf(t.Sentence)?.Claimant).FirstOrDefault(c => c is not null) ?? Claimant.Unattributed;
            document.AirDefenseTallies.Add(new AirDefenseTally(group.Key.Date, group.Key.Weapon, group.Key.Attacker,
                Combine(t => t.Launched), Combine(t => t.Intercepted ?? t.Suppressed), claimant, document.SentenceEvidence(firstMention.Sentence),
                Combine(t => t.Suppressed), group.Key.Scope));
        }
    }

    /// <summary>
    /// «Росія в ніч на 13 вересня випустила 44 дрони. Сили ППО збили 32 БпЛА»: a tally with no date of its own right after one
    /// with a date, in the same paragraph and of the same weapon and side, is of that night too (a recap of an earlier night
    /// goes on), not of the report's own night.
    /// </summary>
    private static List<TallyMention> WithNightGoingOn(AnnotatedDocument document)
    {
        var tallies = new List<TallyMention>(document.Tallies.Count);
        foreach (var t in document.Tallies.OrderBy(static t => t.NumberToken))
        {
            var before = t.Date is null && t.Sentence > 0 && !document.Text.AsSpan(document.Sentences[t.Sentence - 1].End,
                    document.Sentences[t.Sentence].Start - document.Sentences[t.Sentence - 1].End).Contains('\n')
                ? tallies.LastOrDefault(o => o.Sentence == t.Sentence - 1 && o.Date is not null && o.Weapon == t.Weapon && o.Attacker == t.Attacker)
                : null;
            tallies.Add(before is null ? t : t with { Date = before.Date });
        }

        return tallies;
    }

    /// <summary>A later sentence's tally adds to the earlier ones: it says "another", "also", "in addition", «ещё», «кроме того», or its
    /// figures are the ones lost to electronic warfare beside those shot down.</summary>
    private static bool AddsTo(AnnotatedDocument document, int sentence, IEnumerable<TallyMention> mentions)
    {
        if (mentions.All(t => t.Intercepted is null && t.Suppressed is not null))
        {
            return true;
        }

        var tokens = document.Tokens;
        var span = document.Sentences[sentence];
        // «– 1 «Кинджал»; – 7 «Іскандерів»; – 18 Х-101»: the items of one dashed list are parts that add up
        static bool Dashed(string t) => t is "-" or "–" or "—" or "•";
        if (sentence > 0 && Dashed(tokens[span.FirstToken].Lower) && Dashed(tokens[document.Sentences[sentence - 1].FirstToken].Lower))
        {
            return true;
        }

        // «Из них 26 … и ещё один дрон сбит в Липецкой области», "Of them, 26 …": a breakdown of the total told before, its «ещё» an item
        if (document.Lexicon.SubsetMarkers.MatchAt(tokens, span.FirstToken, span.EndToken).Length > 0)
        {
            return false;
        }

        for (var k = span.FirstToken; k < span.EndToken; k++)
        {
            // "more than 200" is a qualifier, not an addition
            if (document.Lexicon.Words.TallyAdditionWords.Contains(tokens[k].Lower) &&
                !(tokens[k].Lower == "more" && k + 1 < span.EndToken && tokens[k + 1].Lower == "than"))
            {
                return true;
            }
        }

        return false;
    }
}
