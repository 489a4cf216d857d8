using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Vigil.Core;
using Vigil.Fusion.Review;

namespace Vigil.Fusion;

/// <summary>
/// Fuses report extractions into incidents: one incident per attack, whatever the number of
/// reports and versions, the order they arrive in, or how their figures were revised.
/// Pure: no I/O, no clock. The rules are spelled out in docs/fusion.md.
/// </summary>
public static class IncidentFusion
{
    /// <param name="reports">Every stored version of the reports to fuse.</param>
    /// <param name="options">The rules' tunables; null for the documented defaults.</param>
    /// <param name="ambiguousNames">
    /// Name keys (<see cref="FusionFootprint.NameKey"/>) that are two or more gazetteer entries, when
    /// the caller knows more reports than it passes (an incremental re-fusion knows the whole
    /// store's); null computes them from <paramref name="reports"/>.
    /// </param>
    /// <param name="decisions">Analysts' review decisions, applied to the clusters (docs/review.md).</param>
    public static IReadOnlyList<Incident> Fuse(IEnumerable<ReportExtraction> reports, FusionOptions? options = null, IReadOnlySet<string>? ambiguousNames = null, IReadOnlyList<ReviewDecision>? decisions = null) =>
        FuseWithCells(reports, options, ambiguousNames, decisions).Select(static f => f.Incident).ToList();

    /// <summary>As <see cref="Fuse"/>, with the (region, day) cells of each incident's members: what an incremental re-fusion indexes.</summary>
    public static IReadOnlyList<FusedIncident> FuseWithCells(IEnumerable<ReportExtraction> reports, FusionOptions? options = null, IReadOnlySet<string>? ambiguousNames = null, IReadOnlyList<ReviewDecision>? decisions = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        options ??= FusionOptions.Default;

        var versions = Versions(reports);
        var observations = versions.SelectMany(v => Observe(v.Latest, options)).ToList();
        // Every later step iterates in this total order, so the input order cannot leak into the result.
        observations.Sort(Observation.CompareOrder);
        ambiguousNames ??= AmbiguousNames(observations);
        AssignPlaceKeys(observations, ambiguousNames);

        var clusters = Cluster(observations);
        // Analysts' merges, splits and corrections: an input like the reports, so every re-fusion applies them again.
        ReviewDecisions.Apply(clusters, decisions);

        var superseded = versions.SelectMany(v => v.Older).SelectMany(report => Observe(report, options)).ToList();
        superseded.Sort(Observation.CompareOrder);
        AssignPlaceKeys(superseded, ambiguousNames);
        AttachSuperseded(clusters, superseded);

        var built = clusters.Select(cluster => (Cluster: cluster, Incident: Build(cluster, options))).ToList();
        return AssignIds(built);
    }

    /// <summary>
    /// Only the latest version of each report counts: an edited article supersedes its earlier text.
    /// Earlier versions (one per version number) are kept aside for the figures' history.
    /// </summary>
    private static List<(ReportExtraction Latest, IReadOnlyList<ReportExtraction> Older)> Versions(IEnumerable<ReportExtraction> reports)
    {
        var byKey = new Dictionary<string, List<ReportExtraction>>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            if (!byKey.TryGetValue(report.ReportKey, out var sameKey))
            {
                byKey[report.ReportKey] = sameKey = new List<ReportExtraction>(1);
            }

            sameKey.Add(report);
        }

        var result = new List<(ReportExtraction, IReadOnlyList<ReportExtraction>)>(byKey.Count);
        foreach (var sameKey in byKey.Values)
        {
            if (sameKey.Count == 1)
            {
                // The common case: one version, nothing superseded.
                result.Add((sameKey[0], Array.Empty<ReportExtraction>()));
                continue;
            }

            var byVersion = sameKey
                .GroupBy(static report => report.Version)
                .Select(static sameVersion => sameVersion
                    .OrderByDescending(static report => report.Ingested)
                    .ThenByDescending(static report => report.Published)
                    .First())
                .OrderByDescending(static report => report.Version)
                .ToList();
            result.Add((byVersion[0], byVersion.Skip(1).ToList()));
        }

