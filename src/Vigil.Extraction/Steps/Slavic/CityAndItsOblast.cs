using Vigil.Core;
using Vigil.Extraction.Pipeline;
using Vigil.Gazetteer;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «За минулу добу росіяни здійснили 115 обстрілів Херсона та області», «за сутки … по Харькову и области»: a day's round-up
/// over a regional capital "and the oblast" is the oblast's, and so is the toll it goes on to give with no place of its own;
/// the shared steps read only the city. Only in a round-up sentence (discourse.json roundUp), and only where the oblast is
/// named after the city (Kherson Oblast after Kherson): "атакували Дніпро й область" of one night's strike stays the city's.
/// </summary>
internal sealed class CityAndItsOblast(IGazetteer gazetteer) : IPipelineStep
{
    private static readonly HashSet<string> Ands = new(StringComparer.Ordinal) { "та", "і", "й", "и" };
    private static readonly HashSet<string> OblastWords = new(StringComparer.Ordinal) { "області", "область", "обл", "области" };

    public void Run(AnnotatedDocument document)
    {
        var tokens = document.Tokens;
        for (var i = 0; i < document.Places.Count; i++)
        {
            var p = document.Places[i];
            // «удар по Оріхову на Запоріжжі», «поранено на Запоріжжі»: the city's name after «на» is the land around it, the oblast
            if (p.Place is { Kind: PlaceKind.City, Admin1: { } region } && p.Start > 0 && p.End == p.Start + 1 &&
                document.OriginalLower(p.Start - 1) == "на" && document.Lexicon.Words.OblastByCityOn.Contains(document.OriginalLower(p.Start)) &&
                gazetteer.Geocode(region).FirstOrDefault(c => c.Kind == PlaceKind.Oblast && c.Admin1Code == p.Place.Admin1Code) is { } land)
            {
                document.Places[i] = new PlaceMention(p.Start, p.End, land.ToPlaceRef(document.Text[tokens[p.Start].Start..tokens[p.Start].End]), p.Strong);
                continue;
            }

            if (p.Place is not { Kind: PlaceKind.City, Admin1: { } admin1 } || p.End + 1 >= tokens.Count ||
                !Ands.Contains(document.OriginalLower(p.End)) || !OblastWords.Contains(document.OriginalLower(p.End + 1)) ||
                tokens[p.End + 1].Sentence != tokens[p.Start].Sentence || document.RoleOf(tokens[p.Start].Sentence) != SentenceRole.RoundUp ||
                !admin1.StartsWith(p.Place.Name, StringComparison.Ordinal))
            {
                continue;
            }

            if (gazetteer.Geocode(admin1).FirstOrDefault(c => c.Kind == PlaceKind.Oblast && c.Admin1Code == p.Place.Admin1Code) is { } oblast)
            {
                document.Places[i] = new PlaceMention(p.Start, p.End + 2, oblast.ToPlaceRef(document.Text[tokens[p.Start].Start..tokens[p.End + 1].End]), p.Strong);
            }
        }
    }
}
