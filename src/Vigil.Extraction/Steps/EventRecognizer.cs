using Vigil.Core;
using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps;

/// <summary>
/// Things reported that are not attacks on civilians: prisoner exchanges, talks, evacuations,
/// military losses, ceasefires. A sentence names one event (its first), and only when it also says
/// something happened ("held", "conducted", "were evacuated"), so passing mentions ("no interest in
/// truce negotiations") stay out. One event per type per report.
/// </summary>
internal sealed class EventRecognizer : IPipelineStep
{
    public void Run(AnnotatedDocument document)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        var seen = new HashSet<EventType>(document.Events.Select(e => e.Type));
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            if (InsideQuote(document, sentence.Start))
            {
                continue;
            }

            if (!lex.EventVerbs.Contains(tokens, sentence.FirstToken, sentence.EndToken))
            {
                continue;
            }

            // every event type the sentence reports ("an exchange agreed at talks in Istanbul": both)
            foreach (var match in lex.Events.FindAll(tokens, sentence.FirstToken, sentence.EndToken))
            {
                // a ceasefire only when one is declared, in force or broken, not when it is merely talked about
                if (match.Value == EventType.Ceasefire && !lex.Words.CeasefireVerbs.Overlaps(Enumerable.Range(sentence.FirstToken, sentence.EndToken - sentence.FirstToken).Select(k => tokens[k].Lower)))
                {
                    continue;
                }

                if (!seen.Add(match.Value))
                {
                    continue;
                }

                var date = document.DatesIn(s).FirstOrDefault(d => !d.IsPast);
                document.Events.Add(new ReportEvent(match.Value, date.End > 0 ? date.Date : null, document.SentenceEvidence(s)));
            }
        }

        // Military losses found by the casualty step: keep the first only.
        var dedup = document.Events.GroupBy(e => e.Type).Select(g => g.First()).OrderBy(e => e.Evidence.Start).ToList();
        document.Events.Clear();
        document.Events.AddRange(dedup);
    }

    /// <summary>Quotes are found left to right, so they are sorted: binary search for the last one opening before the offset.</summary>
    private static bool InsideQuote(AnnotatedDocument document, int offset)
    {
        var quotes = document.Quotes;
        int lo = 0, hi = quotes.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (quotes[mid].Open < offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 && offset < quotes[found].Close;
    }
}
