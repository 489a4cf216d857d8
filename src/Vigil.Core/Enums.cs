using System.Text.Json.Serialization;

namespace Vigil.Core;

/// <summary>What a claim is about. Serialized snake_case: <c>children_killed</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClaimField>))]
public enum ClaimField
{
    [JsonStringEnumMemberName("killed")] Killed,
    [JsonStringEnumMemberName("injured")] Injured,
    [JsonStringEnumMemberName("children_killed")] ChildrenKilled,
    [JsonStringEnumMemberName("children_injured")] ChildrenInjured,
    [JsonStringEnumMemberName("missing")] Missing,
    [JsonStringEnumMemberName("launched")] Launched,
    [JsonStringEnumMemberName("intercepted")] Intercepted,
    [JsonStringEnumMemberName("hit")] Hit,
    [JsonStringEnumMemberName("damage")] Damage,
}

/// <summary>How a stated number relates to the truth: "at least 3" is <see cref="AtLeast"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Qualifier>))]
public enum Qualifier
{
    [JsonStringEnumMemberName("exact")] Exact,
    [JsonStringEnumMemberName("at_least")] AtLeast,
    [JsonStringEnumMemberName("more_than")] MoreThan,
    [JsonStringEnumMemberName("about")] About,
    [JsonStringEnumMemberName("up_to")] UpTo,
}

/// <summary>What a figure counts: one attack, a nationwide tally, a war-long total, or the other side's claim.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClaimScope>))]
public enum ClaimScope
{
    [JsonStringEnumMemberName("incident")] Incident,
    [JsonStringEnumMemberName("nationwide")] Nationwide,
    [JsonStringEnumMemberName("cumulative")] Cumulative,
    [JsonStringEnumMemberName("adversary_claim")] AdversaryClaim,
}

[JsonConverter(typeof(JsonStringEnumConverter<Weapon>))]
public enum Weapon
{
    [JsonStringEnumMemberName("drone")] Drone,
    [JsonStringEnumMemberName("missile")] Missile,
    [JsonStringEnumMemberName("glide_bomb")] GlideBomb,
    [JsonStringEnumMemberName("artillery")] Artillery,
    [JsonStringEnumMemberName("mlrs")] Mlrs,
    [JsonStringEnumMemberName("aircraft")] Aircraft,
    [JsonStringEnumMemberName("mine")] Mine,
    [JsonStringEnumMemberName("unknown")] Unknown,
}

/// <summary>The attacking side, as an ISO country code.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Side>))]
public enum Side
{
    [JsonStringEnumMemberName("RU")] RU,
    [JsonStringEnumMemberName("UA")] UA,
}

/// <summary>How precisely an incident's date is known. <see cref="Reported"/>: no date in the text, publication date used.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DatePrecision>))]
public enum DatePrecision
{
    [JsonStringEnumMemberName("day")] Day,
    [JsonStringEnumMemberName("month")] Month,
    [JsonStringEnumMemberName("reported")] Reported,
}

[JsonConverter(typeof(JsonStringEnumConverter<PlaceKind>))]
public enum PlaceKind
{
    [JsonStringEnumMemberName("oblast")] Oblast,
    [JsonStringEnumMemberName("raion")] Raion,
    [JsonStringEnumMemberName("city")] City,
    [JsonStringEnumMemberName("settlement")] Settlement,
    [JsonStringEnumMemberName("city_district")] CityDistrict,
}

/// <summary>
/// What kind of body a claimant is. Fusion ranks figures by it: local authorities and emergency
/// services first, then national bodies, then media, unattributed last.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClaimantKind>))]
public enum ClaimantKind
{
    [JsonStringEnumMemberName("unattributed")] Unattributed,
    [JsonStringEnumMemberName("media")] Media,
    [JsonStringEnumMemberName("witness")] Witness,
    [JsonStringEnumMemberName("national_body")] NationalBody,
    [JsonStringEnumMemberName("military")] Military,
    [JsonStringEnumMemberName("local_authority")] LocalAuthority,
    [JsonStringEnumMemberName("emergency_service")] EmergencyService,
    [JsonStringEnumMemberName("analyst")] Analyst,
}

/// <summary>Things a report mentions that are not attacks on civilians.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EventType>))]
public enum EventType
{
    [JsonStringEnumMemberName("prisoner_exchange")] PrisonerExchange,
    [JsonStringEnumMemberName("talks")] Talks,
    [JsonStringEnumMemberName("evacuation")] Evacuation,
    [JsonStringEnumMemberName("military_losses")] MilitaryLosses,
    [JsonStringEnumMemberName("ceasefire")] Ceasefire,
}

/// <summary>How far a claim can be trusted as stated: <see cref="High"/> figures are meant to be right 97 % of the time.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConfidenceLevel>))]
public enum ConfidenceLevel
{
    [JsonStringEnumMemberName("low")] Low,
    [JsonStringEnumMemberName("medium")] Medium,
    [JsonStringEnumMemberName("high")] High,
}

/// <summary>What a report says people lack or need restored after an attack.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NeedType>))]
public enum NeedType
{
    [JsonStringEnumMemberName("medical_supplies")] MedicalSupplies,
    [JsonStringEnumMemberName("power")] Power,
    [JsonStringEnumMemberName("water")] Water,
    [JsonStringEnumMemberName("heating")] Heating,
    [JsonStringEnumMemberName("gas")] Gas,
    [JsonStringEnumMemberName("shelter")] Shelter,
    [JsonStringEnumMemberName("evacuation")] Evacuation,
}
