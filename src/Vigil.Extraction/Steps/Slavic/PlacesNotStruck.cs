using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// Places a Ukrainian or Russian sentence names that were not struck. «в» and «до» are both "in" and
/// "to", so the shared step's "taken to Kharkiv" test never fires: a place after a verb of carrying
/// people («доставили в Днепр в больницу», «доправили до лікарні Харкова», read as "taken" by the
/// forms' gloss) is where the wounded went; a place after «зі сторони», «со стороны», «з боку», «з
/// напрямку» is where the fire came from («вогонь вівся зі сторони окупованої Каховки»). Neither is an
/// incident's place, so both are dropped from the places layer before discourse and incidents read it;
/// so are the places drones were heading for («у напрямку Львова»), a city's quarters named like villages
/// («у мікрорайоні «Перемога»») and bare lists of places under fire.
/// </summary>
internal sealed class PlacesNotStruck : IPipelineStep
{
    // Glosses of the verbs of carrying people (forms.json), and the nouns of "from the side of".
    private const string Taken = "taken";
    private static readonly HashSet<string> SideNouns = new(StringComparer.Ordinal) { "сторони", "стороны", "боку", "напрямку", "направления", "направлении" };
    private static readonly HashSet<string> FromWords = new(StringComparer.Ordinal) { "з", "зі", "із", "с", "со", "of" };

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "на", "в", "у", "во", "по", "під", "под", "біля", "возле", "около", "поблизу" };

    // "у напрямку Львова", "в направлении Харькова": where drones were heading
    private static readonly HashSet<string> HeadingNouns = new(StringComparer.Ordinal) { "напрямку", "напрямі", "направлении", "направлению" };

    // "у мікрорайоні «Перемога»", "в жилом массиве «Строитель»": a part of a city, named like a village elsewhere
    private static readonly HashSet<string> QuarterNouns = new(StringComparer.Ordinal)
    {
        "мікрорайон", "мікрорайоні", "мікрорайону", "микрорайон", "микрорайоне", "микрорайона", "масиві", "масиву", "массиве", "массива", "массиву", "массив", "жк",
    };

    public void Run(AnnotatedDocument document)
    {
        var tokens = document.Tokens;
        var lists = BareLists(document);
        var locators = Locators(document);
        var oblastLists = document.Places.Where(p => InListOfOblasts(document, p)).ToHashSet();
        // (found before any place is removed: a list's next launch area looks back at the one before it)
        var launchAreas = document.Places.Where(p => LaunchedFrom(tokens, document, p)).ToHashSet();
        document.RegionListSentences.UnionWith(oblastLists.Select(p => tokens[p.Start].Sentence));
        document.Places.RemoveAll(p => lists.Contains(tokens[p.Start].Sentence) || Origin(tokens, document, p) || Destination(tokens, document, p) ||
                                       Heading(tokens, document, p) || Quarter(tokens, document, p) || launchAreas.Contains(p) || locators.Contains(p) || oblastLists.Contains(p));
    }

    // The plural of "oblast" that closes a list of oblast adjectives («Львівська, Івано-Франківська та Одеська області»).
    private static readonly HashSet<string> OblastPlurals = new(StringComparer.Ordinal) { "області", "областях", "области", "областей" };

    /// <summary>
    /// «Під ударами опинилися Львівська, Івано-Франківська, …, Одеська області»: in a comma list of oblast adjectives closed by the
    /// plural "oblasts", «Івано-Франківська» is that oblast, not the city whose genitive it spells; the list names the oblasts
    /// struck, none of them an incident's place, so it is dropped like its neighbours, and so is the last one with the noun.
    /// </summary>
    private static bool InListOfOblasts(AnnotatedDocument document, PlaceMention p)
    {
        var tokens = document.Tokens;
        // «…, Одеська та Кіровоградська області»: the list's last oblast with the plural noun (a single oblast would be «Кіровоградської
        // області», never «Кіровоградська області»)
        if (p.Place.Kind is Vigil.Core.PlaceKind.Oblast && p.End - p.Start >= 2 && FeminineAdjective(Text(document, p.Start)) &&
            OblastPlurals.Contains(Text(document, p.End - 1).ToLowerInvariant()))
        {
            return true;
        }

        if (p.Place.Kind is not (Vigil.Core.PlaceKind.City or Vigil.Core.PlaceKind.Settlement) || !FeminineAdjective(Text(document, p.End - 1)))
        {
            return false;
        }

        var commas = 0;
        for (var k = p.End; k < tokens.Count && k < p.End + 40 && tokens[k].Sentence == tokens[p.Start].Sentence; k++)
        {
            var word = Text(document, k).ToLowerInvariant();
            if (OblastPlurals.Contains(word))
            {
                return commas > 0;
            }

            commas += word == "," ? 1 : 0;
            if (word is not ("," or "-" or "та" or "і" or "й" or "и") && !FeminineAdjective(word))
            {
                return false;
            }
        }

        return false;
    }

    // «Одеська», «Запорізька», «Курская»: the feminine adjective an oblast's name takes
    private static bool FeminineAdjective(string word) =>
        word.EndsWith("ька", StringComparison.OrdinalIgnoreCase) || word.EndsWith("кая", StringComparison.OrdinalIgnoreCase);

    private static string Text(AnnotatedDocument document, int token) =>
        document.Text[document.Tokens[token].Start..document.Tokens[token].End];

    // The genitive of an area word: the area only says where the place before it lies.
    private static readonly HashSet<string> AreaGenitives = new(StringComparer.Ordinal)
    {
        "громади", "району", "р-ну", "общины", "района", "р-на", "округа",
    };

    /// <summary>
    /// «По Боковому Білозерської громади», «Марганецької територіальної громади Нікопольського району»: a hromada or raion in the
    /// genitive right after a place locates that place (as "Bohodukhiv in Kharkiv region" does); it is no second place, so the
    /// figures of the sentence stay with the place it locates.
    /// </summary>
    private static HashSet<PlaceMention> Locators(AnnotatedDocument document)
    {
        var result = new HashSet<PlaceMention>();
        var places = document.Places;
        for (var i = 1; i < places.Count; i++)
        {
            var (before, area) = (places[i - 1], places[i]);
            if (area.Start == before.End && area.End > area.Start && AreaGenitives.Contains(document.Tokens[area.End - 1].Lower) &&
                document.Tokens[area.Start].Sentence == document.Tokens[before.Start].Sentence &&
                before.Place.Kind is not (Vigil.Core.PlaceKind.Oblast or Vigil.Core.PlaceKind.Raion))
            {
                result.Add(area);
            }
        }

        return result;
    }

    /// <summary>«т.в.о. голови ОВА Володимир Когут»: a forename before a capitalised surname is a person, not the town of that name.</summary>
    internal static bool Forename(AnnotatedDocument document, PlaceMention p)
    {
        // «очільник Ради оборони міста Олександр Вілкул»: a wrapper word («міста») may stand before the forename
        var first = p.Start;
        while (first < p.End - 1 && !document.Tokens[first].Capitalized)
        {
            first++;
        }

        var next = first + 1;
        return (next == p.End || p.End - p.Start > 1) && next < document.Tokens.Count && document.Lexicon.Forms is { } forms &&
               forms.IsForename(document.Tokens[first].Lower) && document.Tokens[next].Capitalized &&
               document.Tokens[next].Kind == TokenKind.Word && document.Tokens[next].Sentence == document.Tokens[first].Sentence;
    }

    /// <summary>
    /// «Під обстрілами перебували Антонівка, Садове, Придніпровське, …»: four or more settlements in a sentence with no
    /// count of people and no damage word are the places merely under fire, none of them an incident (specs/README.md).
    /// </summary>
    private static HashSet<int> BareLists(AnnotatedDocument document)
    {
        var lists = new HashSet<int>();
        foreach (var g in document.Places.GroupBy(p => document.Tokens[p.Start].Sentence))
        {
            if (g.Select(p => p.Place.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() < 4)
            {
                continue;
            }

            var sentence = document.Sentences[g.Key];
            var counts = document.Numbers.Any(n => n.IsCount && n.Start >= sentence.FirstToken && n.Start < sentence.EndToken);
            var damage = false;
            for (var k = sentence.FirstToken; k < sentence.EndToken && !damage; k++)
            {
                damage = document.Lexicon.Words.DamageVerbs.Contains(document.Tokens[k].Lower) &&
                         !document.Lexicon.AttackWords.Contains(document.Tokens[k].Lower);
            }

            if (!counts && !damage)
            {
                lists.Add(g.Key);
            }
        }

        return lists;
    }

    private static bool Heading(List<Token> tokens, AnnotatedDocument document, PlaceMention p)
    {
        var first = document.Sentences[tokens[p.Start].Sentence].FirstToken;
        return p.Start - 2 >= first && HeadingNouns.Contains(Raw(document, tokens[p.Start - 1])) && Raw(document, tokens[p.Start - 2]) is "у" or "в";
    }

    private static bool Quarter(List<Token> tokens, AnnotatedDocument document, PlaceMention p)
    {
        var first = document.Sentences[tokens[p.Start].Sentence].FirstToken;
        for (var k = p.Start - 1; k >= Math.Max(first, p.Start - 2); k--)
        {
            if (QuarterNouns.Contains(Raw(document, tokens[k])))
            {
                return true;
            }

            if (tokens[k].Kind != TokenKind.Punct)
            {
                return false; // only a quotation mark between the noun and the name
            }
        }

        return false;
    }

    // «запуск», «запуски», «пуски»: the nouns of launching (the verbs are glossed "launched")
    private static readonly string[] LaunchNouns = ["запуск", "пуск"];

    /// <summary>
    /// «Запуск безпілотників здійснювався з Курської області», «дроны запустили с территории Брянской области»: in a sentence about
    /// launching, a place after «з/із/зі/с/со» (and «території», «окупованої» …) is where the munitions came from, not a place struck.
    /// </summary>
    private static bool LaunchedFrom(List<Token> tokens, AnnotatedDocument document, PlaceMention p)
    {
        var sentence = document.Sentences[tokens[p.Start].Sentence];
        // «із Бєлгородської області РФ та Криму»: the next of a list of launch areas
        if (p.Start - 1 > sentence.FirstToken && Raw(document, tokens[p.Start - 1]) is "та" or "і" or "й" or "и" or "," &&
            document.Places.FirstOrDefault(q => q.End == p.Start - 1 || (q.End == p.Start - 2 && tokens[p.Start - 2].Kind == TokenKind.Word &&
                                                                          char.IsUpper(document.Text[tokens[p.Start - 2].Start]))) is { Place: not null } before)
        {
            return LaunchedFrom(tokens, document, before);
        }

        var k = p.Start - 1;
        while (k > sentence.FirstToken && p.Start - k <= 3 && document.Lexicon.Words.LaunchOriginWords.Contains(tokens[k].Lower) &&
               !FromWords.Contains(Raw(document, tokens[k])))
        {
            k--;
        }

        if (k < sentence.FirstToken || !FromWords.Contains(Raw(document, tokens[k])))
        {
            return false;
        }

        for (var j = sentence.FirstToken; j < sentence.EndToken; j++)
        {
            if (tokens[j].Lower == "launched" || (tokens[j].Kind == TokenKind.Word && LaunchNouns.Any(n => Raw(document, tokens[j]).StartsWith(n, StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"зі сторони (тимчасово окупованої) Каховки": up to two words between the side noun and the place.</summary>
    private static bool Origin(List<Token> tokens, AnnotatedDocument document, PlaceMention p)
    {
        var first = document.Sentences[tokens[p.Start].Sentence].FirstToken;
        for (var k = p.Start - 1; k >= Math.Max(first + 1, p.Start - 3); k--)
        {
            // («обстріли з боку Росії на Донеччині»: a preposition between opens the place struck, not the side fired from)
            if (tokens[k].Kind != TokenKind.Word || PlacePrepositions.Contains(Raw(document, tokens[k])))
            {
                return false;
            }

            if (SideNouns.Contains(tokens[k].Lower) || SideNouns.Contains(Raw(document, tokens[k])))
            {
                var before = tokens[k - 1];
                return FromWords.Contains(before.Lower) || FromWords.Contains(Raw(document, before));
            }
        }

        return false;
    }

    /// <summary>"доставлены в Днепр", "доставили в городскую больницу № 2 Белгорода": a carrying verb, then a preposition, within seven tokens.</summary>
    private static bool Destination(List<Token> tokens, AnnotatedDocument document, PlaceMention p)
    {
        var first = document.Sentences[tokens[p.Start].Sentence].FirstToken;
        var preposition = false;
        for (var k = p.Start - 1; k >= Math.Max(first, p.Start - 7); k--)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punct && t.Lower is not ("№" or "."))
            {
                return false; // another clause
            }

            if (t.Lower == Taken)
            {
                return preposition;
            }

            preposition |= t.Lower is "in" or "to";
        }

        return false;
    }

    private static string Raw(AnnotatedDocument document, Token t) => document.Text[t.Start..t.End].ToLowerInvariant();
}
