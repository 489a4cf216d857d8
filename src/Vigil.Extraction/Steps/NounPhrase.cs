using Vigil.Core;
using Vigil.Extraction.Pipeline;
using Vigil.Extraction.Rules;

namespace Vigil.Extraction.Steps;

internal enum HeadClass
{
    None,
    Person,
    Child,
    Military,
    Weapon,
    CasualtyNoun,
}

/// <summary>What a number counts: the head of the words after it ("three civilians", "an 85-drone", "40 of the unmanned aircraft", "three of them children").</summary>
internal readonly record struct NounPhrase(int End, HeadClass Head, Weapon Weapon, CasualtyKind Kind, bool Ukrainian, bool Partitive, int WholeNumber)
{
    public static NounPhrase Of(AnnotatedDocument document, NumberMention number, int limit)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        var k = number.End;
        if ((number.Flags & (NumberFlags.Article | NumberFlags.Additive)) != 0)
        {
            // "a toddler", "her neighbour": the head is the last token of the mention.
            var last = tokens[number.End - 1].Lower;
            var head = (lex.ChildNouns.Contains(last) && (number.Flags & NumberFlags.AdultByAge) == 0) || (number.Flags & NumberFlags.ChildByAge) != 0 ? HeadClass.Child
                : lex.PersonNouns.Contains(last) ? HeadClass.Person : HeadClass.None;
            if (head == HeadClass.None && (number.Flags & NumberFlags.Additive) != 0)
            {
                head = Classify(lex, tokens, number.End, limit, out var end2, out var w2, out var kind2);
                return new NounPhrase(head == HeadClass.None ? number.End : end2, head, w2, kind2, false, false, -1);
            }

            return new NounPhrase(number.End, head == HeadClass.None ? HeadClass.Person : head, Weapon.Unknown, CasualtyKind.Killed, false, false, -1);
        }

        if (k < limit && tokens[k].Lower == "-" && k + 1 < limit)
        {
            var w = lex.Weapons.MatchAt(tokens, k + 1, limit);
            if (w.Length > 0)
            {
                return new NounPhrase(w.End, HeadClass.Weapon, w.Value, CasualtyKind.Killed, false, false, -1);
            }
        }

        // "shot down 34 out of 35 drones": "out of" takes a whole as "of" does
        if (k + 2 < limit && tokens[k].Lower == "out" && tokens[k + 1].Lower == "of" &&
            (tokens[k + 2].Lower == "the" || tokens[k + 2].Kind == TokenKind.Number || document.NumberIndexAt(k + 2) >= 0))
        {
            k++;
        }

        if (k + 1 < limit && tokens[k].Lower == "of")
        {
            var next = tokens[k + 1].Lower;
            if (next is "them" or "whom" or "those" or "these" or "which")
            {
                var child = false;
                var kind = CasualtyKind.Casualties;
                for (var j = k + 2; j < Math.Min(limit, k + 6); j++)
                {
                    if (lex.ChildNouns.Contains(tokens[j].Lower))
                    {
                        child = true;
                    }
                    else if (lex.CasualtyNounHeads.TryGetValue(tokens[j].Lower, out var cue) && kind == CasualtyKind.Casualties)
                    {
                        kind = cue;
                    }
                }

                return new NounPhrase(k + 2, child ? HeadClass.Child : HeadClass.None, Weapon.Unknown, kind, false, true, -1);
            }

            // "563 of the 598 drones", "four of nine missiles" (the whole in digits or in words)
            if (next == "the" || tokens[k + 1].Kind == TokenKind.Number || document.NumberIndexAt(k + 1) >= 0)
            {
                var j = next == "the" ? k + 2 : k + 1;
                var whole = document.NumberIndexAt(j);
                if (whole >= 0)
                {
                    j = document.Numbers[whole].End;
                }

                var head = Classify(lex, tokens, j, limit, out var end, out var weapon, out var kind);
                return new NounPhrase(end, head, weapon, kind, HasUkrainian(tokens, number.End, end), true, whole);
            }
        }

        // "7 are children", "two were teenagers": a subset named after a verb
        if (k + 1 < limit && tokens[k].Lower is "are" or "were" or "was" or "is" && lex.ChildNouns.Contains(tokens[k + 1].Lower))
        {
            return new NounPhrase(k + 2, HeadClass.Child, Weapon.Unknown, CasualtyKind.Casualties, false, true, -1);
        }

        // "2 more people were injured", "three additional victims": the increment word stands before the head
        if ((number.Flags & NumberFlags.Increment) != 0 && k + 1 < limit && lex.IncrementAfter.Contains(tokens[k].Lower))
        {
            k++;
        }

        var cls = Classify(lex, tokens, k, limit, out var stop, out var wpn, out var cueKind);
        // "destroyed 4 missiles out of 6 that russia launched", "112 drones out of the 145 launched": the whole after the weapon
        var wholeAt = stop + 2 < limit && tokens[stop + 2].Lower == "the" ? stop + 3 : stop + 2;
        if (cls == HeadClass.Weapon && wholeAt < limit && tokens[stop].Lower == "out" && tokens[stop + 1].Lower == "of" && document.NumberIndexAt(wholeAt) is var outOf and >= 0)
        {
            return new NounPhrase(stop, cls, wpn, cueKind, HasUkrainian(tokens, number.End, stop), true, outOf);
        }

        return new NounPhrase(stop, cls, wpn, cueKind, HasUkrainian(tokens, number.End, stop), false, -1);
    }

    private static bool HasUkrainian(List<Token> tokens, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (tokens[j].Lower is "ukrainian" or "ukraine's" or "kyiv's")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// (15 «шахедів», 36 "Shaheds": the weapon's name in quotation marks; in English also 16 “kamikaze” drones, a word quoted before
    /// it, and a quoted weapon after an adjective): the quotation mark at <paramref name="j"/> is part of the weapon's phrase.
    /// </summary>
    private static bool QuoteAroundWeapon(Lexicon lex, List<Token> tokens, int k, int j, int limit, bool english)
    {
        var t = tokens[j].Lower;
        if (t is "«" or "\"" or "“" or "„" && (j == k || english) && j + 1 < limit &&
            (lex.Weapons.MatchAt(tokens, j + 1, limit).Length > 0 ||
             (english && j == k && j + 3 < limit && tokens[j + 2].Lower is "»" or "\"" or "”" && lex.Weapons.MatchAt(tokens, j + 3, limit).Length > 0)))
        {
            return true;
        }

        // the closing mark of “kamikaze”
        return j == k + 2 && t is "»" or "\"" or "”" && tokens[k].Lower is "«" or "\"" or "“" or "„";
    }

    private static HeadClass Classify(Lexicon lex, List<Token> tokens, int k, int limit, out int end, out Weapon weapon, out CasualtyKind kind)
    {
        weapon = Weapon.Unknown;
        kind = CasualtyKind.Casualties;
        end = k;
        var english = lex.Forms is null;
        for (var j = k; j < Math.Min(limit, k + 5); j++)
        {
            var w = lex.Weapons.MatchAt(tokens, j, limit);
            if (w.Length > 0)
            {
                // "Shahed-type attack drones": read on to the last weapon word of the phrase.
                var last = w;
                var n = w.End;
                while (n < limit && n < w.End + 3)
                {
                    var more = lex.Weapons.MatchAt(tokens, n, limit);
                    if (more.Length > 0)
                    {
                        last = more;
                        n = more.End;
                        continue;
                    }

                    // ("Shahed-136 drones": the model's number written onto its name)
                    if (tokens[n].Lower is "-" or "type" or "attack" or "strike" or "kamikaze" ||
                        (tokens[n].Kind == TokenKind.Number && tokens[n - 1].Lower == "-" && tokens[n].Start == tokens[n - 1].End))
                    {
                        n++;
                        continue;
                    }

                    break;
                }

                weapon = w.Value == Weapon.Missile || last.Value == Weapon.Missile ? Weapon.Missile : last.Value;
                end = last.End;
                // "10 shells of the Vampire rocket salvo system", "shells of the Czech (MLRS) Vampire": the launcher names the shells
                if (weapon == Weapon.Artillery && end + 1 < limit && tokens[end].Lower == "of")
                {
                    for (var m = end + 1; m < Math.Min(limit, end + 8) && tokens[m].Lower is not ("," or "." or ";" or "and" or "over" or "in" or "on"); m++)
                    {
                        if (lex.Weapons.MatchAt(tokens, m, limit) is { Length: > 0, Value: Weapon.Mlrs } launcher)
                        {
                            weapon = Weapon.Mlrs;
                            end = launcher.End;
                            break;
                        }
                    }
                }

                return HeadClass.Weapon;
            }

            var t = tokens[j].Lower;
            if (lex.CasualtyNounHeads.TryGetValue(t, out var cue))
            {
                kind = cue;
                end = j + 1;
                return HeadClass.CasualtyNoun;
            }

            if (lex.ChildNouns.Contains(t))
            {
                end = j + 1;
                // "four minor children", "two teen girls": a child word before the child noun it describes
                while (end < limit && lex.ChildNouns.Contains(tokens[end].Lower))
                {
                    end++;
                }

                return HeadClass.Child;
            }

            if (lex.MilitaryNouns.Contains(t))
            {
                end = j + 1;
                return HeadClass.Military;
            }

            if (lex.PersonNouns.Contains(t))
            {
                end = j + 1;
                // "four police officers": a person noun before another person's noun describes it
                while (end < limit && end < j + 3 && (lex.PersonNouns.Contains(tokens[end].Lower) || lex.MilitaryNouns.Contains(tokens[end].Lower)) &&
                       !lex.CasualtyCues.ContainsKey(tokens[end].Lower) && !lex.ChildNouns.Contains(tokens[end].Lower))
                {
                    end++;
                }

                // "three people, two of them children" is read by the subset rule; "civilian casualties" stays a person count.
                return HeadClass.Person;
            }

            if (tokens[j].Kind != TokenKind.Word && t != "-" && !QuoteAroundWeapon(lex, tokens, k, j, limit, english))
            {
                return HeadClass.None;
            }

            // "48 one-way attack drones": "one-way" describes the drones (its "one" counts nothing)
            if (t == "way" && j > 0 && tokens[j - 1].Lower == "-")
            {
                continue;
            }

            if (lex.Words.NounPhraseStops.Contains(t) || lex.UnitWords.Contains(t) || lex.CasualtyCues.ContainsKey(t))
            {
                return HeadClass.None;
            }
        }

        return HeadClass.None;
    }
}
