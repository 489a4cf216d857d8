using Vigil.Application.Filters;
using Vigil.Storage.Alerts;

namespace Vigil.Application.Alerts;

/// <summary>A rule as asked for (API body or command line), unparsed.</summary>
public sealed record RuleInput(
    string? Name,
    string? Place = null,
    string? Oblast = null,
    IReadOnlyList<string>? Weapons = null,
    string? MinKilled = null,
    string? MinInjured = null,
    string? MinCasualties = null,
    bool SourceAlerts = false,
    string? WebhookUrl = null,
    string? Secret = null);

/// <summary>A new rule (its secret shown this once), or every problem found by field name.</summary>
public sealed record RuleResult(WatchRule? Rule, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool IsValid => Rule is not null;
}

/// <summary>
/// Makes watch rules from what a person asks for: place, oblast, weapons and minimums go through the
/// incident filters' parser (the same gazetteer resolution, the same errors); the webhook URL
/// through <see cref="WebhookAddresses"/>. A webhook without a secret gets a random one.
/// </summary>
public sealed class WatchRules(IncidentFilterParser parser, AlertOptions options, TimeProvider? time = null)
{
    public const int MaxNameLength = 100;
    public const int MinSecretLength = 16;

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public RuleResult Create(RuleInput input, string owner)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Error(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
        }

        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            Error("name", "a rule needs a name");
        }
        else if (name.Length > MaxNameLength)
        {
            Error("name", $"the name is over {MaxNameLength} characters");
        }

        var filter = parser.Parse(new FilterInput(Oblast: input.Oblast, Place: input.Place, Weapons: input.Weapons,
            MinKilled: input.MinKilled, MinInjured: input.MinInjured, MinCasualties: input.MinCasualties));
        foreach (var (field, messages) in filter.Errors)
        {
            foreach (var message in messages)
            {
                Error(field == FilterNames.Weapon ? "weapons" : field, message);
            }
        }

        string? url = null;
        string? secret = null;
        if (!string.IsNullOrWhiteSpace(input.WebhookUrl))
        {
            url = input.WebhookUrl.Trim();
            if (WebhookAddresses.Problem(url, options) is { } problem)
            {
                Error("webhook_url", problem);
            }

            secret = string.IsNullOrEmpty(input.Secret) ? WebhookSignature.NewSecret() : input.Secret;
            if (secret.Length < MinSecretLength)
            {
                Error("secret", $"a secret needs at least {MinSecretLength} characters (leave it out to get a random one)");
            }
        }
        else if (!string.IsNullOrEmpty(input.Secret))
        {
            Error("secret", "a secret without a webhook_url signs nothing");
        }

        if (errors.Count > 0 || filter.Filter is not { } parsed)
        {
            return new RuleResult(null, errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }

        var rule = new WatchRule(0, name!, owner, parsed.Place, parsed.Oblast, parsed.AllWeapons(), parsed.MinKilled, parsed.MinInjured,
            parsed.MinCasualties, input.SourceAlerts, url, secret, _time.GetUtcNow());
        return new RuleResult(rule, new Dictionary<string, string[]>(StringComparer.Ordinal));
    }
}
