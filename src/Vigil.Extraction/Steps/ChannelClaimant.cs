using Vigil.Core;
using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps;

/// <summary>
/// A post on an official body's own channel needs no "said": an unattributed claim in a report
/// whose source is a regional administration, a city council, the emergency service or the air
/// force is that body's claim (named as the source is), so fusion weighs it as the official figure
/// it is rather than below an earlier official lower bound. News outlets and people's own channels
/// are not recognised here: their unattributed numbers stay unattributed.
/// </summary>
internal sealed class ChannelClaimant : IPipelineStep
{
    /// <summary>A source name longer than this is no channel name.</summary>
    private const int MaxSourceLength = 200;

    public void Run(AnnotatedDocument document)
    {
        if (document.Info.Source is not { Length: > 0 and <= MaxSourceLength } source || Official(source, document) is not { } channel)
        {
            return;
        }

        for (var i = 0; i < document.Incidents.Count; i++)
        {
            var incident = document.Incidents[i];
            if (incident.Claims.Any(static c => c.Claimant.Kind == ClaimantKind.Unattributed))
            {
                document.Incidents[i] = incident with
                {
                    Claims = [.. incident.Claims.Select(c => c.Claimant.Kind == ClaimantKind.Unattributed ? c with { Claimant = channel } : c)],
                };
            }
        }

        for (var i = 0; i < document.AirDefenseTallies.Count; i++)
        {
            if (document.AirDefenseTallies[i].Claimant.Kind == ClaimantKind.Unattributed)
            {
                document.AirDefenseTallies[i] = document.AirDefenseTallies[i] with { Claimant = channel };
            }
        }
    }

    private static Claimant? Official(string source, AnnotatedDocument document)
    {
        // The source name is read with the same tokens and organisation phrases as the text.
        var name = new AnnotatedDocument(source, DocumentInfo.Plain(null), document.Lexicon);
        new SentenceSplitter().Run(name);
        new Tokenizer().Run(name);
        for (var k = 0; k < name.Tokens.Count; k++)
        {
            var match = document.Lexicon.Organizations.MatchAt(name.Tokens, k, name.Tokens.Count);
            if (match.Length > 0 && match.Value.Kind is ClaimantKind.LocalAuthority or ClaimantKind.EmergencyService
                    or ClaimantKind.Military or ClaimantKind.NationalBody)
            {
                return new Claimant(source.Trim(), match.Value.Role, match.Value.Kind);
            }
        }

        return null;
    }
}
