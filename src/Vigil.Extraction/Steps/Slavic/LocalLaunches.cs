using Vigil.Core;
using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «Атакували … скинувши дві керовані авіабомби на житловий сектор Білопільської громади» counts the
/// bombs dropped on one place, not a nationwide launch tally: the shared step reads any "attacked with
/// N" as one, and a tally sentence gives its incident neither place nor weapon. A launch count in a
/// sentence that names a town, a village or a raion (not an oblast, not the country) and does not
/// speak of Ukraine or Russia as a whole is part of that place's story, so it is no tally.
/// </summary>
internal sealed class LocalLaunches : IPipelineStep
{
    private static readonly string[] CountryStems = ["україн", "украин", "росі", "росси", "рф"];

    public void Run(AnnotatedDocument document)
    {
        if (document.Tallies.Count == 0)
        {
            return;
        }

        document.Tallies.RemoveAll(t => t.Intercepted is null && Local(document, t.Sentence));
    }

    private static bool Local(AnnotatedDocument document, int s)
    {
        // one place: a list of them is the launch directions ("із напрямків: Брянськ, Курськ, Міллєрово")
        var local = document.PlacesIn(s).Where(p => !document.TitlePlaces.Contains(p.Start) && !document.DatelinePlaces.Contains(p.Start) &&
                                                    p.Place.Kind is not PlaceKind.Oblast && p.Place.Country is null or "UA" or "RU")
            .Select(p => p.Place.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() == 1;
        if (!local)
        {
            return false;
        }

        var sentence = document.Sentences[s];
        var text = document.Text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        foreach (var stem in CountryStems)
        {
            if (text.Contains(stem, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
