using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// Russian reports retell a governor's or a news site's count of drones downed over one Russian region or city («над
/// Белгородской областью уничтожили еще семь украинских БПЛА», «всего над территорией города сбито 27 БПЛА»): that
/// region's story, not the other side's nationwide claim. The shared step reads "over the region" in English only, and
/// Russian «над» before a place is no English word. A count is local when «над» (or «над территорией») is followed by
/// one Russian place, or by the region or city itself («над регионом», «над городом»), and the defence ministry speaks
/// neither in that sentence nor in the two before: the ministry's own count over named regions is its tally
/// (specs/realtext/ru conventions).
/// </summary>
internal sealed class RegionalInterceptions : IPipelineStep
{
    // «над регионом», «над территорией города», «над областью»: the place the report is about
    private static readonly HashSet<string> OwnArea = new(StringComparer.Ordinal)
    {
        "регионом", "региона", "городом", "города", "областью", "области", "районом", "района", "округом", "округа",
    };

    private static readonly string[] MinistryWords = ["минобороны", "министерств", "мо рф", "ведомств"];

    public void Run(AnnotatedDocument document)
    {
        if (!string.Equals(document.Info.Language, "ru", StringComparison.Ordinal) || document.Tallies.Count == 0)
        {
            return;
        }

        document.Tallies.RemoveAll(t => t.Launched is null && t.Intercepted is not null && OverOnePlace(document, t.Sentence) &&
                                        !MinistrySpeaks(document, t.Sentence));
    }

    private static bool OverOnePlace(AnnotatedDocument document, int s)
    {
        var tokens = document.Tokens;
        var sentence = document.Sentences[s];
        for (var k = sentence.FirstToken; k + 1 < sentence.EndToken; k++)
        {
            if (!string.Equals(Original(document, k), "над", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var j = k + 1;
            if (string.Equals(Original(document, j), "территорией", StringComparison.OrdinalIgnoreCase) && j + 1 < sentence.EndToken)
            {
                j++;
            }

            if (OwnArea.Contains(Original(document, j).ToLowerInvariant()))
            {
                return true;
            }

            // one Russian place, not the first of a list («над Брянской и Курской областями», «над Курской областью, …»)
            if (document.PlaceAt(j) is { Place.Country: "RU" } place &&
                (place.End >= sentence.EndToken || tokens[place.End].Lower is not ("and" or ",")) &&
                document.PlacesIn(s).Select(p => p.Place.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() == 1)
            {
                return true;
            }
        }

        return false;
    }

    private static bool MinistrySpeaks(AnnotatedDocument document, int sentence)
    {
        for (var s = Math.Max(0, sentence - 2); s <= sentence; s++)
        {
            if (document.ClaimantOf(s) is { Adversary: true })
            {
                return true;
            }

            var span = document.Sentences[s];
            var text = document.Text[document.Tokens[span.FirstToken].Start..document.Tokens[span.EndToken - 1].End].ToLowerInvariant();
            if (MinistryWords.Any(w => text.Contains(w, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static string Original(AnnotatedDocument document, int token) =>
        document.Text[document.Tokens[token].Start..document.Tokens[token].End];
}
