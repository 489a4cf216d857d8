using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Application;
using Vigil.Application.Filters;
using Vigil.Server.Security;

namespace Vigil.Server.Apis;

/// <summary>Aggregates as SQL: the daily series, per-oblast counts and the air-defence tallies.</summary>
public static class StatsApi
{
    public static IEndpointRouteBuilder MapStatsApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/v1").WithTags("Statistics").RequireAuthorization(Policies.Read);
        group.MapGet("/stats/daily", Daily).WithName("DailyStats")
            .WithSummary("Per day: incidents and their killed/injured, and the nationwide launched/intercepted tallies.");
        group.MapGet("/stats/oblasts", Oblasts).WithName("OblastStats").WithSummary("Per oblast: incidents, killed, injured.");
        group.MapGet("/air-defense", AirDefense).WithName("AirDefense").WithSummary("Nationwide air-defence tallies with claimant and evidence.");
        return app;
    }

    internal static Results<Ok<ItemsResponse<DailyItem>>, ValidationProblem> Daily([AsParameters] FilterQuery filters, IncidentFilterParser parser, VigilStoreFactory stores)
    {
        var parsed = parser.Parse(filters.ToInput());
        if (!parsed.IsValid)
        {
            return Problems.Invalid(parsed.Errors);
        }

        using var lease = stores.Rent();
        var days = StoreCall.Run(lease, s => s.DailyStats(parsed.Filter!));
        return TypedResults.Ok(new ItemsResponse<DailyItem>(days.Select(d =>
            new DailyItem(d.Date, d.Incidents, d.Killed, d.Injured, d.ChildrenKilled, d.ChildrenInjured, d.Launched, d.Intercepted)).ToList()));
    }

    internal static Results<Ok<ItemsResponse<OblastItem>>, ValidationProblem> Oblasts([AsParameters] FilterQuery filters, IncidentFilterParser parser, VigilStoreFactory stores)
    {
        var parsed = parser.Parse(filters.ToInput());
        if (!parsed.IsValid)
        {
            return Problems.Invalid(parsed.Errors);
        }

        using var lease = stores.Rent();
        var rows = StoreCall.Run(lease, s => s.OblastStats(parsed.Filter!));
        return TypedResults.Ok(new ItemsResponse<OblastItem>(rows.Select(o => new OblastItem(o.Admin1Code, o.Admin1, o.Incidents, o.Killed, o.Injured)).ToList()));
    }

    internal static Results<Ok<ItemsResponse<AirDefenseItem>>, ValidationProblem> AirDefense(
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "from")] string? from,
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "to")] string? to,
        VigilStoreFactory stores)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Error(string name, string message) => errors[name] = [message];
        var first = IncidentFilterParser.ParseDate(from, FilterNames.From, Error);
        var last = IncidentFilterParser.ParseDate(to, FilterNames.To, Error);
        if (first > last)
        {
            Error(FilterNames.From, "from is after to");
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        using var lease = stores.Rent();
        var rows = StoreCall.Run(lease, s => s.AirDefense(first, last));
        return TypedResults.Ok(new ItemsResponse<AirDefenseItem>(rows.Select(r => new AirDefenseItem(
            r.Date, r.Weapon, r.Attacker, r.Launched, r.Intercepted,
            new ClaimantDto(r.ClaimantName, r.ClaimantRole, r.ClaimantKind),
            new EvidenceDto(r.EvidenceStart, r.EvidenceEnd, r.EvidenceText),
            ReportIds.Encode(r.ReportKey))).ToList()));
    }
}
