using Vigil.Core;
using Vigil.Gazetteer;
using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps;

/// <summary>
/// Groups what the earlier steps found into the report's incidents: sentences follow the place
/// they name (or the incident before them), figures bound to a place ("four in Kyiv, three in
/// Zhytomyr region") go to that place's incident, "Separately," starts a new one. Per figure the
/// value is the last revision ("rose to 12"), else the largest stated total; increments ("three
/// more") never become totals, "one … another" adds up, children are a subset of the total. Past
/// incidents and other scopes (tallies, war-long totals) never enter an incident.
/// </summary>
internal sealed class IncidentAssembler(IGazetteer gazetteer) : IPipelineStep
{
    private static readonly HashSet<string> NewIncidentMarkers = new(["separately", "meanwhile", "elsewhere", "additionally", "also", "earlier"], StringComparer.Ordinal);

    private static readonly HashSet<string> DamageVerbs = new(
        ["damaged", "destroyed", "hit", "struck", "ablaze", "fire", "fires", "collapsed", "shattered", "burned", "burning", "blown", "ruined", "damage", "damaging", "destroying", "targeted", "strikes", "strike", "attack", "attacked", "shelled", "razed"],
        StringComparer.Ordinal);

    private sealed class Builder(PlaceRef? place, PlaceMention? mention)
    {
        public PlaceRef? Place { get; set; } = place;
        public PlaceMention? Mention { get; set; } = mention;
        public List<int> Sentences { get; } = [];
        public List<CasualtyMention> Figures { get; } = [];
        public List<ZeroMention> Zeros { get; } = [];
        public List<string> Damage { get; } = [];
        public List<Weapon> Weapons { get; } = [];
    }

