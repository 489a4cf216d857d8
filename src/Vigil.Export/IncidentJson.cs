using System.Buffers;
using System.Text.Json;
using Vigil.Core;
using Vigil.Fusion;
using Vigil.Fusion.Review;

namespace Vigil.Export;

/// <summary>
/// The incidents JSON contract <c>vigil.incidents/1</c>: extraction field names for the current
/// figures, plus <c>id</c>, <c>report_count</c>, <c>contested</c>, <c>figures</c> (range, flag and
/// history of each) and <c>claims</c>. Written streaming; read back whole.
/// </summary>
public static class IncidentJson
{
    public const string Schema = "vigil.incidents/1";

    /// <summary>One incident as a JSON object (the shape of an item), for <c>vigil show</c> and single-item APIs.</summary>
    public static string Serialize(Incident incident, bool indented = true) =>
        JsonSerializer.Serialize(IncidentDto.From(incident), indented ? VigilJson.Options : VigilJson.Compact);

    /// <summary>Reads a <c>vigil.incidents/1</c> document; throws <see cref="JsonException"/> on another schema or malformed JSON.</summary>
    public static IReadOnlyList<Incident> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ToIncidents(JsonSerializer.Deserialize<IncidentDocument>(stream, VigilJson.Options));
    }

    /// <inheritdoc cref="Read(Stream)"/>
    public static IReadOnlyList<Incident> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ToIncidents(JsonSerializer.Deserialize<IncidentDocument>(json, VigilJson.Options));
    }

    /// <summary>One incident object as <see cref="Serialize(Incident, bool)"/> writes it.</summary>
    public static Incident ParseOne(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var item = JsonSerializer.Deserialize<IncidentDto>(json, VigilJson.Options)
            ?? throw new JsonException("Expected an incident object, found null.");
        try
        {
            return item.ToIncident();
        }
        catch (NullReferenceException e)
        {
            // Valid JSON without a member the contract requires (figures, a figure's history):
            // a bad document, reported as such, not a crash.
            throw new JsonException("The incident object lacks a required member (figures, claims or a figure's history).", e);
        }
    }

    private static List<Incident> ToIncidents(IncidentDocument? document)
    {
        if (document is null || !string.Equals(document.Schema, Schema, StringComparison.Ordinal))
        {
            throw new JsonException($"Expected schema \"{Schema}\", found \"{document?.Schema}\".");
        }

        return (document.Items ?? []).Select(static item => item.ToIncident()).ToList();
    }

    /// <summary>The document in UTF-8 chunks, one per incident; each chunk is valid until the next is requested.</summary>
    internal static IEnumerable<ReadOnlyMemory<byte>> Chunks(IEnumerable<Incident> incidents, ExportCounter counter, bool indented)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = VigilJson.Options.Encoder });
        writer.WriteStartObject();
        writer.WriteString("schema", Schema);
        writer.WriteStartArray("items");
        foreach (var incident in incidents)
        {
            JsonSerializer.Serialize(writer, IncidentDto.From(incident), VigilJson.Options);
            counter.Written++;
            writer.Flush();
            yield return buffer.WrittenMemory;
            buffer.ResetWrittenCount();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        buffer.Write("\n"u8);
        yield return buffer.WrittenMemory;
    }
}

internal sealed record IncidentDocument(string Schema, IReadOnlyList<IncidentDto>? Items);

