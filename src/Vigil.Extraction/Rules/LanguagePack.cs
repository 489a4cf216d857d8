using Vigil.Extraction.Pipeline;
using Vigil.Extraction.Steps;
using Vigil.Gazetteer;

namespace Vigil.Extraction.Rules;

/// <summary>
/// One language's extraction: its rules as data (<see cref="Lexicon"/>, from <c>Rules/&lt;lang&gt;/</c>)
/// and the pipeline steps that apply them, in order. A second language adds a folder of data and
/// only the steps whose word order differs (the rest are shared).
/// </summary>
internal sealed record LanguagePack(string Language, Lexicon Lexicon, IReadOnlyList<IPipelineStep> Steps)
{
    public static LanguagePack English(IGazetteer gazetteer) => new("en", Lexicon.English,
    [
        // Data flows one way: each step reads what the steps before it added.
        new SentenceSplitter(),
        new Tokenizer(),
        new NumberRecognizer(),
        new DateRecognizer(),
        new ClaimantRecognizer(),
        new PlaceRecognizer(gazetteer),
        new WeaponRecognizer(),
        new DiscourseClassifier(),
        new StatementRecognizer(),
        new AirDefenseRecognizer(),
        new CasualtyRecognizer(),
        new EventRecognizer(),
        new IncidentAssembler(gazetteer),
        new TallyAssembler(),
        new ChannelClaimant(),
    ]);
}
