using Vigil.Core;
using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps;

/// <summary>Finds weapon words (drone, Shahed, ballistic missile, KAB, shelling, MLRS, mine…) per sentence.</summary>
internal sealed class WeaponRecognizer : IPipelineStep
{
    public void Run(AnnotatedDocument document)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        foreach (var sentence in document.Sentences)
        {
            var found = new List<WeaponMention>();
            foreach (var m in lex.Weapons.FindAll(tokens, sentence.FirstToken, sentence.EndToken))
            {
                var next = m.End < sentence.EndToken ? tokens[m.End].Lower : "";
                var prev = m.Start > sentence.FirstToken ? tokens[m.Start - 1].Lower : "";
                // "bomb shelter", "coal mine", "of mine", "anti-drone": words that do not name the weapon used.
                if ((m.Value == Weapon.GlideBomb && next is "shelter" or "shelters" or "threat") ||
                    (m.Value == Weapon.Mine && (prev is "coal" or "of" or "is" or "salt" || tokens[m.Start].Lower == "mine" && prev is not ("a" or "the" or "-" or "land" or "russian")))
                    || prev == "-" && m.Start >= 2 && tokens[m.Start - 2].Lower == "anti" && m.Value != Weapon.Mine
                    // "a mine-blast injury", "мінно-вибухова травма": a wound, not the weapon
                    || (m.Value == Weapon.Mine && next == "-"))
                {
                    continue;
                }

                var generic = lex.GenericWeapons.MatchAt(tokens, m.Start, m.End).Length == m.End - m.Start;
                found.Add(new WeaponMention(m.Start, m.End, m.Value, generic));
            }

            // "shelled the oblast and attacked it with drones": the verb beside another weapon in its sentence names one of two
            // (the noun does not: "injured in a missile strike and the shelling that followed" is one attack)
            // "a drone dropped explosives on the farm", "скидання вибухівки з БпЛА": the charge a drone carries is the drone's
            var fromDrone = found.Any(o => o.Weapon == Weapon.Drone);
            foreach (var m in found.Where(m => !(fromDrone && m.Weapon == Weapon.Mine)))
            {
                // "shelling by Russian FPV drones", "shelled with drones": the generic word is the named weapon's attack
                if (m.Generic && m.End < sentence.EndToken && tokens[m.End].Lower is "by" or "with" or "from" &&
                    found.Any(o => !o.Generic && o.Start > m.End && o.Start <= m.End + 4))
                {
                    continue;
                }

                var twoWeapons = m.Generic && tokens[m.Start].Lower == "shelled" && found.Any(o => o.Weapon != m.Weapon);
                document.Weapons.Add(twoWeapons ? m with { Generic = false } : m);
            }
        }

        // "launched rocket attacks on the region", "the rocket hit an enterprise": a bare rocket is what Ukrainian outlets' English
        // calls a missile (ракета); only in a report that names a rocket launcher (Grad, Smerch, "multiple rocket launchers") are its
        // rockets the launcher's (en set B: 8 of 9 such reports annotated missile)
        if (!document.Weapons.Any(static w => w.Weapon == Weapon.Mlrs && !w.Generic))
        {
            for (var i = 0; i < document.Weapons.Count; i++)
            {
                if (document.Weapons[i] is { Weapon: Weapon.Mlrs, Generic: true } bare)
                {
                    document.Weapons[i] = bare with { Weapon = Weapon.Missile };
                }
            }
        }
    }
}
