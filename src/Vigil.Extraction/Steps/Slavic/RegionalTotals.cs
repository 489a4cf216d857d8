using Vigil.Core;
using Vigil.Extraction.Pipeline;
using Vigil.Gazetteer;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// Daily round-ups by regional administrations open with the region's toll and then give it place by
/// place («Протягом доби … на Харківщині двоє людей загинули … У сел. Слатине загинув …»; «Три человека
/// погибли в результате обстрелов Курской области. Одна жительница Суджи погибла …»). The opening toll
/// is no one place's figure, but the shared steps give it to the first village named after it. A
/// figure is taken for a regional total, kept as a low-confidence claim and never an incident's figure,
/// when its sentence is placed only in a raion or an oblast, in several settlements, or nowhere (by its
/// own places, else by the last sentence before it that names one), or when the next sentence gives the
/// same field for several places; and only when the report also states that field in a sentence that
/// names a settlement, so that a region's toll with no place-by-place parts stays the oblast's incident.
/// </summary>
internal sealed class RegionalTotals(IGazetteer gazetteer) : IPipelineStep
{
    private enum Scope
    {
        None,
        Settlement,
        Several,
        Wide,
    }

    public void Run(AnnotatedDocument document)
    {
        DashCounts.Add(document);
        var casualties = document.Casualties;
        if (casualties.Count < 2)
        {
            return;
        }

        RaionByRaion(document);
        ApproximateBesideExact(document);
        var scopes = new Scope[document.Sentences.Count];
        var settlements = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var s = 0; s < scopes.Length; s++)
        {
            scopes[s] = OwnScope(document, s, Counts(document, s) ? settlements : null);
        }

        if (settlements.Count == 0)
        {
            return;
        }

        // Sentences that name a settlement themselves, or follow one that names exactly one: where place-by-place parts are.
        var located = new Scope[scopes.Length];
        var last = Scope.None;
        for (var s = 0; s < scopes.Length; s++)
        {
            if (!Counts(document, s))
            {
                located[s] = Scope.None;
                continue;
            }

            located[s] = scopes[s] == Scope.None ? last : scopes[s];
            if (scopes[s] != Scope.None)
            {
                last = scopes[s];
            }
        }