        return result;
    }

    /// <summary>
    /// A superseded version's claims join the history of the incident its report (latest version)
    /// is part of: the incident of the latest version's observation with the same place, else the
    /// nearest day, else the first. Chosen among the report's own observations (not the incidents'
    /// dates) so the choice depends on the report alone, which keeps incremental re-fusion local.
    /// If the edit removed the attack from the report altogether, nothing holds the old claims and
    /// they are left out.
    /// </summary>
    private static void AttachSuperseded(List<Cluster> clusters, List<Observation> superseded)
    {
        if (superseded.Count == 0)
        {
            return;
        }

        var byReport = new Dictionary<string, List<(Observation Observation, Cluster Cluster)>>(StringComparer.Ordinal);
        foreach (var cluster in clusters)
        {
            foreach (var member in cluster.Members)
            {
                if (!byReport.TryGetValue(member.Report.ReportKey, out var list))
                {
                    byReport[member.Report.ReportKey] = list = [];
                }

                list.Add((member, cluster));
            }
        }

        foreach (var old in superseded)
        {
            if (!byReport.TryGetValue(old.Report.ReportKey, out var candidates))
            {
                continue;
            }

            var target = candidates
                .OrderBy(c => string.Equals(c.Observation.PlaceKey, old.PlaceKey, StringComparison.Ordinal) ? 0 : 1)
                .ThenBy(c => c.Observation.Date is { } d && old.Date is { } o ? Math.Abs(d.DayNumber - o.DayNumber) : int.MaxValue)
                .ThenBy(static c => c.Observation, Comparer<Observation>.Create(Observation.CompareOrder))
                .First();
            target.Cluster.Superseded.Add(old);
        }
    }

    internal static IEnumerable<Observation> Observe(ReportExtraction report, FusionOptions options)
    {
        var incidents = report.Extraction.Incidents;
        for (var index = 0; index < incidents.Count; index++)
        {
            var incident = incidents[index];
            var date = incident.Date;
            var precision = incident.DatePrecision;
            if (date is null)
            {
                // The extraction contract falls back to the publication date; do the same where it did not.
                date = report.Extraction.Document.Published
                    ?? (report.Published is { } published ? DateOnly.FromDateTime(published.DateTime) : null);
                precision = DatePrecision.Reported;
            }

            var place = incident.Place;
            yield return new Observation
            {
                Report = report,
                Incident = incident,
                Index = index,
                Date = date,
                Precision = precision,
                Flexible = precision == DatePrecision.Reported
                    || IsNearMidnight(report.Published, date, options.NearMidnight)
                    || incident.Claims.Any(static claim => claim.Overnight),
                Weapons = incident.Weapons.Where(static weapon => weapon != Weapon.Unknown).Distinct().Order().ToArray(),
                OblastCode = place is null ? null : place.Admin1Code ?? place.Admin1 ?? (place.Kind == PlaceKind.Oblast ? place.Name : null),
            };
        }
    }

    /// <summary>
    /// Published close to local midnight (in the publisher's own offset) about that day or the
    /// next: the writer's "today" may be the other side of midnight from the attack.
    /// </summary>
    private static bool IsNearMidnight(DateTimeOffset? published, DateOnly? date, TimeSpan window)
    {
        if (published is not { } time || date is not { } day)
        {
            return false;
        }

        var timeOfDay = time.TimeOfDay;
        var near = timeOfDay < window || timeOfDay >= TimeSpan.FromDays(1) - window;
        var publishedDay = DateOnly.FromDateTime(time.DateTime);
        return near && Math.Abs(day.DayNumber - publishedDay.DayNumber) <= 1;
    }

    /// <summary>
    /// A district belongs to its city: places cluster on oblast + canonical name. Only where one
    /// name in one oblast is two gazetteer entries (two villages) does the entry id split them.
    /// </summary>
    private static HashSet<string> AmbiguousNames(List<Observation> observations)
    {
        var idsByName = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var observation in observations)
        {
            if (GazetteerName(observation.Incident.Place) is { } name)
            {
                if (!idsByName.TryGetValue(name.NameKey, out var ids))
                {
                    idsByName[name.NameKey] = ids = new HashSet<string>(StringComparer.Ordinal);
                }

                ids.Add(name.PlaceId);
            }
        }

        return idsByName.Where(static p => p.Value.Count > 1).Select(static p => p.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The (name key, gazetteer id) a place contributes to the ambiguity of its name, or null.</summary>
    internal static PlaceName? GazetteerName(PlaceRef? place) =>
        place is { Resolved: true, Id: { } id } && place.Kind != PlaceKind.Oblast && !IsDistrict(place) ? new PlaceName(NameKey(place), id) : null;

    private static void AssignPlaceKeys(List<Observation> observations, IReadOnlySet<string> ambiguousNames)
    {
        foreach (var observation in observations)
        {
            var place = observation.Incident.Place;
            if (place is null)
            {
                continue;
            }

            if (!place.Resolved)
            {
                observation.PlaceKey = "unresolved:" + NameKey(place);
            }
            else if (place.Kind == PlaceKind.Oblast)
            {
                observation.IsOblastLevel = true;
                observation.PlaceKey = "oblast:" + (observation.OblastCode ?? place.Name).ToUpperInvariant();
            }
            else
            {
                var nameKey = NameKey(place);
                var ambiguous = ambiguousNames.Contains(nameKey);
                observation.PlaceKey = ambiguous && place.Id is not null && !IsDistrict(place) ? "id:" + place.Id : "place:" + nameKey;
            }
        }
    }

    private static bool IsDistrict(PlaceRef place) => place.Kind == PlaceKind.CityDistrict || place.District is not null;

    internal static string NameKey(PlaceRef place) =>
        (place.Admin1Code ?? place.Admin1 ?? place.Country ?? string.Empty).ToUpperInvariant() + "|" + place.Name.Trim().ToUpperInvariant();

    private static List<Cluster> Cluster(List<Observation> observations)
    {
        var clusters = new List<Cluster>();
        foreach (var samePlace in observations.Where(static o => o.PlaceKey is not null && !o.IsOblastLevel).GroupBy(static o => o.PlaceKey, StringComparer.Ordinal))
        {
            clusters.AddRange(ClusterByDay(samePlace.ToList()));
        }

        // An oblast-level mention joins the one settlement of its oblast that fits its day and
        // weapons; with none or several candidate settlements it stays an oblast-level incident.
        var settlementClusters = clusters.ToList();
        var unattached = new List<Observation>();
        var attachments = new List<(Cluster Target, Observation Observation)>();
        foreach (var observation in observations.Where(static o => o.IsOblastLevel))
        {
            var candidates = settlementClusters
                .Where(cluster => string.Equals(cluster.OblastCode, observation.OblastCode, StringComparison.OrdinalIgnoreCase)
                    && DayOffset(cluster, observation) is not null
                    && observation.WeaponsCompatible(cluster.AnchorWeapons))
                .ToList();
            if (candidates.Select(static c => c.PlaceKey).Distinct(StringComparer.Ordinal).Count() == 1)
            {
                attachments.Add((Best(candidates, observation), observation));
            }
            else
            {
                unattached.Add(observation);
            }
        }

        foreach (var (target, observation) in attachments)
        {
            target.Members.Add(observation);
        }

        foreach (var sameOblast in unattached.GroupBy(static o => o.PlaceKey, StringComparer.Ordinal))
        {
            clusters.AddRange(ClusterByDay(sameOblast.ToList()));
        }

        // A report that names no place cannot be matched to anything: it stands alone.
        foreach (var observation in observations.Where(static o => o.PlaceKey is null))
        {
            clusters.Add(new Cluster([observation], observation.Date, observation.Flexible));
        }

        foreach (var cluster in clusters)
        {
            cluster.Members.Sort(Observation.CompareOrder);
        }

        return clusters;
    }

    /// <summary>
    /// Clusters one place's observations. Firmly dated ones anchor incidents per day (split by
    /// incompatible weapons); flexible ones join the best anchor within a day, preferring the same
    /// day, then the day before, then the day after; the rest group in two-day windows.
    /// </summary>
    private static List<Cluster> ClusterByDay(List<Observation> observations)
    {
        var clusters = new List<Cluster>();
        foreach (var sameDay in observations.Where(static o => !o.Flexible).GroupBy(static o => o.Date).OrderBy(static g => g.Key))
        {
            clusters.AddRange(SplitByWeapons(sameDay.ToList(), sameDay.Key, flexible: false));
        }

        var anchors = clusters.ToList();
        var unattached = new List<Observation>();
        foreach (var observation in observations.Where(static o => o.Flexible))
        {
            var candidates = anchors
                .Where(cluster => DayOffset(cluster, observation) is not null && observation.WeaponsCompatible(cluster.AnchorWeapons))
                .ToList();
            if (candidates.Count > 0)
            {
                Best(candidates, observation).Members.Add(observation);
            }
            else
            {
                unattached.Add(observation);
            }
        }

        foreach (var undated in unattached.Where(static o => o.Date is null))
        {
            clusters.Add(new Cluster([undated], null, flexible: true));
        }

        // Unattached flexible observations group by day; a day's group takes the next day's only
        // when the day before has none. Same result as two-day windows from the start of a run for
        // runs of up to three days, but local: a report can only regroup the days next to its own.
        var byDay = unattached.Where(static o => o.Date is not null)
            .GroupBy(static o => o.Date!.Value.DayNumber)
            .ToDictionary(static g => g.Key, static g => g.ToList());
        var days = byDay.Keys.ToHashSet();
        foreach (var day in days.Order())
        {
            if (!byDay.Remove(day, out var window))
            {
                continue; // taken by the day before
            }

            if (!days.Contains(day - 1) && byDay.Remove(day + 1, out var next))
            {
                window.AddRange(next);
            }

            window.Sort(Observation.CompareOrder);
            clusters.AddRange(SplitByWeapons(window, DateOnly.FromDayNumber(day), flexible: true));
        }

        return clusters;
    }

    /// <summary>
    /// Splits one place-day into attacks with disjoint weapons (connected components over shared
    /// weapons); reports naming no weapon join the largest.
    /// </summary>
    private static List<Cluster> SplitByWeapons(List<Observation> observations, DateOnly? date, bool flexible)
    {
        observations.Sort(Observation.CompareOrder);
        var known = observations.Where(static o => o.Weapons.Length > 0).ToList();
        var unknown = observations.Where(static o => o.Weapons.Length == 0).ToList();
        if (known.Count == 0)
        {
            return [new Cluster(unknown, date, flexible)];
        }

        var parent = Enumerable.Range(0, known.Count).ToArray();
        var firstWithWeapon = new Dictionary<Weapon, int>();
        for (var i = 0; i < known.Count; i++)
        {
            foreach (var weapon in known[i].Weapons)
            {
                if (firstWithWeapon.TryGetValue(weapon, out var j))
                {
                    Union(parent, i, j);
                }
                else
                {
                    firstWithWeapon[weapon] = i;
                }
            }
        }

        var components = known
            .Select((observation, i) => (Root: Find(parent, i), Observation: observation))
            .GroupBy(static x => x.Root)
            .Select(static g => g.Select(static x => x.Observation).ToList())
            .OrderBy(static members => members[0], Comparer<Observation>.Create(Observation.CompareOrder))
            .ToList();

        // MaxBy keeps the first of equals: the component whose first report sorts first.
        var largest = components.MaxBy(static members => members.Count)!;
        largest.AddRange(unknown);
        return components.Select(members => new Cluster(members, date, flexible)).ToList();
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var rootA = Find(parent, a);
        var rootB = Find(parent, b);
        if (rootA != rootB)
        {
            // The smaller index becomes the root so the result does not depend on call order.
            parent[Math.Max(rootA, rootB)] = Math.Min(rootA, rootB);
        }
    }

    /// <summary>Days from the observation to the cluster when they may be the same attack, else null.</summary>
    private static int? DayOffset(Cluster cluster, Observation observation)
    {
        if (cluster.Date is not { } clusterDate || observation.Date is not { } date)
        {
            return null;
        }

        var offset = clusterDate.DayNumber - date.DayNumber;
        var tolerance = observation.Flexible || cluster.Flexible ? 1 : 0;
        return Math.Abs(offset) <= tolerance ? offset : null;
    }

    private static Cluster Best(List<Cluster> candidates, Observation observation) =>
        candidates
            .OrderBy(cluster => DayOffset(cluster, observation) switch { 0 => 0, -1 => 1, _ => 2 })
            .ThenByDescending(static cluster => cluster.AnchorCount)
            .ThenBy(static cluster => cluster.First, Comparer<Observation>.Create(Observation.CompareOrder))
            .First();

    private static Incident Build(Cluster cluster, FusionOptions options)
    {
        var members = cluster.Members;
        var review = ReviewDecisions.Summarise(cluster.Decisions);
        var rejected = review?.Rejected.Select(static r => r.ClaimId).ToHashSet(StringComparer.Ordinal);
        var claims = members
            .SelectMany(static o => Timed(o, superseded: false))
            .Distinct()
            .Select(c => rejected is not null && rejected.Contains(ClaimIds.Of(c.Claim)) ? c with { Rejected = true } : c)
            .Order(TimedClaim.HistoryOrder)
            .ToList();
        var history = cluster.Superseded.Count == 0 && cluster.Decisions.Count == 0
            ? claims
            : claims
                .Concat(cluster.Superseded.SelectMany(static o => Timed(o, superseded: true)))
                .Concat(ReviewDecisions.CorrectionClaims(cluster.Decisions))
                .Distinct()
                .Order(TimedClaim.HistoryOrder)
                .ToList();

        var (date, precision) = ChooseDate(members);
        // Weapons at least half the reports that name a weapon agree on: one report's aside about
        // another attack ("after last week's glide bomb…") should not arm this one.
        var namingReports = members.Where(static o => o.Weapons.Length > 0).Select(static o => o.Report.ReportKey).Distinct(StringComparer.Ordinal).Count();
        var knownWeapons = members
            .SelectMany(static o => o.Weapons.Select(weapon => (Weapon: weapon, o.Report.ReportKey)))
            .Distinct()
            .GroupBy(static x => x.Weapon)
            .Where(g => g.Count() * 2 >= namingReports)
            .Select(static g => g.Key)
            .Order()
            .ToList();
        if (knownWeapons.Count == 0 && members.Any(static o => o.Incident.Weapons.Contains(Weapon.Unknown)))
        {
            knownWeapons.Add(Weapon.Unknown);
        }

        var damage = members.SelectMany(static o => o.Incident.Damage)
            .Concat(claims.Where(static c => c.Claim.Claim.Field == ClaimField.Damage && c.Claim.Claim.Category is not null)
                .Select(static c => c.Claim.Claim.Category!))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        var attacker = members
            .Where(static o => o.Incident.Attacker is not null)
            .GroupBy(static o => o.Incident.Attacker!.Value)
            .OrderByDescending(static g => g.Count())
            .ThenBy(static g => g.Key)
            .Select(static g => (Side?)g.Key)
            .FirstOrDefault();

        // An analyst's place, date or weapons replace what the reports give (the latest correction of each).
        var corrections = cluster.Decisions.Where(static d => d.Action == ReviewAction.Correct).OrderBy(static d => d.Id).ToList();
        var place = corrections.LastOrDefault(static d => d.Place is not null)?.Place ?? ChoosePlace(members);
        if (corrections.LastOrDefault(static d => d.Date is not null)?.Date is { } correctedDate)
        {
            (date, precision) = (correctedDate, DatePrecision.Day);
        }

        if (corrections.LastOrDefault(static d => d.Weapons is not null)?.Weapons is { } correctedWeapons)
        {
            knownWeapons = correctedWeapons.Distinct().Order().ToList();
        }

        return new Incident(
            Id: string.Empty,
            Place: place,
            Date: date,
            DatePrecision: precision,
            Weapons: knownWeapons,
            Attacker: attacker,
            Killed: FigureFusion.Fuse(history, ClaimField.Killed, options),
            Injured: FigureFusion.Fuse(history, ClaimField.Injured, options),
            ChildrenKilled: FigureFusion.Fuse(history, ClaimField.ChildrenKilled, options),
            ChildrenInjured: FigureFusion.Fuse(history, ClaimField.ChildrenInjured, options),
            Missing: FigureFusion.Fuse(history, ClaimField.Missing, options),
            Hit: FigureFusion.Fuse(history, ClaimField.Hit, options),
            Damage: damage,
            ReportCount: members.Select(static o => o.Report.ReportKey).Distinct(StringComparer.Ordinal).Count(),
            Claims: claims.Select(static c => c.Claim).ToList())
        {
            Members = members.Select(ReviewDecisions.Ref).ToList(),
            Review = review,
        };
    }

    private static IEnumerable<TimedClaim> Timed(Observation o, bool superseded) =>
        o.Incident.Claims.Select(claim => new TimedClaim(
            new IncidentClaim(o.Report.ReportKey, o.Report.Version, o.Report.Published, o.Report.Source, o.Report.Url, claim),
            o.Time,
            superseded));

    /// <summary>
    /// The day most reports give, counting first those not in doubt about midnight; else the most
    /// common month; else the earliest publication day.
    /// </summary>
    private static (DateOnly? Date, DatePrecision Precision) ChooseDate(List<Observation> members)
    {
        foreach (var precision in (ReadOnlySpan<DatePrecision>)[DatePrecision.Day, DatePrecision.Month])
        {
            var mode = members
                .Where(o => o.Precision == precision && o.Date is not null)
                .GroupBy(static o => o.Date!.Value)
                .OrderByDescending(static g => g.Count(static o => !o.Flexible))
                .ThenByDescending(static g => g.Count())
                .ThenBy(static g => g.Key)
                .Select(static g => (DateOnly?)g.Key)
                .FirstOrDefault();
            if (mode is not null)
            {
                return (mode, precision);
            }
        }

        return (members.Where(static o => o.Date is not null).Select(static o => o.Date).Min(), DatePrecision.Reported);
    }

    /// <summary>
    /// The place most reports give, preferring resolved settlements over oblasts and unresolved
    /// names, and the whole city over one district when reports differ.
    /// </summary>
    private static PlaceRef? ChoosePlace(List<Observation> members) =>
        members
            .Where(static o => o.Incident.Place is not null)
            .Select(static o => o.Incident.Place!)
            .GroupBy(static p => (p.Name, p.Kind, p.District, p.Admin1Code, p.Id, p.Resolved))
            .OrderBy(static g => g.Key.Resolved ? (g.Key.Kind == PlaceKind.Oblast ? 1 : 0) : 2)
            .ThenByDescending(static g => g.Count())
            .ThenBy(static g => g.Key.District is null ? 0 : 1)
            .ThenBy(static g => g.Key.Name, StringComparer.Ordinal)
            .ThenBy(static g => g.Key.District, StringComparer.Ordinal)
            .ThenBy(static g => g.Key.Id, StringComparer.Ordinal)
            .Select(static g => g.OrderBy(static p => p.Mention, StringComparer.Ordinal).First())
            .FirstOrDefault();

    /// <summary>
    /// Ids are <c>yyyy-MM-dd-slug-hash</c>: the incident's date, its place's name and a hash of the
    /// place key; a second attack at the same place and day gets <c>-2</c>, ordered by first report.
    /// </summary>
    private static List<FusedIncident> AssignIds(List<(Cluster Cluster, Incident Incident)> built)
    {
        var result = new List<FusedIncident>(built.Count);
        foreach (var sameBase in built
            .Select(static b => (b.Cluster, b.Incident, Base: BaseId(b.Cluster, b.Incident)))
            .GroupBy(static b => b.Base, StringComparer.Ordinal))
        {
            var ordinal = 0;
            foreach (var (cluster, incident, baseId) in sameBase.OrderBy(static b => b.Cluster.First, Comparer<Observation>.Create(Observation.CompareOrder)))
            {
                ordinal++;
                var id = ordinal == 1 ? baseId : baseId + "-" + ordinal.ToString(CultureInfo.InvariantCulture);
                result.Add(new FusedIncident(incident with { Id = id }, FusionFootprint.CellsOf(cluster.Members)));
            }
        }

        return result
            .OrderBy(static f => f.Incident.Date is null ? 1 : 0)
            .ThenBy(static f => f.Incident.Date)
            .ThenBy(static f => f.Incident.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static string BaseId(Cluster cluster, Incident incident)
    {
        // Review never changes an id: it comes from the date and place the cluster's own reports give
        // (after a merge or a split, the members of one cluster fusion formed), not a corrected or
        // merged-in one, which could be days or regions away, beyond what an incremental re-fusion
        // sees when it numbers same-day twins (docs/review.md).
        var own = cluster.Decisions.Count == 0 ? null : cluster.IdMembers ?? cluster.Members;
        var (idDate, idPlace) = own is null ? (incident.Date, incident.Place) : (ChooseDate(own).Date, ChoosePlace(own));
        var date = idDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
        var slug = Slug(idPlace?.Name);
        var first = own is null || cluster.IdMembers is null ? cluster.First : own.Min(Comparer<Observation>.Create(Observation.CompareOrder))!;
        var placeKey = cluster.IdMembers is { Count: > 0 } idMembers ? idMembers[0].PlaceKey : cluster.PlaceKey;
        var key = placeKey ?? first.Report.ReportKey + "#" + first.Index.ToString(CultureInfo.InvariantCulture);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0, 3);
        return $"{date}-{slug}-{hash}";
    }

    private static string Slug(string? name)
    {
        var builder = new StringBuilder();
        foreach (var c in (name ?? string.Empty).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "place" : slug;
    }
}
