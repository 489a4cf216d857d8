using Vigil.Core;
using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «У с. Ківшарівка постраждав 45-річний чоловік; в с. Руська Лозова постраждав 70-річний чоловік», «В пос. Ковшаровка Купянской
/// громады погиб 48-летний мужчина; в г. Купянск пострадала 72-летняя женщина»: a regional round-up gives each settlement its own
/// clause, opened by «у/в» and the place (often after «с.», «пос.», «г.»), with the hromada in the genitive and the verb after it,
/// closed by «;», never the comma the shared step's "In X, …; in Y, …" reading waits for. Every count of the sentence was read as
/// stated for all its places and kept low (uk set H: uk-h-028, h-029; ru set H). When a sentence has two or more such clauses naming
/// different places, each count of a clause is bound to its clause's place instead of being the several places' undivided toll.
/// </summary>
internal sealed class ClausePlaces(string language) : IPipelineStep
{
    /// <param name="Openers">The prepositions opening a clause of a place.</param>
    /// <param name="Leads">Words that may come before the preposition («также в …»).</param>
    /// <param name="Reach">How far after the preposition the place may start: «в пос. Купянск-Узловой» (abbreviation and its full stop).</param>
    private sealed record Words(HashSet<string> Openers, HashSet<string> Leads, int Reach);

    // the area nouns after a village («Куп'янської громади», «Купянской громады», «району») name its area, not a second settlement
    private static readonly string[] AreaStems = ["громад", "район"];

    private static readonly Dictionary<string, Words> ByLanguage = new(StringComparer.Ordinal)
    {
        ["uk"] = new(new(StringComparer.Ordinal) { "у", "в", "на" }, new(StringComparer.Ordinal) { "так", "також", "а" }, 5),
        ["ru"] = new(new(StringComparer.Ordinal) { "в", "во" }, new(StringComparer.Ordinal) { "также", "а", "так" }, 3),
    };

    private readonly Words _words = ByLanguage[language];

    public void Run(AnnotatedDocument document)
    {
        var casualties = document.Casualties;
        foreach (var sentence in casualties.Where(static c => c.BoundPlace is null).Select(static c => c.Sentence).Distinct().ToList())
        {
            var clauses = Clauses(document, sentence);
            if (clauses.Count < 2 || clauses.Select(c => c.Place.Place.Name).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                continue;
            }

            // a clause with a count no casualty was read from («два 3-летних и 6-летний мальчики») is read only in part: the
            // sentence's figures stay the several places' doubtful toll rather than become short counts of its towns
            var read = casualties.Where(c => c.Sentence == sentence).Select(static c => c.NumberToken).ToHashSet();
            if (clauses.Any(clause => document.Numbers.Any(n => n.IsCount && n.Start > clause.Place.End && n.Start < clause.End && !read.Contains(n.Start))))
            {
                continue;
            }

            for (var i = 0; i < casualties.Count; i++)
            {
                if (casualties[i] is { BoundPlace: null } c && c.Sentence == sentence &&
                    clauses.FirstOrDefault(k => c.NumberToken > k.Place.End && c.NumberToken < k.End) is { } clause)
                {
                    casualties[i] = c with { BoundPlace = clause.Place, SeveralPlaces = false };
                }
            }
        }
    }

    private sealed record Clause(int End, PlaceMention Place);

    /// <summary>The sentence cut at «;»: the parts that open with a place.</summary>
    private List<Clause> Clauses(AnnotatedDocument document, int sentence)
    {
        var tokens = document.Tokens;
        var span = document.Sentences[sentence];
        var clauses = new List<Clause>();
        var start = span.FirstToken;
        for (var k = span.FirstToken; k <= span.EndToken; k++)
        {
            if (k < span.EndToken && tokens[k].Lower != ";")
            {
                continue;
            }

            if (OpeningPlace(document, start, k) is { } place)
            {
                clauses.Add(new Clause(k, place));
            }

            start = k + 1;
        }

        return clauses;
    }

    /// <summary>
    /// The settlement or raion right after the clause's opening preposition (after quotation marks, bullets and lead words), when the
    /// clause names no second settlement.
    /// </summary>
    private PlaceMention? OpeningPlace(AnnotatedDocument document, int start, int end)
    {
        var tokens = document.Tokens;
        var k = start;
        // («Так, 20 вересня у Чернігові …»: a date before the preposition leads in too)
        var dates = document.DatesIn(tokens[start].Sentence);
        while (k < end && (tokens[k].Kind is not (TokenKind.Word or TokenKind.Number) || _words.Leads.Contains(Raw(document, k)) ||
                           dates.Any(d => k >= d.Start && k < d.End)))
        {
            k++;
        }

        if (k + 1 >= end || !_words.Openers.Contains(Raw(document, k)))
        {
            return null;
        }

        // (the mention may open at the preposition itself: «У селищі Печеніги» is read with its wrapper, preposition and all)
        PlaceMention? place = null;
        for (var j = k; j < Math.Min(end, k + _words.Reach + 1) && place is null; j++)
        {
            place = document.PlaceAt(j);
        }

        // «в пос. Купянск-Узловой» read as «Купянск-»: a hyphenated name the gazetteer cut short is not the clause's place
        // («у Ніжинському районі поранені двоє»: a raion opens its clause as a settlement does)
        if (place is null || place.Place.Kind is not (null or PlaceKind.City or PlaceKind.Settlement or PlaceKind.Raion) || place.End > end ||
            document.Text[tokens[place.Start].Start..tokens[place.End - 1].End].EndsWith('-') ||
            Enumerable.Range(k + 1, Math.Max(0, place.Start - k - 1)).Any(j => tokens[j].Kind == TokenKind.Number))
        {
            return null;
        }

        // «у с. Сподобівка … та с. Балка»: a clause of two settlements is stated for both
        var others = document.Places.Count(p => p.Start >= place.End && p.End <= end && p.Place.Kind is null or PlaceKind.City or PlaceKind.Settlement &&
                                                 !string.Equals(p.Place.Name, place.Place.Name, StringComparison.OrdinalIgnoreCase) && !Area(document, p));
        return others == 0 ? place : null;
    }

    private static bool Area(AnnotatedDocument document, PlaceMention p)
    {
        var last = Raw(document, p.End - 1);
        var after = p.End < document.Tokens.Count ? Raw(document, p.End) : "";
        return AreaStems.Any(stem => last.StartsWith(stem, StringComparison.Ordinal) || after.StartsWith(stem, StringComparison.Ordinal));
    }

    private static string Raw(AnnotatedDocument document, int token) =>
        document.Text[document.Tokens[token].Start..document.Tokens[token].End].ToLowerInvariant();
}
