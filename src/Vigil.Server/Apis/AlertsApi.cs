using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Vigil.Application;
using Vigil.Application.Alerts;
using Vigil.Application.Filters;
using Vigil.Server.Security;
using Vigil.Storage.Accounts;
using Vigil.Storage.Alerts;

namespace Vigil.Server.Apis;

/// <summary>A watch rule as asked for: every condition optional; a webhook secret is made when none is given.</summary>
public sealed record RuleRequest(
    string? Name,
    string? Place,
    string? Oblast,
    IReadOnlyList<string>? Weapons,
    int? MinKilled,
    int? MinInjured,
    int? MinCasualties,
    bool? SourceAlerts,
    string? WebhookUrl,
    string? Secret);

/// <summary>A watch rule as the API shows it: never its secret, only whether it has one.</summary>
public sealed record RuleDto(
    long Id,
    string Name,
    string Owner,
    string? Place,
    string? Oblast,
    IReadOnlyList<string> Weapons,
    int? MinKilled,
    int? MinInjured,
    int? MinCasualties,
    bool SourceAlerts,
    string? WebhookUrl,
    bool HasSecret,
    DateTimeOffset Created);

/// <summary>A rule just made, with its webhook secret: shown this once.</summary>
public sealed record CreatedRuleDto(RuleDto Rule, string? Secret);

/// <summary>One try of a delivery.</summary>
public sealed record AttemptDto(int Attempt, int? StatusCode, string? Error, DateTimeOffset At);

/// <summary>One webhook delivery with its log.</summary>
public sealed record DeliveryDto(string Id, long RuleId, string Event, string Status, int Attempts, DateTimeOffset Created, DateTimeOffset? Finished, IReadOnlyList<AttemptDto> Log);

/// <summary>A source's usual volume and recent activity.</summary>
public sealed record SourceStatusDto(string Source, double MedianDaily, int LastDayReports, DateOnly LastDay, DateTimeOffset LastIngested, bool UsuallySends);

/// <summary>A source alert.</summary>
public sealed record SourceAlertDto(string Source, string Kind, DateOnly Day, string Detail, DateTimeOffset Raised);

/// <summary>The source-silence check now, and the alerts raised so far.</summary>
public sealed record SourcesResponse(IReadOnlyList<SourceAlertDto> Alerts, IReadOnlyList<SourceStatusDto> Sources, IReadOnlyList<SourceAlertDto> Raised);

/// <summary><c>/api/v1/alerts</c>: watch rules, their webhook deliveries, and the source-silence alerts (docs/alerts.md).</summary>
public static class AlertsApi
{
    private const int MaxDeliveries = 500;

