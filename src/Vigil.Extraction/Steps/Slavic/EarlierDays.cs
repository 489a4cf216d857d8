using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «Як повідомляв Укрінформ, 21 грудня внаслідок атаки по Очакову були поранені троє людей» in a report
/// of 26 December: a toll or a zero dated by a calendar day before the day the report is about is an
/// earlier attack, background to this one. The incident step makes such a sentence a recap only once
/// the report's incident has figures; a report whose incident has only a zero, or whose earlier toll
/// comes first in its paragraph, needs the rule without that condition. A toll update ("зросла до")
/// is about the incident, whatever day it names. A day's round-up is dated by its post ("за минулу добу")
/// and names the day before: only a day at least two days earlier is another attack.
/// </summary>
internal sealed class EarlierDays : IPipelineStep
{
    private static readonly HashSet<string> ThenWords = new(StringComparer.Ordinal) { "тоді", "тогда" };

    private static string Raw(AnnotatedDocument document, Token t) => document.Text[t.Start..t.End].ToLowerInvariant();

    public void Run(AnnotatedDocument document)
    {
        var lex = document.Lexicon;
        DateOnly? lead = null;
        var earlierBefore = false;
        var undatedTollBefore = false;
        for (var s = 0; s < document.Sentences.Count && s < document.Roles.Count; s++)
        {
            if (document.Roles[s] is not (SentenceRole.Main or SentenceRole.RoundUp))
            {
                continue;
            }

            var dates = document.DatesIn(s).Where(d => !d.IsPast).ToList();
            var stated = document.Casualties.Any(c => c.Sentence == s && !c.Past) || document.Zeros.Any(z => z.Sentence == s);
            var revision = document.Casualties.Any(c => c.Sentence == s && (c.Flags & NumberFlags.Revision) != 0);
            // "…де 14 січня 2023 року загинули 46 людей" in a report of 2025: a toll dated in an earlier year is a recap, lead or not
            var published = document.Info.Published;
            // («никто не пострадал» told undated first, then «26 ноября … погибли три человека» in a report of 28 November: the report's
            // own toll came first and is the day's; a calendar day two or more days before the report is another attack's)
            var before = lead ?? (published is { } p ? (undatedTollBefore ? p : new DateOnly(p.Year, 1, 1).AddDays(1)) : null);
            var earlier = before is { } day && dates.Count > 0 && dates.All(d => d.Date < day.AddDays(-1)) &&
                          dates.Any(d => Calendar(document, d));
            // "…атаковали Одессу в пятницу, 15 марта. Тогда погибли более 20 человек": "then" takes the day of the sentence before
            var then = earlierBefore && dates.Count == 0 && ThenWords.Contains(Raw(document, document.Tokens[document.Sentences[s].FirstToken]));
            earlierBefore = earlier;
            if ((earlier || then) && stated && !revision)
            {
                document.Roles[s] = SentenceRole.Background;
                continue;
            }

            undatedTollBefore |= stated && dates.Count == 0;
            // the day of the attack reported, not a page's timestamp line
            if (lead is null && dates.Count > 0 && (stated || AboutAttack(document, s)))
            {
                lead = dates.Min(d => d.Date); // "за минулу добу, 4 вересня": the day it names, not the day of the post

            }
        }

        static bool AboutAttack(AnnotatedDocument doc, int s)
        {
            var sentence = doc.Sentences[s];
            for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                if (doc.Lexicon.AttackWords.Contains(doc.Tokens[k].Lower))
                {
                    return true;
                }
            }

            return doc.Weapons.Any(w => doc.Tokens[w.Start].Sentence == s);
        }

        bool Calendar(AnnotatedDocument doc, DateMention d)
        {
            for (var k = d.Start; k < d.End; k++)
            {
                if (lex.Months.ContainsKey(doc.Tokens[k].Lower))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