internal sealed record IncidentDto(
    string Id,
    PlaceRef? Place,
    DateOnly? Date,
    DatePrecision DatePrecision,
    IReadOnlyList<Weapon> Weapons,
    Side? Attacker,
    int? Killed,
    int? Injured,
    int? ChildrenKilled,
    int? ChildrenInjured,
    int? Missing,
    int? Hit,
    IReadOnlyList<string> Damage,
    int ReportCount,
    bool Contested,
    FiguresDto Figures,
    IReadOnlyList<ClaimDto> Claims)
{
    /// <summary>The reports' accounts the incident is made of: what review decisions anchor to.</summary>
    public IReadOnlyList<ObservationRef>? Members { get; init; }

    /// <summary>Analysts' review (docs/review.md): status, decisions with notes, rejected claims. Left out when there is none.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IncidentReview? Review { get; init; }

    public static IncidentDto From(Incident incident) => FromCore(incident) with
    {
        Members = incident.Members,
        Review = incident.Review,
    };

    private static IncidentDto FromCore(Incident incident) => new(
        incident.Id,
        incident.Place,
        incident.Date,
        incident.DatePrecision,
        incident.Weapons,
        incident.Attacker,
        incident.Killed.Value,
        incident.Injured.Value,
        incident.ChildrenKilled.Value,
        incident.ChildrenInjured.Value,
        incident.Missing.Value,
        incident.Hit.Value,
        incident.Damage,
        incident.ReportCount,
        incident.Contested,
        new FiguresDto(
            FigureDto.From(incident.Killed),
            FigureDto.From(incident.Injured),
            FigureDto.From(incident.ChildrenKilled),
            FigureDto.From(incident.ChildrenInjured),
            FigureDto.From(incident.Missing),
            FigureDto.From(incident.Hit)),
        incident.Claims.Select(c => ClaimDto.From(c, incident.Review)).ToList());

    public Incident ToIncident() => ToIncidentCore() with
    {
        Members = Members ?? [],
        Review = Review,
    };

    private Incident ToIncidentCore() => new(
        Id,
        Place,
        Date,
        DatePrecision,
        Weapons ?? [],
        Attacker,
        Figures.Killed.ToFigure(),
        Figures.Injured.ToFigure(),
        Figures.ChildrenKilled.ToFigure(),
        Figures.ChildrenInjured.ToFigure(),
        Figures.Missing.ToFigure(),
        Figures.Hit.ToFigure(),
        Damage ?? [],
        ReportCount,
        (Claims ?? []).Select(static c => c.ToClaim()).ToList());
}

internal sealed record FiguresDto(
    FigureDto Killed,
    FigureDto Injured,
    FigureDto ChildrenKilled,
    FigureDto ChildrenInjured,
    FigureDto Missing,
    FigureDto Hit);

internal sealed record FigureDto(
    int? Value,
    Qualifier? Qualifier,
    int? Low,
    int? High,
    bool Contested,
    int? CurrentRevision,
    string? Why,
    IReadOnlyList<FigureRevision> History)
{
    public static FigureDto From(Figure figure) =>
        new(figure.Value, figure.Qualifier, figure.Low, figure.High, figure.Contested, figure.CurrentRevision, figure.Why, figure.History);

    public Figure ToFigure() =>
        new(Value, Qualifier, Low, High, Contested, History ?? []) { CurrentRevision = CurrentRevision, Why = Why };
}

internal sealed record ClaimDto(
    string ReportKey,
    int ReportVersion,
    DateTimeOffset? Published,
    string? Source,
    string? Url,
    ClaimField Field,
    int? Value,
    Qualifier Qualifier,
    ClaimScope Scope,
    Claimant Claimant,
    DateOnly? Date,
    string? PlaceMention,
    Weapon? Weapon,
    string? Category,
    Evidence Evidence)
{
    /// <summary>Stable id of the claim (<see cref="ClaimIds"/>): what a rejection names.</summary>
    public string? Id { get; init; }

    /// <summary>How far the extractor trusts the claim as the incident's figure, with its reasons (docs/extraction.md "Confidence").</summary>
    public ClaimConfidence? Confidence { get; init; }

    /// <summary>True when an analyst rejected the claim (the reason is in the incident's review); written only then.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool Rejected { get; init; }

    public static ClaimDto From(IncidentClaim claim, IncidentReview? review)
    {
        var id = ClaimIds.Of(claim);
        return FromCore(claim) with { Id = id, Confidence = claim.Claim.Confidence, Rejected = review?.Rejected.Any(r => string.Equals(r.ClaimId, id, StringComparison.Ordinal)) == true };
    }

    private static ClaimDto FromCore(IncidentClaim claim) => new(
        claim.ReportKey,
        claim.ReportVersion,
        claim.Published,
        claim.Source,
        claim.Url,
        claim.Claim.Field,
        claim.Claim.Value,
        claim.Claim.Qualifier,
        claim.Claim.Scope,
        claim.Claim.Claimant,
        claim.Claim.Date,
        claim.Claim.PlaceMention,
        claim.Claim.Weapon,
        claim.Claim.Category,
        claim.Claim.Evidence);

    public IncidentClaim ToClaim() => new(
        ReportKey,
        ReportVersion,
        Published,
        Source,
        Url,
        new Claim(Field, Value, Qualifier, Scope, Claimant, Date, PlaceMention, Weapon, Evidence, Category) { Confidence = Confidence });
}
