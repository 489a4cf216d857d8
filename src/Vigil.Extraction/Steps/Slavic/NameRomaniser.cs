using Vigil.Extraction.Pipeline;
using Vigil.Gazetteer.Text;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// One output contract for every language: people's names written in Cyrillic are romanised by
/// Ukraine's national system from the forename's Ukrainian form (Олег Синєгубов → Oleh Syniehubov; Сергей Лысак → Serhii
/// Lysak), the name as written kept beside a
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
                // the original as written is kept beside the romanised name
                document.Statements[i] = s with { Speaker = Romanised(document, name), SpeakerOriginal = name };
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

    /// <summary>"за словами Олега Синєгубова": the name in the nominative, its forename in the Ukrainian form (a Russian report's
    /// «Сергея Лысака» is Serhii Lysak, as a Ukrainian one writes him), then romanised.</summary>
    private static string Romanised(AnnotatedDocument document, string name) =>
        Transliteration.UkrainianToLatin(document.Lexicon.Forms is { } forms ? forms.UkrainianForename(forms.Nominative(name)) : name);
}