    public static IEndpointRouteBuilder MapAlertsApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/v1/alerts").WithTags("Alerts");
        group.MapGet("/rules", ListRules).WithName("ListAlertRules").RequireAuthorization(Policies.SignedIn)
            .WithSummary("Your watch rules (an admin sees everyone's); secrets are never shown.");
        group.MapPost("/rules", CreateRule).WithName("CreateAlertRule").RequireAuthorization(Policies.Write)
            .WithSummary("Make a watch rule (analysts, admins); the answer shows the webhook secret this once.");
        group.MapGet("/rules/{id}", GetRule).WithName("GetAlertRule").RequireAuthorization(Policies.SignedIn)
            .WithSummary("One of your watch rules.");
        group.MapDelete("/rules/{id}", RemoveRule).WithName("RemoveAlertRule").RequireAuthorization(Policies.Write)
            .WithSummary("Remove one of your watch rules (an admin: anyone's); its pending deliveries are dropped, its log kept.");
        group.MapGet("/deliveries", ListDeliveries).WithName("ListAlertDeliveries").RequireAuthorization(Policies.SignedIn)
            .WithSummary("Webhook deliveries of your rules, newest first, each with every attempt: status code or error, and time.");
        group.MapGet("/sources", Sources).WithName("SourceAlerts").RequireAuthorization(Policies.Read)
            .WithSummary("Sources that usually send reports and fell silent or dropped sharply, with every source's usual daily volume.");
        return app;
    }

    internal static Ok<ItemsResponse<RuleDto>> ListRules(HttpContext context, VigilStoreFactory stores)
    {
        using var lease = stores.Rent();
        var rules = StoreCall.Run(lease, s => s.Alerts().Rules(IsAdmin(context.User) ? null : Owner(context.User)));
        return TypedResults.Ok(new ItemsResponse<RuleDto>(rules.Select(ToDto).ToList()));
    }

    internal static Results<Created<CreatedRuleDto>, ValidationProblem, ProblemHttpResult> CreateRule(
        RuleRequest? request, HttpContext context, VigilStoreFactory stores, IncidentFilterParser parser, AlertOptions options)
    {
        if (request is null)
        {
            return Problems.BadRequest("send the rule as JSON: name, and any of place, oblast, weapons, min_killed, min_injured, min_casualties, source_alerts, webhook_url, secret");
        }

        static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);
        var result = new WatchRules(parser, options).Create(
            new RuleInput(request.Name, request.Place, request.Oblast, request.Weapons, Text(request.MinKilled), Text(request.MinInjured),
                Text(request.MinCasualties), request.SourceAlerts ?? false, request.WebhookUrl, request.Secret),
            Owner(context.User));
        if (result.Rule is not { } rule)
        {
            return Problems.Invalid(result.Errors);
        }

        using var store = stores.OpenWrite();
        var stored = store.Alerts().AddRule(rule);
        return TypedResults.Created("/api/v1/alerts/rules/" + stored.Id.ToString(CultureInfo.InvariantCulture), new CreatedRuleDto(ToDto(stored), stored.Secret));
    }

    internal static Results<Ok<RuleDto>, ProblemHttpResult> GetRule(string id, HttpContext context, VigilStoreFactory stores)
    {
        using var lease = stores.Rent();
        var rule = ParseId(id) is { } number ? StoreCall.Run(lease, s => s.Alerts().Rule(number)) : null;
        return rule is not null && Sees(context.User, rule) ? TypedResults.Ok(ToDto(rule)) : Problems.NotFound($"no rule '{id}' of yours");
    }

    internal static Results<NoContent, ProblemHttpResult> RemoveRule(string id, HttpContext context, VigilStoreFactory stores)
    {
        using var store = stores.OpenWrite();
        var alerts = store.Alerts();
        var rule = ParseId(id) is { } number ? alerts.Rule(number) : null;
        if (rule is null || !Sees(context.User, rule))
        {
            return Problems.NotFound($"no rule '{id}' of yours");
        }

        alerts.RemoveRule(rule.Id);
        return TypedResults.NoContent();
    }

    internal static Results<Ok<ItemsResponse<DeliveryDto>>, ValidationProblem> ListDeliveries(
        [FromQuery(Name = "rule")] string? rule, [FromQuery(Name = "limit")] string? limit, HttpContext context, VigilStoreFactory stores)
    {
        var size = 100;
        if (!string.IsNullOrEmpty(limit) && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1 || size > MaxDeliveries))
        {
            return Problems.Invalid("limit", $"'{limit}' is not a whole number from 1 to {MaxDeliveries}");
        }

        long? ruleId = null;
        if (!string.IsNullOrEmpty(rule))
        {
            if (ParseId(rule) is not { } parsed)
            {
                return Problems.Invalid("rule", $"'{rule}' is not a rule id");
            }

            ruleId = parsed;
        }

        using var lease = stores.Rent();
        var deliveries = StoreCall.Run(lease, s =>
        {
            var alerts = s.Alerts();
            IReadOnlyCollection<long>? ids = IsAdmin(context.User) ? null : alerts.Rules(Owner(context.User)).Select(r => r.Id).ToList();
            if (ruleId is { } only)
            {
                ids = ids is null || ids.Contains(only) ? [only] : [];
            }

            return alerts.Deliveries(ids, size).Select(d => new DeliveryDto(d.Id, d.RuleId, d.Event, AlertValues.Status(d.Status), d.Attempts, d.Created, d.Finished,
                alerts.Attempts(d.Id).Select(a => new AttemptDto(a.Attempt, a.StatusCode, a.Error, a.At)).ToList())).ToList();
        });
        return TypedResults.Ok(new ItemsResponse<DeliveryDto>(deliveries));
    }

    internal static Ok<SourcesResponse> Sources(VigilStoreFactory stores, AlertOptions options, TimeProvider time)
    {
        var now = time.GetUtcNow();
        using var lease = stores.Rent();
        var (days, raised) = StoreCall.Run(lease, s => (s.Alerts().SourceDays(SourceSilence.From(now, options)), s.Alerts().SourceAlerts(100)));
        var check = SourceSilence.Check(days, now, options);
        return TypedResults.Ok(new SourcesResponse(
            check.Alerts.Select(ToDto).ToList(),
            check.Sources.Select(s => new SourceStatusDto(s.Source, s.MedianDaily, s.LastDayReports, s.LastDay, s.LastIngested, s.UsuallySends)).ToList(),
            raised.Select(ToDto).ToList()));
    }

    private static SourceAlertDto ToDto(SourceAlertRecord a) => new(a.Source, a.Kind, a.Day, a.Detail, a.Raised);

    private static RuleDto ToDto(WatchRule r) => new(r.Id, r.Name, r.Owner, r.Place, r.Oblast, r.Weapons, r.MinKilled, r.MinInjured, r.MinCasualties,
        r.SourceAlerts, r.WebhookUrl, r.Secret is not null, r.Created);

    private static long? ParseId(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private static string Owner(ClaimsPrincipal user) => user.Identity?.Name ?? throw new InvalidOperationException("a signed-in policy let in a nameless caller");

    private static bool IsAdmin(ClaimsPrincipal user) => user.IsInRole(Application.Accounts.AccountService.RoleName(AccountRole.Admin));

    private static bool Sees(ClaimsPrincipal user, WatchRule rule) =>
        IsAdmin(user) || string.Equals(rule.Owner, user.Identity?.Name, StringComparison.OrdinalIgnoreCase);
}
