using Vigil.Core;
using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «Атакували … скинувши дві керовані авіабомби на житловий сектор Білопільської громади» counts the
/// bombs dropped on one place, not a nationwide launch tally (bombs, shells and rockets only: a night's
/// drones or missiles on one city may be the air force's own count): the shared step reads any "attacked with
/// N" as one, and a tally sentence gives its incident neither place nor weapon. A launch count in a
/// sentence that names a town, a village or a raion (not an oblast, not the country) and does not
/// speak of Ukraine or Russia as a whole is part of that place's story, so it is no tally.
/// </summary>
internal sealed class LocalLaunches : IPipelineStep
{
    private static readonly HashSet<string> CountryWords = new(StringComparer.Ordinal)
    {
        "україна", "україну", "україні", "україни", "украина", "украину", "украине", "украины",
        "росія", "росію", "росії", "россия", "россию", "россии", "країни", "країні", "страны", "стране",
    };

    public void Run(AnnotatedDocument document)
    {
        if (document.Tallies.Count == 0)
        {
            return;
        }

        // drones and missiles on one city are often the air force's own count for the night; bombs and shells dropped on
        // a village are not counted nationwide by anyone but the general staff, which names no village
        document.Tallies.RemoveAll(t => t.Intercepted is null && t.Weapon is Weapon.GlideBomb or Weapon.Artillery or Weapon.Mlrs or Weapon.Aircraft &&
                                        Local(document, t.Sentence));
    }

    private static bool Local(AnnotatedDocument document, int s)
    {
        // the air force's or the general staff's count is national whatever place it names
        if (document.ClaimantOf(s) is { Adversary: false, Claimant.Kind: ClaimantKind.Military or ClaimantKind.NationalBody })
        {
            return false;
        }

        // one known town, village or raion, and no other region: a list of places is the launch directions ("із напрямків:
        // Брянськ, Курськ, Міллєрово") or a front ("по прифронтових районах Донеччини, Запоріжжя та Сумщини"), and a name the
        // gazetteer does not know may be a launch area far away ("з Саратовської області")
        var places = document.PlacesIn(s).Where(p => !document.TitlePlaces.Contains(p.Start) && !document.DatelinePlaces.Contains(p.Start)).ToList();
        var towns = places.Where(p => p.Place is { Resolved: true, Kind: PlaceKind.City or PlaceKind.Settlement or PlaceKind.Raion or PlaceKind.CityDistrict })
            .Select(p => p.Place).DistinctBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToList();
        if (towns.Count != 1 || places.Any(p => !string.Equals(p.Place.Admin1Code, towns[0].Admin1Code, StringComparison.Ordinal)))
        {
            return false;
        }

        // "атакував Україну", "по всей стране": the country as a whole is named
        var sentence = document.Sentences[s];
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var t = document.Tokens[k];
            if (t.Kind == TokenKind.Word && CountryWords.Contains(document.Text[t.Start..t.End].ToLowerInvariant()))
            {
                return false;
            }
        }

        return true;
    }
}