    public void Run(AnnotatedDocument document)
    {
        var tokens = document.Tokens;
        var lex = document.Lexicon;
        var figuresBySentence = document.Casualties.Where(c => !c.Past).GroupBy(c => c.Sentence).ToDictionary(g => g.Key, g => g.ToList());
        var zerosBySentence = document.Zeros.GroupBy(z => z.Sentence).ToDictionary(g => g.Key, g => g.ToList());
        var tallySentences = document.Tallies.Select(t => t.Sentence).ToHashSet();
        var placesBySentence = document.Places.GroupBy(p => tokens[p.Start].Sentence).ToDictionary(g => g.Key, g => g.ToList());
        var weaponsBySentence = document.Weapons.GroupBy(w => tokens[w.Start].Sentence).ToDictionary(g => g.Key, g => g.ToList());

        var builders = new List<Builder>();
        Builder? current = null;
        DateOnly? lead = null;
        PlaceMention? context = null; // a place named before any figure ("Odesa." as a first line)
        var headline = IsHeadline(document) ? 0 : -1;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            if (s == headline)
            {
                continue; // a headline summarises the body that follows; the body is the evidence
            }

            var sentence = document.Sentences[s];
            var figures = figuresBySentence.GetValueOrDefault(s) ?? [];
            var zeros = zerosBySentence.GetValueOrDefault(s) ?? [];
            var past = lex.PastMarkers.Contains(tokens, sentence.FirstToken, sentence.EndToken) ||
                       lex.CumulativeMarkers.Contains(tokens, sentence.FirstToken, sentence.EndToken) ||
                       document.DatesIn(s).Any(d => d.IsPast);
            // "taken to Kharkiv", "evacuated to Odesa": a destination is not where the attack was
            var places = (placesBySentence.GetValueOrDefault(s) ?? [])
                .Where(p => p.Place.Country is null or "UA" or "RU" && !(p.Start > sentence.FirstToken && tokens[p.Start - 1].Lower is "to" or "towards" or "toward"))
                .ToList();
            var attack = HasAttackWord(document, sentence) || weaponsBySentence.ContainsKey(s) || HasCasualtyWord(document, sentence);
            var military = figures.Count == 0 && document.Events.Any(e => e.Type == EventType.MilitaryLosses && e.Evidence.Start == sentence.Start);
            var relevant = figures.Count > 0 || zeros.Count > 0 ||
                           (attack && !past && !military && !tallySentences.Contains(s) && places.Count > 0);
            if (!relevant)
            {
                if (!past && !tallySentences.Contains(s) && places.Count > 0)
                {
                    context = SentencePlace(places, figures);
                }

                if (current is not null && !tallySentences.Contains(s) && !past && places.All(p => Compatible(current.Place, p.Place)))
                {
                    AddDamage(document, sentence, current);
                    AddWeapons(weaponsBySentence.GetValueOrDefault(s), current); // "The KAB hit a tram depot."
                }

                continue;
            }

            if (lead is null && document.DatesIn(s).FirstOrDefault(d => !d.IsPast) is { End: > 0 } first)
            {
                lead = first.Date;
            }

            var marker = NewIncidentMarkers.Contains(tokens[sentence.FirstToken].Lower);
            var bound = figures.Where(f => f.BoundPlace is not null).Select(f => f.BoundPlace!.Place.Name).Distinct(StringComparer.Ordinal).Count();
            var distributed = bound >= 2;
            var sentencePlace = SentencePlace(places, figures);
            if (sentencePlace is not null)
            {
                var target = current is not null && Compatible(current.Place, sentencePlace.Place) ? current : builders.FirstOrDefault(b => b.Place is not null && Compatible(b.Place, sentencePlace.Place));
                if (target is null && current is not null && current.Place is null && !marker)
                {
                    target = current;
                }

                if (target is null)
                {
                    target = new Builder(sentencePlace.Place, sentencePlace);
                    builders.Add(target);
                }
                else if (target.Place is null || IsMoreSpecific(sentencePlace.Place, target.Place))
                {
                    target.Place = sentencePlace.Place;
                    target.Mention = sentencePlace;
                }

                current = target;
            }
            else if (current is null || marker)
            {
                var inherited = context is not null && !builders.Any(b => b.Place is not null && Compatible(b.Place, context.Place)) ? context : null;
                current = new Builder(inherited?.Place, inherited);
                builders.Add(current);
            }

            current.Sentences.Add(s);
            current.Zeros.AddRange(zeros);
            AddDamage(document, sentence, current);

            // each weapon goes to the incident of the place nearest to it in the sentence ("Russian shelling killed two in
            // Vovchansk, while … a Ukrainian rocket salvo injured four in Grayvoron")
            foreach (var w in weaponsBySentence.GetValueOrDefault(s) ?? [])
            {
                var nearest = places.OrderBy(p => Math.Abs(p.Start - w.Start)).FirstOrDefault();
                var owner = nearest is null ? current : builders.FirstOrDefault(b => b.Place is not null && Compatible(b.Place, nearest.Place)) ?? current;
                if (!owner.Weapons.Contains(w.Weapon))
                {
                    owner.Weapons.Add(w.Weapon);
                }
            }
            foreach (var f in figures)
            {
                if (distributed && f.BoundPlace is { } bp)
                {
                    var target = builders.FirstOrDefault(b => Compatible(b.Place, bp.Place) && b.Place is not null);
                    if (target is null)
                    {
                        target = new Builder(bp.Place, bp);
                        builders.Add(target);
                    }

                    target.Figures.Add(f);
                    if (!target.Sentences.Contains(s))
                    {
                        target.Sentences.Add(s);
                    }
                }
                else if (distributed && figures.Any(o => o.BoundPlace is not null && o.Field == f.Field))
                {
                    // the total over several places ("twelve injured: four in Kyiv, …") belongs to none of them
                }
                else
                {
                    current.Figures.Add(f);
                }
            }
        }

