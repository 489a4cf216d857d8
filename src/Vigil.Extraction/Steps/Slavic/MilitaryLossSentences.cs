using Vigil.Core;
using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «Армія втратила за добу 340 людей (з них 18 загиблих, 243 поранених…)», «российская армия потеряла
/// 1420 солдат»: an army's losses are counted in people and in the words of civilian tolls, but a
/// sentence in which soldiers or an army "lost" people reports military losses, never civilian
/// casualties. Its figures are dropped and the sentence is a military-losses event.
/// </summary>
internal sealed class MilitaryLossSentences : IPipelineStep
{
    public void Run(AnnotatedDocument document)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            bool lost = false, military = false;
            for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                lost |= tokens[k].Lower == "lost";
                military |= lex.MilitaryNouns.Contains(tokens[k].Lower);
            }

            // the figures of such a sentence are dropped; one with a count of its own ("втратила 1 150 солдатів") is the event
            if (!lost || !military || (document.Casualties.RemoveAll(c => c.Sentence == s) == 0 &&
                !document.Numbers.Any(n => n.IsCount && tokens[n.Start].Sentence == s)))
            {
                continue;
            }

            var evidence = document.SentenceEvidence(s);
            if (!document.Events.Any(e => e.Type == EventType.MilitaryLosses && e.Evidence.Start == evidence.Start))
            {
                document.Events.Add(new ReportEvent(EventType.MilitaryLosses, null, evidence));
            }
        }
    }
}
