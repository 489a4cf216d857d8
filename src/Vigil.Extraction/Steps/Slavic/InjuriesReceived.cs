using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «Ранения получили четыре человека», «травмы получила 70-летняя женщина»: Russian puts the injury and its verb before the
/// people counted, an order the shared casualty step does not read (it looks for the verb after its subject, or a verb cue
/// right before the number, which would also take «от полученных ранений мужчина погиб» as wounded). Only this exact order,
/// noun then verb then the number, counts the number as injured.
/// </summary>
internal sealed class InjuriesReceived : IPipelineStep
{
    private static readonly string[] Injuries = ["ранения", "ранение", "травмы", "травму", "увечья"];
    private static readonly string[] Received = ["получили", "получил", "получила", "получило"];

    public void Run(AnnotatedDocument document)
    {
        if (!string.Equals(document.Info.Language, "ru", StringComparison.Ordinal))
        {
            return;
        }

        var tokens = document.Tokens;
        var counted = document.Casualties.Select(static c => c.NumberToken).ToHashSet();
        foreach (var number in document.Numbers)
        {
            var verb = number.QualifierStart - 1;
            if (!number.IsCount || counted.Contains(number.Start) || verb < 1 ||
                tokens[verb].Sentence != tokens[number.Start].Sentence || tokens[verb - 1].Sentence != tokens[number.Start].Sentence ||
                !Received.Contains(Original(document, verb)) || !Injuries.Contains(Original(document, verb - 1)) ||
                document.Weapons.Any(w => w.Start >= number.End && w.Start <= number.End + 1))
            {
                continue;
            }

            var mention = new CasualtyMention(tokens[number.Start].Sentence, CasualtyField.Injured, (int)Math.Min(number.Value, int.MaxValue),
                number.Qualifier, number.Flags, number.Start, null, false);
            var at = document.Casualties.FindIndex(c => c.NumberToken > number.Start);
            document.Casualties.Insert(at < 0 ? document.Casualties.Count : at, mention);
        }
    }

    private static string Original(AnnotatedDocument document, int token) =>
        document.Text[document.Tokens[token].Start..document.Tokens[token].End].ToLowerInvariant();
}