        foreach (var b in builders)
        {
            if (b.Figures.Count == 0 && b.Zeros.Count == 0 && b.Place is null)
            {
                continue;
            }

            document.Incidents.Add(Build(document, b, lead, weaponsBySentence));
        }
    }

    /// <summary>Casualty words with no figure ("several killed") make a sentence about an attack, unless they are about soldiers.</summary>
    private static bool HasCasualtyWord(AnnotatedDocument document, SentenceSpan sentence)
    {
        var found = false;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var t = document.Tokens[k].Lower;
            if (document.Lexicon.MilitaryNouns.Contains(t))
            {
                return false;
            }

            found |= document.Lexicon.CasualtyCues.ContainsKey(t);
        }

        return found;
    }

    private static bool IsAttackNounAfter(AnnotatedDocument document, int from)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        for (var k = from; k < Math.Min(tokens.Count, from + 3); k++)
        {
            if (lex.AttackWords.Contains(tokens[k].Lower) || lex.Weapons.MatchAt(tokens, k, tokens.Count).Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static void AddWeapons(List<WeaponMention>? mentions, Builder builder)
    {
        foreach (var w in mentions ?? [])
        {
            if (!builder.Weapons.Contains(w.Weapon))
            {
                builder.Weapons.Add(w.Weapon);
            }
        }
    }

    /// <summary>A first line of four or more words with no closing punctuation, followed by more text: a headline.</summary>
    private static bool IsHeadline(AnnotatedDocument document)
    {
        if (document.Sentences.Count < 2)
        {
            return false;
        }

        var first = document.Sentences[0];
        var last = document.Text[first.End - 1];
        return last is not ('.' or '!' or '?' or '…' or '"' or '”' or ':') && first.EndToken - first.FirstToken >= 4 &&
               document.Text.AsSpan(first.End, document.Sentences[1].Start - first.End).Contains('\n');
    }

    private static bool HasAttackWord(AnnotatedDocument document, SentenceSpan sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (document.Lexicon.AttackWords.Contains(document.Tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddDamage(AnnotatedDocument document, SentenceSpan sentence, Builder builder)
    {
        var tokens = document.Tokens;
        var hasVerb = false;
        for (var k = sentence.FirstToken; k < sentence.EndToken && !hasVerb; k++)
        {
            hasVerb = DamageVerbs.Contains(tokens[k].Lower);
        }

        if (!hasVerb)
        {
            return;
        }

        foreach (var m in document.Lexicon.Damage.FindAll(tokens, sentence.FirstToken, sentence.EndToken))
        {
            if (!builder.Damage.Contains(m.Value))
            {
                builder.Damage.Add(m.Value);
            }
        }
    }

    private static PlaceMention? SentencePlace(List<PlaceMention> places, List<CasualtyMention> figures)
    {
        if (places.Count == 0)
        {
            return null;
        }

        // The most specific place; among equals the first. A city inside a named oblast wins over the oblast.
        return places.OrderBy(p => Rank(p.Place)).ThenBy(p => p.Start).First();
    }

    private static int Rank(PlaceRef place) => place.Kind switch
    {
        _ when place.District is not null => 0,
        PlaceKind.CityDistrict => 0,
        PlaceKind.City or PlaceKind.Settlement => 1,
        null => 1,
        PlaceKind.Raion => 2,
        PlaceKind.Oblast => 3,
        _ => 4,
    };

    private static bool IsMoreSpecific(PlaceRef candidate, PlaceRef current) => Rank(candidate) < Rank(current);

    /// <summary>Same place, or one inside the other's oblast (a city and its oblast, a district and its city).</summary>
    private static bool Compatible(PlaceRef? a, PlaceRef? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase))
        {
            return a.District is null || b.District is null || string.Equals(a.District, b.District, StringComparison.OrdinalIgnoreCase);
        }

        if (a.Admin1Code is not null && string.Equals(a.Admin1Code, b.Admin1Code, StringComparison.Ordinal))
        {
            return a.Kind == PlaceKind.Oblast || b.Kind == PlaceKind.Oblast;
        }

        return false;
    }

    private ReportIncident Build(AnnotatedDocument document, Builder b, DateOnly? lead, Dictionary<int, List<WeaponMention>> weaponsBySentence)
    {
        var tokens = document.Tokens;
        // "Tuesday's missile strike", "Monday's attack": the day of the attack, over the day something was reported
        DateOnly? date = null;
        foreach (var s in b.Sentences)
        {
            foreach (var d in document.DatesIn(s))
            {
                if (!d.IsPast && tokens[d.Start].Lower.EndsWith("'s", StringComparison.Ordinal) && IsAttackNounAfter(document, d.End))
                {
                    date ??= d.Date;
                }
            }
        }

        foreach (var s in b.Sentences)
        {
            if (date is not null)
            {
                break;
            }

            var d = document.DatesIn(s).FirstOrDefault(x => !x.IsPast);
            if (d.End > 0)
            {
                date = d.Date;
            }
        }

        var precision = DatePrecision.Day;
        date ??= lead;
        if (date is null)
        {
            date = document.Info.Published;
            precision = DatePrecision.Reported;
        }

        var weapons = new List<Weapon>(b.Weapons);
        if (weapons.Count == 0)
        {
            weapons.Add(Weapon.Unknown); // the text names no weapon
        }

        var attacker = Attacker(document, b);

        // "the Kyivskyi and Slobidskyi districts": several districts of the city, so the incident is the city's
        var place = b.Place;
        if (place?.District is not null)
        {
            var districts = b.Sentences.SelectMany(s => document.Places.Where(p => tokens[p.Start].Sentence == s))
                .Select(p => p.Place)
                .Where(p => p.District is not null && string.Equals(p.Name, place.Name, StringComparison.Ordinal))
                .Select(p => p.District!).Distinct(StringComparer.Ordinal).Count();
            var plural = b.Sentences.Any(s => Enumerable.Range(document.Sentences[s].FirstToken, document.Sentences[s].EndToken - document.Sentences[s].FirstToken)
                .Any(k => tokens[k].Lower == "districts"));
            if (districts > 1 || plural)
            {
                place = CityOf(place);
            }
        }
        // Per sentence: single persons named one by one add up ("an infant and his mother"), a stated
        // total stands for itself; across sentences the largest total is the figure, unless a later
        // revision ("rose to 12") replaces it. Increments ("three more") count only when nothing else does.
        int? Value(CasualtyField field, CasualtyField? childField = null)
        {
            bool Is(CasualtyMention f) => f.Field == field || (childField is { } c && f.Field == c);
            var figures = b.Figures.Where(f => Is(f) && (f.Flags & NumberFlags.Increment) == 0).ToList();
            if (figures.Count == 0)
            {
                figures = b.Figures.Where(f => f.Field == field).ToList();
            }

            var revisions = figures.Where(f => f.Field == field && (f.Flags & NumberFlags.Revision) != 0).ToList();
            if (revisions.Count > 0)
            {
                return revisions[^1].Value;
            }

            int? best = null;
            var additive = 0;
            foreach (var sentence in figures.GroupBy(f => f.Sentence))
            {
                var singles = sentence.Where(f => (f.Flags & NumberFlags.Article) != 0).Sum(f => f.Value);
                var totals = sentence.Where(f => f.Field == field && (f.Flags & (NumberFlags.Article | NumberFlags.Additive)) == 0).Select(f => f.Value).DefaultIfEmpty(0).Max();
                additive += sentence.Count(f => (f.Flags & NumberFlags.Additive) != 0 && f.Field == field);
                var own = sentence.Any(f => f.Field == field || (f.Flags & NumberFlags.Article) != 0) ? Math.Max(singles, totals) : (int?)null;
                if (own is { } v && (best is null || v > best))
                {
                    best = v;
                }
            }

            // "An elderly man was killed … one more resident died hours later": increments add to what was counted
            var increments = b.Figures.Count(f => f.Field == field) > figures.Count(f => f.Field == field)
                ? b.Figures.Where(f => f.Field == field && (f.Flags & NumberFlags.Increment) != 0).Sum(f => f.Value)
                : 0;
            if (best is not null || additive > 0)
            {
                return (best ?? 0) + additive + increments;
            }

            return b.Zeros.Any(z => z.Field == field) ? 0 : null;
        }

        var childrenKilled = Value(CasualtyField.ChildrenKilled);
        var childrenInjured = Value(CasualtyField.ChildrenInjured);
        var killed = AtLeast(Value(CasualtyField.Killed, CasualtyField.ChildrenKilled), childrenKilled);
        var injured = AtLeast(Value(CasualtyField.Injured, CasualtyField.ChildrenInjured), childrenInjured);
        var firstWeapon = weapons[0] == Weapon.Unknown ? (Weapon?)null : weapons[0];
        var claims = new List<Claim>();
        foreach (var f in b.Figures.OrderBy(f => f.NumberToken))
        {
            var claimant = document.ClaimantOf(f.Sentence)?.Claimant ?? Claimant.Unattributed;
            var mention = (f.BoundPlace ?? b.Mention)?.Place.Mention;
            claims.Add(new Claim(ToClaimField(f.Field), f.Value, f.Qualifier, ClaimScope.Incident, claimant, date, mention, firstWeapon, document.SentenceEvidence(f.Sentence)));
        }

        foreach (var z in b.Zeros)
        {
            if (b.Figures.Any(f => f.Field == z.Field))
            {
                continue;
            }

            var claimant = document.ClaimantOf(z.Sentence)?.Claimant ?? Claimant.Unattributed;
            claims.Add(new Claim(ToClaimField(z.Field), 0, Qualifier.Exact, ClaimScope.Incident, claimant, date, b.Mention?.Place.Mention, firstWeapon, document.SentenceEvidence(z.Sentence)));
        }

        return new ReportIncident(place, date, precision, weapons, attacker, killed, injured, childrenKilled, childrenInjured,
            Value(CasualtyField.Missing), Value(CasualtyField.Hit), b.Damage, claims);
    }

    private static int? AtLeast(int? total, int? subset) =>
        subset is { } s && (total is null || total < s) ? s : total;

    private static Side? Attacker(AnnotatedDocument document, Builder b)
    {
        if (b.Place?.Country == "RU")
        {
            return Side.UA;
        }

        var tokens = document.Tokens;
        foreach (var s in b.Sentences)
        {
            var sentence = document.Sentences[s];
            if (document.Lexicon.AttackerUkraine.Contains(tokens, sentence.FirstToken, sentence.EndToken))
            {
                return Side.UA;
            }
        }

        if (b.Place?.Country == "UA")
        {
            return Side.RU;
        }

        foreach (var t in tokens)
        {
            if (document.Lexicon.AttackerRussia.Contains(t.Lower))
            {
                return Side.RU;
            }
        }

        return null;
    }

    private static ClaimField ToClaimField(CasualtyField field) => field switch
    {
        CasualtyField.Killed => ClaimField.Killed,
        CasualtyField.Injured => ClaimField.Injured,
        CasualtyField.ChildrenKilled => ClaimField.ChildrenKilled,
        CasualtyField.ChildrenInjured => ClaimField.ChildrenInjured,
        CasualtyField.Missing => ClaimField.Missing,
        _ => ClaimField.Hit,
    };

    /// <summary>
    /// The city a district belongs to, as the gazetteer has it: its own id and coordinates, so the
    /// incident is the city's and fuses with other reports of the city (not a district id under the city's name).
    /// </summary>
    private PlaceRef CityOf(PlaceRef district)
    {
        var city = gazetteer.Geocode(district.Name, new GeocodeContext(district.Admin1Code))
            .FirstOrDefault(c => c.Kind == PlaceKind.City && c.District is null
                && string.Equals(c.Name, district.Name, StringComparison.Ordinal)
                && string.Equals(c.Admin1Code, district.Admin1Code, StringComparison.Ordinal));
        return city?.ToPlaceRef(district.Mention)
            ?? district with { District = null, Kind = PlaceKind.City, Id = null, Lat = null, Lon = null };
    }
}
