using Vigil.Core;
using Vigil.Extraction.Tests.Support;

namespace Vigil.Extraction.Tests.Steps;

/// <summary>An unattributed figure on an official body's own channel is that body's claim.</summary>
public sealed class ChannelClaimantTests
{
    private static readonly Extractor Extractor = new(TestGazetteer.Instance);

    private static ReportIncident Single(string text, string? source) =>
        Assert.Single(Extractor.Extract(text, new DocumentInfo(null, Extract.Published, "en", source, null)).Incidents);

    [Fact]
    public void Extract_PostOnRegionalAdministrationChannel_ClaimantIsTheChannel()
    {
        var incident = Single("A drone struck Kharkiv overnight. Two people were injured.", "Kharkiv Regional Military Administration");
        var claim = Assert.Single(incident.Claims, c => c.Field == ClaimField.Injured);
        Assert.Equal(ClaimantKind.LocalAuthority, claim.Claimant.Kind);
        Assert.Equal("Kharkiv Regional Military Administration", claim.Claimant.Name);
    }

    [Fact]
    public void Extract_PostOnNewsOutlet_StaysUnattributed()
    {
        var incident = Single("A drone struck Kharkiv overnight. Two people were injured.", "City News Daily");
        Assert.Equal(ClaimantKind.Unattributed, Assert.Single(incident.Claims, c => c.Field == ClaimField.Injured).Claimant.Kind);
    }

    [Fact]
    public void Extract_AttributedClaimOnOfficialChannel_KeepsItsOwnClaimant()
    {
        var incident = Single("A drone struck Kharkiv overnight. Two people were injured, mayor Ihor Terekhov said.", "State Emergency Service of Ukraine");
        var claim = Assert.Single(incident.Claims, c => c.Field == ClaimField.Injured);
        Assert.Equal("mayor", claim.Claimant.Role);
    }
}
