using Vigil.Extraction.Pipeline;
using Vigil.Gazetteer.Text;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// One output contract for every language: people's names written in Cyrillic are romanised by
/// Ukraine's national system (Олег Синєгубов → Oleh Syniehubov), the name as written kept beside a
/// statement's speaker (<c>speaker_original</c>); claimants are named romanised so that one official
/// is one claimant across languages. Quotes and evidence stay in the original language.
/// </summary>
internal sealed class NameRomaniser : IPipelineStep
{
    public void Run(AnnotatedDocument document)
    {
        for (var i = 0; i < document.Statements.Count; i++)
        {
            var s = document.Statements[i];
            if (s.Speaker is { } name && Transliteration.HasCyrillic(name))
            {
                // "за словами Олега Синєгубова": the name in the nominative, then romanised; the original as written.
                var nominative = document.Lexicon.Forms?.Nominative(name) ?? name;
                document.Statements[i] = s with { Speaker = Transliteration.UkrainianToLatin(nominative), SpeakerOriginal = name };
            }
        }

        for (var i = 0; i < document.Incidents.Count; i++)
        {
            var incident = document.Incidents[i];
            if (incident.Claims.Any(static c => c.Claimant.Name is { } n && Transliteration.HasCyrillic(n)))
            {
                document.Incidents[i] = incident with
                {
                    Claims = [.. incident.Claims.Select(c => c.Claimant.Name is { } n && Transliteration.HasCyrillic(n)
                        ? c with { Claimant = c.Claimant with { Name = Romanised(document, n) } } : c)],
                };
            }
        }

        for (var i = 0; i < document.AirDefenseTallies.Count; i++)
        {
            var t = document.AirDefenseTallies[i];
            if (t.Claimant.Name is { } n && Transliteration.HasCyrillic(n))
            {
                document.AirDefenseTallies[i] = t with { Claimant = t.Claimant with { Name = Romanised(document, n) } };
            }
        }
    }

    private static string Romanised(AnnotatedDocument document, string name) =>
        Transliteration.UkrainianToLatin(document.Lexicon.Forms?.Nominative(name) ?? name);
}
