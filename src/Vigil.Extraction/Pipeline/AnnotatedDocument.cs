using Vigil.Core;
using Vigil.Extraction.Rules;

namespace Vigil.Extraction.Pipeline;

/// <summary>
/// One report while it moves through the pipeline: the text exactly as read and the annotations
/// each step adds, all addressed by UTF-16 offsets into that text. Steps read earlier layers and
/// add their own; nothing is removed.
/// </summary>
internal sealed class AnnotatedDocument(string text, DocumentInfo info, Lexicon lexicon)
{
    public string Text { get; } = text;
    public DocumentInfo Info { get; } = info;
    public Lexicon Lexicon { get; } = lexicon;

    public List<Token> Tokens { get; } = [];
    public List<SentenceSpan> Sentences { get; } = [];
    public List<NumberMention> Numbers { get; } = [];

    /// <summary>A token as written, lower-cased: the word before the pack's forms glossed or stemmed it («загиблий», not "dead").</summary>
    public string OriginalLower(int token) => Text[Tokens[token].Start..Tokens[token].End].ToLowerInvariant();

    /// <summary>
    /// "a village in (the) Kharkiv region", «в одному з сіл Харківщини»: the region is named as where a settlement the report leaves
    /// unnamed is (words.json <c>unnamedSettlement</c>, matched as written).
    /// </summary>
    public bool UnnamedSettlementBefore(PlaceMention region)
    {
        var floor = Sentences[Tokens[region.Start].Sentence].FirstToken;
        var end = region.Start;
        if (end > floor && Tokens[end - 1].Lower == "the")
        {
            end--;
        }

        // (a Slavic mention may open with the phrase's noun: «одно из [сел Херсонской области]»)
        return Lexicon.Words.UnnamedSettlement.Any(phrase => (end - phrase.Length >= floor && WrittenAt(phrase, end - phrase.Length)) ||
                                                            (end == region.Start && end + 1 - phrase.Length >= floor && WrittenAt(phrase, end + 1 - phrase.Length)));
    }

