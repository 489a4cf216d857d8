using System.Net;
using Vigil.Application.Alerts;
using Vigil.Application.Filters;

namespace Vigil.Application.Tests.Alerts;

public sealed class WatchRulesTests
{
    private static readonly IncidentFilterParser Parser = new();

    private static RuleResult Create(RuleInput input, AlertOptions? options = null) =>
        new WatchRules(Parser, options ?? new AlertOptions()).Create(input, "olena");

    [Fact]
    public void Create_OblastAndPlaceSpelledAsWritten_ResolvedLikeTheFilters()
    {
        var result = Create(new RuleInput("north-east", Place: "Kharkov", Oblast: "Харківська область", Weapons: ["Drone,missile"], MinKilled: "1"));

        var rule = result.Rule!;
        Assert.Equal("Kharkiv", rule.Place);
        Assert.Equal("UA-63", rule.Oblast);
        Assert.Equal(["drone", "missile"], rule.Weapons);
        Assert.Equal(1, rule.MinKilled);
        Assert.Equal("olena", rule.Owner);
        Assert.Null(rule.WebhookUrl);
        Assert.Null(rule.Secret);
    }

    [Fact]
    public void Create_UnknownPlaceWeaponAndNoName_EveryErrorByField()
    {
        var result = Create(new RuleInput(" ", Place: "Nowhereville-on-Sea", Weapons: ["laser"], MinInjured: "-1"));

        Assert.False(result.IsValid);
        Assert.Equal(["min_injured", "name", "place", "weapons"], result.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Create_WebhookWithoutSecret_RandomSecretMade()
    {
        var rule = Create(new RuleInput("hook", WebhookUrl: "https://hooks.example.org/vigil")).Rule!;

        Assert.Equal(64, rule.Secret!.Length);
        Assert.NotEqual(rule.Secret, Create(new RuleInput("hook", WebhookUrl: "https://hooks.example.org/vigil")).Rule!.Secret);
    }

    [Theory]
    [InlineData("ftp://hooks.example.org/x", "webhook_url")]
    [InlineData("http://169.254.169.254/latest/meta-data", "webhook_url")]
    [InlineData("http://10.0.0.5/hook", "webhook_url")]
    [InlineData("http://127.0.0.1:9000/hook", "webhook_url")]
    [InlineData("http://localhost:9000/hook", "webhook_url")]
    [InlineData("http://user:pw@hooks.example.org/hook", "webhook_url")]
    public void Create_ForbiddenWebhook_Refused(string url, string field)
    {
        var result = Create(new RuleInput("hook", WebhookUrl: url));

        Assert.False(result.IsValid);
        Assert.Contains(field, result.Errors.Keys);
    }

    [Fact]
    public void Create_ShortSecret_Refused()
    {
        Assert.Contains("secret", Create(new RuleInput("hook", WebhookUrl: "https://hooks.example.org", Secret: "short")).Errors.Keys);
        Assert.Contains("secret", Create(new RuleInput("hook", Secret: "0123456789abcdef0123")).Errors.Keys);
    }

    [Fact]
    public void Create_LoopbackAllowedByOption_Accepted()
    {
        var result = Create(new RuleInput("hook", WebhookUrl: "http://127.0.0.1:9000/hook"), new AlertOptions { AllowLoopback = true });

        Assert.True(result.IsValid);
    }

    [Theory]
    [InlineData("169.254.169.254", true, true)]
    [InlineData("fe80::1", true, true)]
    [InlineData("10.1.2.3", false, true)]
    [InlineData("10.1.2.3", true, false)]
    [InlineData("172.20.0.1", false, true)]
    [InlineData("172.32.0.1", false, false)]
    [InlineData("192.168.1.1", false, true)]
    [InlineData("100.64.0.1", false, true)]
    [InlineData("fd00::1", false, true)]
    [InlineData("::ffff:169.254.169.254", true, true)]
    [InlineData("0.0.0.0", true, true)]
    [InlineData("93.184.216.34", false, false)]
    [InlineData("2001:db8::1", false, false)]
    public void Refused_Address_ByRangeAndOption(string address, bool allowPrivate, bool refused)
    {
        var options = new AlertOptions { AllowPrivateNetworks = allowPrivate, AllowLoopback = true };

        Assert.Equal(refused, WebhookAddresses.Refused(IPAddress.Parse(address), options) is not null);
    }

    [Fact]
    public void Refused_Loopback_OnlyWithTheLoopbackOption()
    {
        Assert.NotNull(WebhookAddresses.Refused(IPAddress.Loopback, new AlertOptions { AllowPrivateNetworks = true }));
        Assert.NotNull(WebhookAddresses.Refused(IPAddress.IPv6Loopback, new AlertOptions()));
        Assert.Null(WebhookAddresses.Refused(IPAddress.Loopback, new AlertOptions { AllowLoopback = true }));
    }
}