        for (var i = 0; i < casualties.Count; i++)
        {
            var c = casualties[i];
            if (c.Past || c.SubCount || c.BoundPlace is not null || !Counts(document, c.Sentence))
            {
                continue;
            }

            var next = c.Sentence + 1 < scopes.Length && scopes[c.Sentence + 1] == Scope.Several &&
                       casualties.Any(o => o.Sentence == c.Sentence + 1 && Family(o.Field) == Family(c.Field) && !o.Past);
            // a toll with no place at all before it is a region's only where the report names several towns: in a
            // report of one town, a toll stated before its name is that town's
            var regional = located[c.Sentence] is Scope.Wide or Scope.Several || (located[c.Sentence] == Scope.None && settlements.Count >= 2) || next;
            if (!regional || located[c.Sentence] == Scope.Several && scopes[c.Sentence] == Scope.Several)
            {
                continue; // a sentence naming several settlements itself: the incident step keeps its figure off each of them
            }

            // a toll placed only by a list of the towns of a raion the report has just named as the area attacked is that raion's, as
            // specs/realtext/uk/README.md has it («атакували Нікопольський район. Постраждав сам Нікополь та Марганецька громада. …
            // постраждав 51-річний чоловік»), not a total over the towns; the incident step places it on the raion
            if (located[c.Sentence] == Scope.Several && scopes[c.Sentence] == Scope.None && OfNamedRaion(document, scopes, c.Sentence))
            {
                continue;
            }

            // («У Чернігові постраждав чоловік. У Ніжинському районі поранені двоє»: a raion's count is no total of a town outside it)
            var parts = casualties.Any(o => o.Sentence != c.Sentence && Family(o.Field) == Family(c.Field) && !o.Past && Counts(document, o.Sentence) &&
                                            (scopes[o.Sentence] is Scope.Settlement or Scope.Several || located[o.Sentence] == Scope.Settlement) &&
                                            !OutsideItsRaions(document, c.Sentence, o.Sentence));
            // «обстріли Білопільської та Ворожбянської громад … загинули троє»: a toll placed only by a sentence before it that names
            // two or more settlements is over all of them (specs/realtext/uk/README.md), no one's even when none is given its part
            // (the settlements must be ones the gazetteer knows: a name misread as a village, «города Александр Вилкул», is none)
            var overSeveral = located[c.Sentence] == Scope.Several && scopes[c.Sentence] == Scope.None && SeveralKnown(document, scopes, c.Sentence);
            if (parts || overSeveral)
            {
                casualties[i] = c with { SubCount = true, SeveralPlaces = true };
            }
        }
    }

    /// <summary>
    /// The sentence of a toll is placed in raions only, and every town the other sentence names lies outside all of them (by the
    /// gazetteer): the other count is no part of this one.
    /// </summary>
    private bool OutsideItsRaions(AnnotatedDocument document, int sentence, int other)
    {
        var wide = document.PlacesIn(sentence).Where(p => p.Place.Kind is PlaceKind.Raion or PlaceKind.Oblast).ToList();
        var towns = document.PlacesIn(other).Where(p => p.Place.Kind is PlaceKind.City or PlaceKind.Settlement).ToList();
        return wide.Count > 0 && towns.Count > 0 && wide.All(p => p.Place.Kind == PlaceKind.Raion) &&
               towns.All(t => wide.All(r => gazetteer.InRaion(t.Place, r.Place) == false));
    }

    /// <summary>
    /// «24 постраждалих у столичному регіоні … У Фастівському районі поранено п'ятьох, у Бучанському — дитину»: an oblast's toll
    /// (its sentence placed in an oblast or nowhere) that the report then gives raion by raion, in two or more raions, is the
    /// raions' total, a low claim, never one raion's figure.
    /// </summary>
    private static void RaionByRaion(AnnotatedDocument document)
    {
        var raions = document.Places.Where(p => p.Place.Kind == PlaceKind.Raion && !document.TitlePlaces.Contains(p.Start))
            .Select(static p => p.Place.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        if (raions < 2)
        {
            return;
        }

        var casualties = document.Casualties;
        for (var i = 0; i < casualties.Count; i++)
        {
            var c = casualties[i];
            if (c.Past || c.SubCount || c.BoundPlace is not null || !Counts(document, c.Sentence) || !OblastOrNowhere(document, c.Sentence))
            {
                continue;
            }

            if (casualties.Any(o => o.Sentence > c.Sentence && Family(o.Field) == Family(c.Field) && !o.Past && Counts(document, o.Sentence) &&
                                    document.PlacesIn(o.Sentence).Any(static p => p.Place.Kind == PlaceKind.Raion)))
            {
                casualties[i] = c with { SubCount = true, SeveralPlaces = true };
            }
        }
    }

    /// <summary>
    /// «поранили майже 20» in a headline line, «ще 18 – дістали поранення» in the body: an approximate count («майже», «близько»)
    /// of a field the report also counts exactly elsewhere is the rounded telling of that count, a low claim, never the figure.
    /// </summary>
    private static void ApproximateBesideExact(AnnotatedDocument document)
    {
        var casualties = document.Casualties;
        for (var i = 0; i < casualties.Count; i++)
        {
            var c = casualties[i];
            if (c.Qualifier is not (Qualifier.About or Qualifier.UpTo) || c.Past || c.SubCount)
            {
                continue;
            }

            if (casualties.Any(o => o.Sentence != c.Sentence && o.Field == c.Field && o.Qualifier == Qualifier.Exact && !o.Past && !o.SubCount &&
                                    !o.PartCount && Counts(document, o.Sentence)))
            {
                casualties[i] = c with { SubCount = true };
            }
        }
    }

    private static bool OblastOrNowhere(AnnotatedDocument document, int s) =>
        document.PlacesIn(s).All(p => p.Place.Kind == PlaceKind.Oblast || document.TitlePlaces.Contains(p.Start) || document.DatelinePlaces.Contains(p.Start));

    /// <summary>Children are part of the killed or injured: a child named in a village is a part of the region's toll too.</summary>
    private static CasualtyField Family(CasualtyField field) => field switch
    {
        CasualtyField.ChildrenKilled => CasualtyField.Killed,
        CasualtyField.ChildrenInjured => CasualtyField.Injured,
        _ => field,
    };

    /// <summary>Whether the last sentence before <paramref name="s"/> that names a place names two or more settlements the gazetteer knows.</summary>
    private static bool SeveralKnown(AnnotatedDocument document, Scope[] scopes, int s)
    {
        var before = s - 1;
        while (before >= 0 && (scopes[before] == Scope.None || !Counts(document, before)))
        {
            before--;
        }

        return before >= 0 && document.PlacesIn(before)
            .Where(p => p.Place.Resolved && p.Place.Kind is PlaceKind.City or PlaceKind.Settlement && !document.TitlePlaces.Contains(p.Start))
            .Select(static p => p.Place.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() >= 2;
    }

    /// <summary>
    /// The settlements of the sentence that placed the toll are two or more towns of one raion (as the gazetteer has it; none known to
    /// be elsewhere), and that raion is named just before them.
    /// </summary>
    private bool OfNamedRaion(AnnotatedDocument document, Scope[] scopes, int s)
    {
        var listed = s - 1;
        while (listed >= 0 && (scopes[listed] == Scope.None || !Counts(document, listed)))
        {
            listed--;
        }

        if (listed < 1)
        {
            return false;
        }

        // the raion named in one of the two sentences before the list, none of them naming another place («бив по Нікопольщині
        // FPV-дронами. Застосував по району й артилерію. Від ударів здригалися Нікополь, Покровська, Марганецька громади»)
        var named = listed - 1;
        if (document.PlacesIn(named).Count == 0 && named > 0)
        {
            named--;
        }

        var towns = document.PlacesIn(listed).Where(p => p.Place.Kind is PlaceKind.City or PlaceKind.Settlement && !document.TitlePlaces.Contains(p.Start)).ToList();
        foreach (var raion in document.PlacesIn(named).Where(p => p.Place.Kind == PlaceKind.Raion && p.Place.Id is not null && !document.TitlePlaces.Contains(p.Start)))
        {
            var inRaion = towns.Select(t => gazetteer.InRaion(t.Place, raion.Place)).ToList();
            if (!inRaion.Contains(false) && inRaion.Count(x => x == true) >= 2)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Counts(AnnotatedDocument document, int s) =>
        s < document.Roles.Count && document.Roles[s] is SentenceRole.Main or SentenceRole.RoundUp;

    /// <summary>What the sentence's own places say of its scope (datelines and officials' titles aside).</summary>
    private static Scope OwnScope(AnnotatedDocument document, int s, HashSet<string>? seen)
    {
        string? settlement = null;
        var wide = false;
        var several = false;
        foreach (var p in document.PlacesIn(s))
        {
            if (document.DatelinePlaces.Contains(p.Start) || document.TitlePlaces.Contains(p.Start) || p.Place.Country is not (null or "UA" or "RU"))
            {
                continue;
            }

            switch (p.Place.Kind)
            {
                // («обстріляли одне з сіл Харківщини: загинули двоє»: the toll of one village the report leaves unnamed)
                case PlaceKind.Raion or PlaceKind.Oblast when document.UnnamedSettlementBefore(p):
                    several |= settlement is not null;
                    settlement ??= "";
                    break;
                case PlaceKind.Raion or PlaceKind.Oblast:
                    wide = true;
                    break;
                case PlaceKind.City or PlaceKind.Settlement or PlaceKind.CityDistrict or null:
                    seen?.Add(p.Place.Name);
                    several |= settlement is not null && !string.Equals(settlement, p.Place.Name, StringComparison.OrdinalIgnoreCase);
                    settlement = p.Place.Name;
                    break;
            }
        }

        return several ? Scope.Several : settlement is not null ? Scope.Settlement : wide ? Scope.Wide : Scope.None;
    }
}
