using Vigil.Extraction.Pipeline;
using Vigil.Extraction.Steps;
using Vigil.Extraction.Steps.Slavic;
using Vigil.Gazetteer;

namespace Vigil.Extraction.Rules;

/// <summary>
/// One language's extraction: its rules as data (<see cref="Lexicon"/>, from <c>Rules/&lt;lang&gt;/</c>)
/// and the pipeline steps that apply them, in order. A second language adds a folder of data and
/// only the steps whose word order differs (the rest are shared).
/// </summary>
internal sealed record LanguagePack(string Language, Lexicon Lexicon, IReadOnlyList<IPipelineStep> Steps)
{
    public static LanguagePack English(IGazetteer gazetteer) => For("en", Lexicon.English, gazetteer);

    /// <summary>
    /// The pack of <paramref name="language"/>. Ukrainian and Russian share the English steps: their
    /// forms.json glosses the word forms the steps consult, and their lexicons add their own phrases.
    /// </summary>
    public static LanguagePack For(string language, Lexicon lexicon, IGazetteer gazetteer)
    {
        var steps = Shared(gazetteer);
        if (lexicon.Forms is not null)
        {
            // No articles: a bare singular noun is one person. Cyrillic names are romanised for the one output contract.
            steps.Insert(steps.FindIndex(s => s is NumberRecognizer) + 1, new SinglePersonRecognizer());
            steps.Insert(steps.FindIndex(s => s is NumberRecognizer) + 1, new ThingCounts());
            steps.Insert(steps.FindIndex(s => s is SinglePersonRecognizer) + 1, new CoupledPersons());
            steps.Insert(steps.FindIndex(s => s is CoupledPersons) + 1, new AgeListCounts());
            steps.Insert(steps.FindIndex(s => s is ClaimantRecognizer), new OfficialTitleRecognizer());
            steps.Insert(steps.FindIndex(s => s is PlaceRecognizer) + 1, new CyrillicPlaceNamer(gazetteer));
            steps.Insert(steps.FindIndex(s => s is CyrillicPlaceNamer) + 1, new PlacesNotStruck());
            steps.Insert(steps.FindIndex(s => s is PlacesNotStruck) + 1, new OnePersonVerb());
            steps.Insert(steps.FindIndex(s => s is DiscourseClassifier) + 1, new RecapParagraph());
            steps.Insert(steps.FindIndex(s => s is RecapParagraph) + 1, new CityAndItsOblast(gazetteer));
            steps.Insert(steps.FindIndex(s => s is CasualtyRecognizer) + 1, new MilitaryLossSentences());
            steps.Insert(steps.FindIndex(s => s is CasualtyRecognizer) + 1, new ListedPersons());
            steps.Insert(steps.FindIndex(s => s is CasualtyRecognizer) + 1, new InjuriesReceived());
            steps.Insert(steps.FindIndex(s => s is InjuriesReceived) + 1, new ThereIsOneCasualty());
            steps.Insert(steps.FindIndex(s => s is MilitaryLossSentences) + 1, new EarlierDays());
            steps.Insert(steps.FindIndex(s => s is EarlierDays) + 1, new RegionalTotals(gazetteer));
            steps.Insert(steps.FindIndex(s => s is RegionalTotals) + 1, new ChildrenOfPart());
            steps.Insert(steps.FindIndex(s => s is ChildrenOfPart) + 1, new DeadAmongHurt());
            steps.Insert(steps.FindIndex(s => s is DeadAmongHurt) + 1, new DiedOfWounds());
            // a round-up's «у/в X …; у/в Y …» clauses, then a count stated for two places joined by «та/і/и»
            steps.Insert(steps.FindIndex(s => s is EarlierDays), new ClausePlaces(language));
            steps.Insert(steps.FindIndex(s => s is ClausePlaces) + 1, new ResidentsOfPlace());
            steps.Insert(steps.FindIndex(s => s is DiedOfWounds) + 1, new JointPlaceTotals(language));
            steps.Insert(steps.FindIndex(s => s is AirDefenseRecognizer) + 1, new RussianDefenceClaims());
            steps.Insert(steps.FindIndex(s => s is AirDefenseRecognizer) + 1, new LocalLaunches());
            steps.Insert(steps.FindIndex(s => s is LocalLaunches) + 1, new RegionalInterceptions());
            steps.Insert(steps.FindIndex(s => s is IncidentAssembler), new TitleRegion(gazetteer));
            steps.Add(new NameRomaniser());
            // «цивільний/гражданский 39-річний чоловік»: Russian writes the civilian adjective before its person as Ukrainian does
            // (read as two people in both until stop 41)
            steps.Insert(steps.FindIndex(s => s is Tokenizer) + 1, new CivilianAdjectives());
        }

        if (language == "uk")
        {
            // Word orders measured on Ukrainian reports only (set H, 2026-12-01)
            steps.Insert(steps.FindIndex(s => s is Tokenizer), new SettlementAbbreviations());
            steps.Insert(steps.FindIndex(s => s is IncidentAssembler), new PeopleUnharmed());
        }

        if (language == "ru")
        {
            // Word orders read on Russian reports only (their evidence is Russian outlets')
            steps.Insert(steps.FindIndex(s => s is JointPlaceTotals) + 1, new RunningTotals());
            steps.Insert(steps.FindIndex(s => s is ClausePlaces), new NegatedCasualties());
            steps.Insert(steps.FindIndex(s => s is RunningTotals) + 1, new YesterdayRecap());
            steps.Insert(steps.FindIndex(s => s is RunningTotals) + 1, new RegionSumOfTowns());
        }

        return new(language, lexicon, steps);
    }

    private static List<IPipelineStep> Shared(IGazetteer gazetteer) =>
    [
        // Data flows one way: each step reads what the steps before it added.
        new SentenceSplitter(),
        new Tokenizer(),
        new NumberRecognizer(),
        new DateRecognizer(),
        new ClaimantRecognizer(),
        new PlaceRecognizer(gazetteer),
        new RoadEnds(),
        new WeaponRecognizer(),
        new DiscourseClassifier(),
        new StatementRecognizer(),
        new AirDefenseRecognizer(),
        new CasualtyRecognizer(),
        new EventRecognizer(),
        new DiedInTheNextSentence(),
        new IncidentAssembler(gazetteer),
        new TallyAssembler(),
        new ChannelClaimant(),
    ];
}