    /// <summary>
    /// One of <paramref name="phrases"/> stands as written between tokens <paramref name="from"/> and <paramref name="to"/> (each
    /// token read as written once, the phrases tried only where one starts with it).
    /// </summary>
    public bool AnyWrittenIn(IReadOnlyList<string[]> phrases, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (Tokens[k].Kind == TokenKind.Word && OriginalLower(k) is var word &&
                phrases.Any(phrase => phrase[0] == word && k + phrase.Length <= to && WrittenAt(phrase, k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the Derhachi community", «Дергачівській громаді»: the mention ends on a word naming a hromada (words.json communityNouns).</summary>
    public bool NamedAsCommunity(PlaceMention mention) =>
        mention.End > mention.Start && Lexicon.Words.CommunityNouns.Contains(OriginalLower(mention.End - 1));

    /// <summary>The words of <paramref name="phrase"/> stand as written (<see cref="OriginalLower"/>) from token <paramref name="start"/> on.</summary>
    public bool WrittenAt(string[] phrase, int start) =>
        start >= 0 && start + phrase.Length <= Tokens.Count &&
        phrase.Select((word, i) => (word, i)).All(w => OriginalLower(start + w.i) == w.word);

    public List<DateMention> Dates { get; } = [];
    public List<PlaceMention> Places { get; } = [];
    public List<WeaponMention> Weapons { get; } = [];
    public List<PersonMention> Persons { get; } = [];
    public List<ClaimantMention> Claimants { get; } = [];
    public List<CasualtyMention> Casualties { get; } = [];
    public List<ZeroMention> Zeros { get; } = [];
    public List<TallyMention> Tallies { get; } = [];
    public List<QuoteSpan> Quotes { get; } = [];
    public List<AirDefenseTally> AirDefenseTallies { get; } = [];
    public List<Statement> Statements { get; } = [];
    public List<ReportEvent> Events { get; } = [];
    public List<Statistic> Statistics { get; } = [];
    public List<ReportIncident> Incidents { get; } = [];

    /// <summary>Each sentence's role in the report (<see cref="SentenceRole"/>), by sentence index; empty until the discourse step ran.</summary>
    public List<SentenceRole> Roles { get; } = [];

    /// <summary>Character offsets where a copy of the headline the page printed again starts (SentenceSplitter): page furniture.</summary>
    public HashSet<int> HeadlineCopies { get; } = [];

    /// <summary>Start tokens of place mentions in a dateline ("KYIV (Reuters) —"): where the report was filed, never an incident's place.</summary>
    public HashSet<int> DatelinePlaces { get; } = [];

    /// <summary>
    /// Start tokens of place mentions in an official's title, or in parentheses locating the town before them ("Nyzhnia Krynka
    /// (Makiivka's Sovetskyi district)"): an incident's place only when nothing else locates it.
    /// </summary>
    public HashSet<int> TitlePlaces { get; } = [];

    /// <summary>
    /// Sentences that list the regions struck under one plural («Під ударами опинилися Львівська, …, Одеська області»): a toll
    /// right after such a list, in a sentence naming no place, is the night's total over them, no one place's.
    /// </summary>
    public HashSet<int> RegionListSentences { get; } = [];

    /// <summary>
    /// Capitalised words of an official's title that are no name: left out of the name that follows («мэр Харькова Игорь
    /// Терехов») or standing alone after it in a language with cases («мэр Харькова», «губернатор Курской области»). Read
    /// like a person's mention, they are no place of an attack.
    /// </summary>
    public HashSet<int> NameTitleTokens { get; } = [];

    /// <summary>
    /// The one region a report names only through the title of the official who governs it («Губернатор Воронежской области»),
    /// set by a language's step; the placeless incident of a one-incident report is that region's.
    /// </summary>
    public PlaceRef? GovernedRegion { get; set; }

    /// <summary>Needs stated per sentence ("left without power").</summary>
    public List<NeedMention> Needs { get; } = [];

    /// <summary>
    /// When set (by the real-text scorer's figure table only), what the incident assembler knew of each incident claim it
    /// made, keyed by <see cref="FigureKey"/>: the features confidence is calibrated on. Null on every ordinary run.
    /// </summary>
    public Dictionary<string, IReadOnlyDictionary<string, string>>? FigureFeatures { get; init; }

    /// <summary>A claim's key in <see cref="FigureFeatures"/>: field, value and evidence start (a later step may replace the claim record).</summary>
    public static string FigureKey(Claim claim) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{claim.Field}|{claim.Value}|{claim.Evidence.Start}");

    public SentenceRole RoleOf(int sentence) => sentence < Roles.Count ? Roles[sentence] : SentenceRole.Main;

    public Evidence EvidenceOf(int start, int end) => Evidence.FromSpan(Text, start, end);

    public Evidence SentenceEvidence(int sentence) =>
        EvidenceOf(Sentences[sentence].Start, Sentences[sentence].End);

    /// <summary>Index of the sentence holding token <paramref name="token"/>.</summary>
    public int SentenceOfToken(int token) => Tokens[token].Sentence;

    // Lookups by token or sentence, extended when the list they index has grown, so that no step
    // scans a whole list per token and a step that adds while it looks up stays linear (a 10 MB
    // input must). A list reordered in place goes through SortNumbers/SortPersons, which drop its index.
    private Index<NumberMention>? _numbersByStart;
    private Index<NumberMention>? _numbersBySentence;
    private Index<PlaceMention>? _placesByStart;
    private Index<PersonMention>? _personsByStart;
    private Index<ClaimantMention>? _claimantsBySentence;
    private Index<DateMention>? _datesBySentence;
    private Index<PlaceMention>? _placesBySentence;

    public int NumberIndexAt(int token)
    {
        var index = Index<NumberMention>.Fresh(ref _numbersByStart, Numbers, n => n.Start);
        return index.FirstIndex(token);
    }

    public PlaceMention? PlaceAt(int token) =>
        Index<PlaceMention>.Fresh(ref _placesByStart, Places, p => p.Start).First(token);

    public PersonMention? PersonAt(int token) =>
        Index<PersonMention>.Fresh(ref _personsByStart, Persons, p => p.Start).First(token);

    /// <summary>Puts the numbers back in text order after a step inserted or removed some.</summary>
    public void SortNumbers()
    {
        Numbers.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        _numbersByStart = null;
        _numbersBySentence = null;
    }

    /// <summary>Drops the numbers that start at <paramref name="token"/> (a later step read them otherwise).</summary>
    public void RemoveNumbersAt(int token)
    {
        Numbers.RemoveAll(n => n.Start == token);
        _numbersByStart = null;
        _numbersBySentence = null;
    }

    /// <summary>Puts the persons back in text order after a step added some out of order.</summary>
    public void SortPersons()
    {
        Persons.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        _personsByStart = null;
    }

    public ClaimantMention? ClaimantOf(int sentence) =>
        Index<ClaimantMention>.Fresh(ref _claimantsBySentence, Claimants, c => c.Sentence).First(sentence);

    public IReadOnlyList<PlaceMention> PlacesIn(int sentence) =>
        Index<PlaceMention>.Fresh(ref _placesBySentence, Places, p => Tokens[p.Start].Sentence).All(sentence);

    /// <summary>The numbers that start in sentence <paramref name="sentence"/>, in text order.</summary>
    public IReadOnlyList<NumberMention> NumbersIn(int sentence) =>
        Index<NumberMention>.Fresh(ref _numbersBySentence, Numbers, n => Tokens[n.Start].Sentence).All(sentence);

    /// <summary>A date written out as a day or a month ("28 September", "September 28"), not a relative word ("yesterday").</summary>
    public bool WrittenOut(DateMention date) =>
        Tokens[date.Start].Kind == TokenKind.Number || Lexicon.Months.ContainsKey(Tokens[date.Start].Lower);

    public IReadOnlyList<DateMention> DatesIn(int sentence) =>
        Index<DateMention>.Fresh(ref _datesBySentence, Dates, d => Tokens[d.Start].Sentence).All(sentence);

    private sealed class Index<T>
    {
        private readonly Dictionary<int, List<int>> _map = [];
        private readonly List<T> _items;
        private readonly Func<T, int> _key;
        private int _count;

        private Index(List<T> items, Func<T, int> key)
        {
            _items = items;
            _key = key;
            AddFrom(0);
        }

        public static Index<T> Fresh(ref Index<T>? index, List<T> items, Func<T, int> key)
        {
            if (index is null || items.Count < index._count || !ReferenceEquals(index._items, items))
            {
                index = new Index<T>(items, key);
            }
            else if (items.Count > index._count)
            {
                index.AddFrom(index._count); // lists only grow at the end between sorts
            }

            return index;
        }

        private void AddFrom(int first)
        {
            for (var i = first; i < _items.Count; i++)
            {
                var k = _key(_items[i]);
                if (!_map.TryGetValue(k, out var list))
                {
                    list = [];
                    _map[k] = list;
                }

                list.Add(i);
            }

            _count = _items.Count;
        }

        public int FirstIndex(int key) => _map.TryGetValue(key, out var list) ? list[0] : -1;

        public T? First(int key) => _map.TryGetValue(key, out var list) ? _items[list[0]] : default;

        public IReadOnlyList<T> All(int key) => _map.TryGetValue(key, out var list) ? [.. list.Select(i => _items[i])] : [];
    }
}

internal enum TokenKind : byte
{
    Word,
    Number,
    Time,
    Punct,
}

/// <summary>A token: its span, kind, lower-case form (typographic apostrophes folded to ') and whether it starts with a capital.</summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind, string Lower, bool Capitalized, int Sentence);

internal readonly record struct SentenceSpan(int Start, int End, int FirstToken, int EndToken);

[Flags]
internal enum NumberFlags
{
    None = 0,
    NonCount = 1,
    Increment = 2,
    Additive = 4,
    Revision = 8,
    Article = 16,
    ChildByAge = 32,
    Initial = 64,

    /// <summary>"her 31-year-old daughter": an age of 18 or more, so a kinship word is no child.</summary>
    AdultByAge = 128,
}

/// <summary>A number as written (digits, words, "a dozen", "a toddler"): tokens [Start, End), value, qualifier.</summary>
internal readonly record struct NumberMention(int Start, int End, long Value, Qualifier Qualifier, NumberFlags Flags, int QualifierStart)
{
    public bool IsCount => (Flags & NumberFlags.NonCount) == 0;
}

internal readonly record struct DateMention(int Start, int End, DateOnly Date, bool Overnight, bool IsPast);

internal sealed record PlaceMention(int Start, int End, PlaceRef Place, bool Strong);

// Generic: the words are ones news use for any attack ("shelling"): they name the weapon only where nothing more exact does.
internal readonly record struct WeaponMention(int Start, int End, Weapon Weapon, bool Generic = false);

internal sealed record PersonMention(int Start, int End, string Name, string? Role);

internal sealed record ClaimantMention(int Sentence, Claimant Claimant, bool Adversary);

internal enum CasualtyField
{
    Killed,
    Injured,
    ChildrenKilled,
    ChildrenInjured,
    Missing,
    Hit,
}

/// <summary>A figure about people (or munitions that hit) found in one sentence, before it is given to an incident.</summary>
internal sealed record CasualtyMention(
    int Sentence,
    CasualtyField Field,
    int Value,
    Qualifier Qualifier,
    NumberFlags Flags,
    int NumberToken,
    PlaceMention? BoundPlace,
    bool Past)
{
    /// <summary>A part of the injured ("eleven remain in hospital"): kept as a low-confidence claim, never the total.</summary>
    public bool SubCount { get; init; }

    /// <summary>A count of those hospitalised or treated: the injured total only when nothing else counts the injured.</summary>
    public bool PartCount { get; init; }

    /// <summary>Stated for several settlements at once ("attacked Chuhuiv and struck Kharkiv, injuring 15"): no one place's figure.</summary>
    public bool SeveralPlaces { get; init; }

    /// <summary>Stated for the oblast or raion whose towns' own counts follow ("In Donetsk Oblast, seven were injured. Three … in Illinivka"): their total, no town's figure.</summary>
    public bool WideArea { get; init; }

    /// <summary>What it counts is read from the sentence before ("Five were killed. Two of them children."): an inference, never high confidence.</summary>
    public bool Inferred { get; init; }

    /// <summary>
    /// Why the incident assembler kept this figure off the incident's figure although nothing marks it as a part (a confidence
    /// reason: <c>unplaced</c>, <c>place_not_named</c>); null for every other figure.
    /// </summary>
    public string? Doubt { get; init; }
}

internal sealed record ZeroMention(int Sentence, CasualtyField Field);

internal sealed record TallyMention(
    int Sentence,
    Weapon Weapon,
    Side Attacker,
    int? Launched,
    int? Intercepted,
    int? Suppressed,
    DateOnly? Date,
    ClaimScope Scope,
    int NumberToken);

/// <summary>A quotation: the character offsets of its opening mark and just past its closing mark.</summary>
internal readonly record struct QuoteSpan(int Open, int Close);

/// <summary>
/// What a sentence is in the report's discourse: about the incident(s) it reports, a recap of
/// something earlier, about another place than the one reported ("a strike on another city"), a
/// region-wide or period total, or boilerplate (a "Read also" line). Only <see cref="Main"/> and
/// <see cref="RoundUp"/> sentences give the report's incidents anything, the latter only to an
/// oblast-wide incident.
/// </summary>
internal enum SentenceRole : byte
{
    Main,
    Background,
    OtherPlace,
    RoundUp,
    Boilerplate,
}

internal readonly record struct NeedMention(int Sentence, NeedType Type);
