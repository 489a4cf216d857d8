using Vigil.Core;
using Vigil.Extraction.Pipeline;
using Vigil.Gazetteer;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// A Ukrainian or Russian report whose one incident has figures but no place, and which names one region only, the one its
/// official governs («Губернатор Воронежской области … обошлось без пострадавших», «начальник Херсонской ОВА: погибли 2
/// человека»): the figures are that region's, so the incident takes the oblast. Only an official's title counts as naming the
/// region (a title alone never locates figures in the shared steps); a report naming a second region, or any town, is
/// left as it is. Runs before the assembler, which places such an incident (and so keeps its figures, not
/// "unplaced" ones) through <see cref="AnnotatedDocument.GovernedRegion"/>.
/// </summary>
internal sealed class TitleRegion(IGazetteer gazetteer) : IPipelineStep
{
    // A regional administration after its adjective: «Херсонской ОВА», «Запорожской ОГА» (not in the gazetteer as places).
    private static readonly string[] Administrations = ["ова", "ога", "ода", "обладминистрации", "облгосадминистрации"];

    // The officials who govern a region, named just before it: «Губернатор Белгородской области», «глава Брянской области».
    private static readonly string[] Governors =
    [
        "губернатор", "губернатора", "губернатором", "глава", "главы", "главой", "врио", "начальник", "начальника", "председатель",
        "голова", "голови", "очільник", "очільника", "керівник", "керівника", "начальником", "очільником",
    ];

    // «Херсонской ОВА», «Херсонської ОВА»: the genitive feminine adjective of an oblast, Russian and Ukrainian
    private static readonly string[] OblastAdjectiveEndings = ["ской", "цкой", "ської", "цької"];

    public void Run(AnnotatedDocument document)
    {
        var administrations = AdministrationRegions(document, gazetteer).ToList();
        var regions = new HashSet<string>(StringComparer.Ordinal);
        PlaceRef? oblast = null;
        var titled = false;
        var town = false;
        foreach (var p in document.Places)
        {
            // («Напомним, … атаковали Запорожье» under the Kirovohrad OVA's post: a recap of another region's attack names no
            // second region of this one's)
            if (document.DatelinePlaces.Contains(p.Start) || p.Place.Admin1Code is null ||
                (document.RoleOf(document.Tokens[p.Start].Sentence) is SentenceRole.Background or SentenceRole.Boilerplate &&
                 administrations.All(a => a.Admin1Code != p.Place.Admin1Code)))
            {
                continue;
            }

            town |= p.Place.Kind is PlaceKind.City or PlaceKind.Settlement or PlaceKind.CityDistrict && !document.TitlePlaces.Contains(p.Start);

            regions.Add(p.Place.Admin1Code);
            if (p.Place.Kind == PlaceKind.Oblast && p.Place.Resolved)
            {
                oblast ??= p.Place;
                titled |= document.TitlePlaces.Contains(p.Start) ||
                          (p.Start > 0 && Governors.Contains(document.OriginalLower(p.Start - 1)));
            }
        }

        foreach (var admin in administrations)
        {
            regions.Add(admin.Admin1Code!);
            oblast ??= admin;
            titled = true;
        }

        // A town of the region named in the report that the toll was still not placed at was named in a recap or for
        // something else («Напомним, … по центру Харькова»): the toll may be that town's, so the title does not make it the region's.
        if (titled && !town && regions.Count == 1 && oblast is not null && regions.Contains(oblast.Admin1Code!))
        {
            document.GovernedRegion = oblast;
        }
    }


    /// <summary>The oblasts named by an administration's adjective («Херсонской ОВА» → Kherson Oblast), as the gazetteer reads «Херсонской области»
    /// (also read by <see cref="CyrillicPlaceNamer"/>: a Russian report may name its region only so).</summary>
    internal static IEnumerable<PlaceRef> AdministrationRegions(AnnotatedDocument document, IGazetteer gazetteer)
    {
        var tokens = document.Tokens;
        for (var t = 1; t < tokens.Count; t++)
        {
            // «начальник Херсонской ОВА», «Губернатор Воронежской области» (the title's region is no place mention of its own)
            var administration = Administrations.Contains(tokens[t].Lower) ||
                                 (document.OriginalLower(t) is "области" or "області" or "обл" && t >= 2 && Governors.Contains(document.OriginalLower(t - 2)));
            if (!administration || document.OriginalLower(t - 1) is not { Length: > 4 } adjective ||
                !OblastAdjectiveEndings.Any(e => adjective.EndsWith(e, StringComparison.Ordinal)))
            {
                continue;
            }

            var name = document.Text[tokens[t - 1].Start..tokens[t - 1].End] + (adjective.EndsWith('ї') ? " області" : " области");
            if (gazetteer.Geocode(name, new GeocodeContext(null)).FirstOrDefault(c => c.Kind == PlaceKind.Oblast) is { Admin1Code: not null } found)
            {
                yield return found.ToPlaceRef(document.Text[tokens[t - 1].Start..tokens[t].End]);
            }
        }
    }
}
