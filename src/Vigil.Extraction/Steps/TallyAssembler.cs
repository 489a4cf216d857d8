using Vigil.Core;
using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps;

/// <summary>
/// One air-defence entry per day, weapon, attacking side and scope: launched and intercepted
/// figures of the same night stated in different sentences are joined; within a sentence the same
/// role adds up ("5 ballistic and 3 cruise missiles"), across sentences a repeated figure is the same
/// figure (the larger is kept). A tally with no date of its own takes the report's first date.
/// </summary>
internal sealed class TallyAssembler : IPipelineStep
{
    public void Run(AnnotatedDocument document)
    {
        if (document.Tallies.Count == 0)
        {
            return;
        }

        DateOnly? lead = document.Dates.FirstOrDefault(d => !d.IsPast) is { End: > 0 } first ? first.Date : document.Info.Published;
        var groups = document.Tallies
            .GroupBy(t => (Date: t.Date ?? lead, t.Weapon, t.Attacker, t.Scope))
            .OrderBy(g => g.Min(t => t.NumberToken));
        foreach (var group in groups)
        {
            int? Combine(Func<TallyMention, int?> pick)
            {
                int? best = null;
                foreach (var sentence in group.GroupBy(t => t.Sentence))
                {
                    var values = sentence.Select(pick).Where(v => v is not null).ToList();
                    if (values.Count > 0)
                    {
                        var sum = values.Sum(v => (long)v!.Value);
                        var value = (int)Math.Min(sum, int.MaxValue);
                        best = best is null ? value : Math.Max(best.Value, value);
                    }
                }

                return best;
            }

            var firstMention = group.OrderBy(t => t.NumberToken).First();
            var claimant = group.Select(t => document.ClaimantOf(t.Sentence)?.Claimant).FirstOrDefault(c => c is not null) ?? Claimant.Unattributed;
            document.AirDefenseTallies.Add(new AirDefenseTally(group.Key.Date, group.Key.Weapon, group.Key.Attacker,
                Combine(t => t.Launched), Combine(t => t.Intercepted), claimant, document.SentenceEvidence(firstMention.Sentence),
                Combine(t => t.Suppressed), group.Key.Scope));
        }
    }
}
