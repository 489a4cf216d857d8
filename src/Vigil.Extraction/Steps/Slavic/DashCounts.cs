using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «Троє людей загинуло, двоє – дістали поранення», «загинула людина, ще 18 – дістали поранення», «ще семеро людей – поранені»:
/// a count set off from its verb by a dash, the noun elided or right before the dash. The shared step reads a count only beside
/// its noun or verb; here the verb after the dash says what it counts (read through the forms' glosses: «дістали поранення» →
/// "suffered injuries"), so a count nothing else claimed is added for it. Only the two plain fields and only in sentences that give figures; a dash before a place or a damage
/// («четверо – у Сумах», «2 – будинки») is left alone. Run by <see cref="RegionalTotals"/>, before it weighs the counts.
/// </summary>
internal static class DashCounts
{
    private static readonly HashSet<string> Dashes = new(StringComparer.Ordinal) { "–", "—", "-" };
    private static readonly HashSet<string> Injured = new(StringComparer.Ordinal) { "injured", "injuries", "wounded", "hurt" };
    private static readonly HashSet<string> Killed = new(StringComparer.Ordinal) { "killed", "dead", "died" };

    public static void Add(AnnotatedDocument document)
    {
        OtherFieldAnother(document);
        TollNounBefore(document);
        var tokens = document.Tokens;
        var counted = document.Casualties.Select(static c => c.NumberToken).ToHashSet();
        foreach (var number in document.Numbers)
        {
            var dash = number.End;
            // «ще семеро людей – поранені»: the count's own person noun before the dash
            if (dash + 1 < tokens.Count && document.Lexicon.PersonNouns.Contains(tokens[dash].Lower))
            {
                dash++;
            }

            if (!number.IsCount || dash + 1 >= tokens.Count || !Dashes.Contains(tokens[dash].Lower) || tokens[dash].Start == tokens[dash - 1].End ||
                counted.Contains(number.Start))
            {
                continue;
            }

            var s = tokens[number.Start].Sentence;
            if (s >= document.Roles.Count || document.Roles[s] is not (SentenceRole.Main or SentenceRole.RoundUp))
            {
                continue;
            }

            CasualtyField? field = null;
            for (var k = dash + 1; k < Math.Min(tokens.Count, dash + 4) && tokens[k].Sentence == s && field is null; k++)
            {
                field = Injured.Contains(tokens[k].Lower) ? CasualtyField.Injured : Killed.Contains(tokens[k].Lower) ? CasualtyField.Killed : null;
            }

            if (field is { } f)
            {
                document.Casualties.Add(new CasualtyMention(s, f, (int)Math.Min(number.Value, int.MaxValue), number.Qualifier, number.Flags, number.Start, null, false)
);
            }
        }
    }

    private static readonly Dictionary<string, CasualtyField> TollNouns = new(StringComparer.Ordinal)
    {
        ["погибших"] = CasualtyField.Killed, ["убитых"] = CasualtyField.Killed, ["загиблих"] = CasualtyField.Killed, ["убитих"] = CasualtyField.Killed,
        ["раненых"] = CasualtyField.Injured, ["пострадавших"] = CasualtyField.Injured, ["поранених"] = CasualtyField.Injured, ["постраждалих"] = CasualtyField.Injured,
    };

    /// <summary>
    /// «Поэтому убитых оккупантами мирных харьковчан уже шестеро», «загиблих уже семеро», «Погибших — шестеро»: the toll's noun
    /// leads and the count closes the sentence after «уже»/«вже» or a dash (a later total, often right after one more was found).
    /// The noun is the first of the few words before the marker, no other count between.
    /// </summary>
    private static void TollNounBefore(AnnotatedDocument document)
    {
        var tokens = document.Tokens;
        var counted = document.Casualties.Select(static c => c.NumberToken).ToHashSet();
        foreach (var number in document.Numbers)
        {
            var marker = number.QualifierStart - 1;
            if (!number.IsCount || marker < 1 || counted.Contains(number.Start) ||
                !(document.OriginalLower(marker) is "уже" or "вже" || Dashes.Contains(tokens[marker].Lower)))
            {
                continue;
            }

            var s = tokens[number.Start].Sentence;
            var first = document.Sentences[s].FirstToken;
            // (the count closes the clause: «постраждалих – 4 дорослих легкої … та 1 дитина» is a breakdown, not the toll)
            var after = number.End < tokens.Count && document.Lexicon.PersonNouns.Contains(tokens[number.End].Lower) ? number.End + 1 : number.End;
            if (after < document.Sentences[s].EndToken && tokens[after].Lower is not ("." or "," or ";" or "!" or "\"" or "»"))
            {
                continue;
            }

            for (var k = marker - 1; k >= Math.Max(first, marker - 6); k--)
            {
                if (tokens[k].Kind == TokenKind.Number || tokens[k].Lower is "," or ";" or ":")
                {
                    break;
                }

                if (TollNouns.TryGetValue(document.OriginalLower(k), out var field))
                {
                    document.Casualties.Add(new CasualtyMention(s, field, (int)Math.Min(number.Value, int.MaxValue), number.Qualifier, number.Flags, number.Start, null, false));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// «загинула людина, ще 18 – дістали поранення», «одна людина загинула, ще четверо поранені»: «ще» after a count of the other
    /// field in the same sentence is "and another", not "N more" of an earlier toll; the count is a plain total.
    /// </summary>
    private static void OtherFieldAnother(AnnotatedDocument document)
    {
        var casualties = document.Casualties;
        for (var i = 0; i < casualties.Count; i++)
        {
            var c = casualties[i];
            if ((c.Flags & NumberFlags.Increment) == 0 || c.Field is not (CasualtyField.Injured or CasualtyField.Killed))
            {
                continue;
            }

            var other = c.Field == CasualtyField.Injured ? CasualtyField.Killed : CasualtyField.Injured;
            if (casualties.Any(o => o.Sentence == c.Sentence && o.NumberToken < c.NumberToken && o.Field == other) &&
                !casualties.Any(o => o.Sentence == c.Sentence && o.Field == c.Field && o.NumberToken < c.NumberToken))
            {
                casualties[i] = c with { Flags = c.Flags & ~NumberFlags.Increment };
            }
        }
    }
}
