using Vigil.Core;
using Vigil.Extraction.Pipeline;
using Vigil.Extraction.Rules;

namespace Vigil.Extraction.Steps;

/// <summary>
/// Finds people ("Mayor Ihor Terekhov", "Ivan Fedorov, head of the regional military
/// administration,", "Zelenskyy said") and, per sentence, who is stated as the source of what it
/// says: "according to X", "X said/wrote/confirmed", "said X", "he said" (the last person named),
/// organisations (air force, emergency service, police) and the other side's defence ministry.
/// </summary>
internal sealed class ClaimantRecognizer : IPipelineStep
{
    public void Run(AnnotatedDocument document)
    {
        FindPersons(document);
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            if (FindClaimant(document, s) is { } claimant)
            {
                document.Claimants.Add(claimant);
            }
        }
    }

    private static void FindPersons(AnnotatedDocument document)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        foreach (var sentence in document.Sentences)
        {
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                // A person a language's own step found ("голова Закарпатської ОВА Мирослава Ткачук") stands.
                if (document.PersonAt(i) is { } found)
                {
                    i = Math.Max(found.End, i + 1);
                    continue;
                }

                var org = lex.Organizations.MatchAt(tokens, i, sentence.EndToken);
                if (org.Length > 0 && !(org.Value.Name is "officials" or "authorities"))
                {
                    // "the head of the Zaporizhzhia Regional Military Administration Ivan Fedorov": a full name right after the body a
                    // head's title names is that head (with a comma between, the apposition rule below reads it)
                    var nameEnd = CapitalRun(document, org.End, sentence.EndToken);
                    if (lex.Forms is null && org.Value.Role is { } headOf && CountWords(tokens, org.End, nameEnd) == 2 &&
                        Enumerable.Range(Math.Max(sentence.FirstToken, i - 5), i - Math.Max(sentence.FirstToken, i - 5)).Any(k => tokens[k].Lower is "head" or "chief"))
                    {
                        AddPerson(document, org.End, nameEnd, headOf);
                        i = nameEnd;
                        continue;
                    }

                    i = org.End; // "the UN Human Rights Monitoring Mission says": a body, not a person
                    continue;
                }

                var role = lex.Roles.MatchAt(tokens, i, sentence.EndToken);
                if (role.Length > 0)
                {
                    // "глава областной военной администрации (ОВА) Олег Синегубов": the title's abbreviation in brackets
                    var nameFrom = role.End + 2 < sentence.EndToken && tokens[role.End].Lower == "(" && tokens[role.End + 2].Lower == ")" ? role.End + 3 : role.End;
                    var runEnd = CapitalRun(document, nameFrom, sentence.EndToken);
                    // «мэр Харькова», «губернатор Курской области»: in a language with cases one capitalised word after a title,
                    // not the surname of someone named before, is the place the official governs
                    if (runEnd == nameFrom + 1 && lex.Forms is not null && FindBySurname(document, tokens[nameFrom].Lower) is null)
                    {
                        // («житель Никополя пострадал»: a resident's town is where the count is, no office's seat)
                        if (KindOfRole(role.Value) != ClaimantKind.Witness)
                        {
                            KeepWithTitle(document, nameFrom, runEnd);
                        }

                        i = runEnd;
                        continue;
                    }

                    if (runEnd > nameFrom)
                    {
                        AddPerson(document, NameStart(document, nameFrom, runEnd), runEnd, RoleOfSpokesperson(document, role, sentence) ?? role.Value);
                        i = runEnd;
                        continue;
                    }

                    i = role.End;
                    continue;
                }

                if (tokens[i].Capitalized && tokens[i].Kind == TokenKind.Word)
                {
                    var runEnd = CapitalRun(document, i, sentence.EndToken);
                    if (runEnd > i)
                    {
                        // "in Donetsk Oblast, a spokesman said": a run ending in a place word is a place, no name in apposition
                        var words = lex.PlaceWrappersAfter.Contains(tokens[runEnd - 1].Lower) ? 0 : CountWords(tokens, i, runEnd);
                        var apposition = words >= 2 ? RoleInApposition(document, runEnd, sentence.EndToken) : null;
                        var speaking = IsSpeechVerb(lex, tokens, runEnd, sentence.EndToken) ||
                                       (i > sentence.FirstToken && lex.SpeechVerbs.Contains(tokens[i - 1].Lower));
                        var known = FindBySurname(document, tokens[runEnd - 1].Lower);
                        // "the head of the Dnipropetrovsk regional military administration, Serhiy Lysak, reported": a full name set off by commas after a title
                        apposition ??= words >= 2 && !lex.PlaceWrappersAfter.Contains(tokens[runEnd - 1].Lower) &&
                                       (runEnd >= sentence.EndToken || tokens[runEnd].Lower is "," or "." || IsSpeechVerb(lex, tokens, runEnd, sentence.EndToken))
                            ? TitleBeforeComma(document, i, sentence.FirstToken)
                            : null;
                        if (apposition is not null || (words >= 2 && speaking))
                        {
                            AddPerson(document, NameStart(document, i, runEnd), runEnd, apposition);
                        }
                        else if (words == 1 && known is not null)
                        {
                            document.Persons.Add(known with { Start = i, End = runEnd });
                        }

                        i = runEnd;
                        continue;
                    }
                }

                i++;
            }
        }

        document.SortPersons();
    }

    /// <summary>The role of a title that ends, with a comma, just before <paramref name="nameStart"/> ("the city's mayor, …"), else null.</summary>
    private static string? TitleBeforeComma(AnnotatedDocument document, int nameStart, int floor)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        if (nameStart - 1 <= floor || tokens[nameStart - 1].Lower != ",")
        {
            return null;
        }

        var role = lex.Roles.MatchEndingAt(tokens, nameStart - 1, floor);
        if (role.Length > 0)
        {
            return role.Value;
        }

        var org = lex.Organizations.MatchEndingAt(tokens, nameStart - 1, floor);
        return org.Length > 0 && !(org.Value.Name is "officials" or "authorities") ? org.Value.Role : null;
    }

    /// <summary>"air force spokesman Yurii Ihnat", "its spokesperson X": a spokesperson speaks in the role of the body.</summary>
    private static string? RoleOfSpokesperson(AnnotatedDocument document, Rules.PhraseMatch<string> role, SentenceSpan sentence)
    {
        if (role.Value != "spokesperson")
        {
            return null;
        }

        var lex = document.Lexicon;
        var tokens = document.Tokens;
        var org = lex.Organizations.MatchEndingAt(tokens, role.Start, sentence.FirstToken);
        if (org.Length > 0)
        {
            return org.Value.Role;
        }

        if (role.Start > sentence.FirstToken && tokens[role.Start - 1].Lower is "its" or "their")
        {
            // the body named last, in this sentence or the ones before
            for (var k = role.Start - 2; k >= Math.Max(0, role.Start - 60); k--)
            {
                var m = lex.Organizations.MatchAt(tokens, k, role.Start);
                if (m.Length > 0)
                {
                    return m.Value.Role;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Where the name begins in a run of capitalised words: past an abbreviation that ends a title ("начальник ХОВА Олег
    /// Синегубов"), and in a language whose forenames are listed, at the forename ("мэр Харькова Игорь Терехов").
    /// </summary>
    private static int NameStart(AnnotatedDocument document, int start, int runEnd)
    {
        var tokens = document.Tokens;
        var forms = document.Lexicon.Forms;
        // "the head of the RMA Pronin said": an abbreviation before a surname written in mixed case is the title's, not the name's
        while (runEnd - start >= 2 && tokens[start].Kind == TokenKind.Word &&
               ((Slavic.OfficialTitleRecognizer.IsAllCaps(document.Text.AsSpan(tokens[start].Start, tokens[start].End - tokens[start].Start)) &&
                 (runEnd - start > 2 || !Slavic.OfficialTitleRecognizer.IsAllCaps(document.Text.AsSpan(tokens[start + 1].Start, tokens[start + 1].End - tokens[start + 1].Start)))) ||
                (forms is not null && forms.IsGloss(document.Text[tokens[start].Start..tokens[start].End].ToLowerInvariant()))))
        {
            start++; // "Позже Федоров": a common word that opens the sentence is no part of the name
        }

        // "Lviv RMA Maksym Kozytskyi": a title ending in an abbreviation, the place before it included, ends before the name
        for (var k = runEnd - 3; k > start; k--)
        {
            if (tokens[k].Kind == TokenKind.Word && Slavic.OfficialTitleRecognizer.IsAllCaps(document.Text.AsSpan(tokens[k].Start, tokens[k].End - tokens[k].Start)))
            {
                KeepWithTitle(document, start, k + 1);
                start = k + 1;
                break;
            }
        }

        // «Глава Энергодара Максим Пухов», «Позже Федоров»: where forenames are known, a name that has one starts at it; the
        // title's words before it stay with the mention
        if (forms is not null && !forms.IsForename(tokens[start].Lower))
        {
            for (var k = start + 1; k < runEnd - 1; k++)
            {
                if (forms.IsForename(tokens[k].Lower))
                {
                    KeepWithTitle(document, start, k);
                    return k;
                }
            }
        }

        return start;
    }

    private static void KeepWithTitle(AnnotatedDocument document, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            document.NameTitleTokens.Add(t);
        }
    }

    /// <summary>Capitalised words that can form a name: not roles, organisations, weekdays or other known non-names.</summary>
    private static int CapitalRun(AnnotatedDocument document, int start, int limit)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        var k = start;
        while (k < limit && k < start + 6)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Word && t.Capitalized && !lex.NotPlaceWords.Contains(t.Lower) &&
                lex.Roles.MatchAt(tokens, k, limit).Length == 0 && lex.Organizations.MatchAt(tokens, k, limit).Length == 0 &&
                !lex.PersonNouns.Contains(t.Lower) && !lex.ChildNouns.Contains(t.Lower))
            {
                k++;
                if (t.Lower.EndsWith("'s", StringComparison.Ordinal))
                {
                    break;
                }

                continue;
            }

            if (t.Lower == "-" && k > start && k + 1 < limit && tokens[k + 1].Capitalized && tokens[k].Start == tokens[k - 1].End)
            {
                k++;
                continue;
            }

            break;
        }

        while (k > start && tokens[k - 1].Kind != TokenKind.Word)
        {
            k--;
        }

        return k;
    }

    private static int CountWords(List<Token> tokens, int start, int end)
    {
        var n = 0;
        for (var k = start; k < end; k++)
        {
            if (tokens[k].Kind == TokenKind.Word)
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>", the mayor of X," / ", head of the regional military administration," after a name.</summary>
    private static string? RoleInApposition(AnnotatedDocument document, int runEnd, int limit)
    {
        var tokens = document.Tokens;
        if (runEnd >= limit || tokens[runEnd].Lower != ",")
        {
            return null;
        }

        for (var k = runEnd + 1; k < Math.Min(limit, runEnd + 10); k++)
        {
            if (tokens[k].Lower is "," or "." or ";" or ":")
            {
                break;
            }

            var role = document.Lexicon.Roles.MatchAt(tokens, k, limit);
            if (role.Length > 0)
            {
                return role.Value;
            }
        }

        return null;
    }

    private static bool IsSpeechVerb(Lexicon lex, List<Token> tokens, int k, int limit)
    {
        if (k < limit && tokens[k].Lower == ",")
        {
            return false;
        }

        return k < limit && (lex.SpeechVerbs.Contains(tokens[k].Lower) ||
            (k + 1 < limit && tokens[k].Lower is "has" or "had" or "also" && lex.SpeechVerbs.Contains(tokens[k + 1].Lower)));
    }

    private static void AddPerson(AnnotatedDocument document, int start, int end, string? role)
    {
        var tokens = document.Tokens;
        var name = document.Text[tokens[start].Start..tokens[end - 1].End];
        if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal))
        {
            name = name[..^2];
        }

        var single = CountWords(tokens, start, end) == 1;
        if (single && FindBySurname(document, tokens[end - 1].Lower) is { } known)
        {
            document.Persons.Add(known with { Start = start, End = end, Role = role ?? known.Role });
            return;
        }

        document.Persons.Add(new PersonMention(start, end, name, role));
    }

    private static PersonMention? FindBySurname(AnnotatedDocument document, string lowerSurname)
    {
        var surname = lowerSurname.EndsWith("'s", StringComparison.Ordinal) ? lowerSurname[..^2] : lowerSurname;
        for (var p = document.Persons.Count - 1; p >= 0 && p >= document.Persons.Count - 50; p--)
        {
            var person = document.Persons[p];
            var last = person.Name.Split(' ')[^1];
            if (last.Length > 1 && string.Equals(last, surname, StringComparison.OrdinalIgnoreCase) && person.Name.Contains(' ', StringComparison.Ordinal))
            {
                return person;
            }
        }

        return null;
    }

    private static ClaimantMention? FindClaimant(AnnotatedDocument document, int s)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        var sentence = document.Sentences[s];

        if (lex.AdversaryClaimants.Contains(tokens, sentence.FirstToken, sentence.EndToken))
        {
            return new ClaimantMention(s, new Claimant("Russian Ministry of Defence", "defence ministry", ClaimantKind.Military), true);
        }

        var hasSpeech = false;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (lex.SpeechVerbs.Contains(tokens[k].Lower))
            {
                hasSpeech = true;
                break;
            }
        }

        if (!hasSpeech)
        {
            return null;
        }

        // "according to X"
        for (var k = sentence.FirstToken; k + 1 < sentence.EndToken; k++)
        {
            if (tokens[k].Lower == "according" && tokens[k + 1].Lower == "to")
            {
                if (EntityAt(document, s, k + 2, k + 6) is { } entity)
                {
                    return new ClaimantMention(s, entity, false);
                }
            }
        }

        // a person named in the sentence
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (document.PersonAt(k) is { } person)
            {
                return new ClaimantMention(s, ToClaimant(person), false);
            }
        }

        // an organisation
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var org = lex.Organizations.MatchAt(tokens, k, sentence.EndToken);
            if (org.Length > 0)
            {
                return new ClaimantMention(s, org.Value, false);
            }
        }

        // "he said", "the governor said": the last person named before, with that role if one is given
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var role = lex.Roles.MatchAt(tokens, k, sentence.EndToken);
            if (role.Length > 0)
            {
                var person = LastPerson(document, sentence.FirstToken, role.Value);
                return new ClaimantMention(s, person is null ? new Claimant(null, role.Value, KindOfRole(role.Value)) : ToClaimant(person), false);
            }

            if (tokens[k].Lower is "he" or "she" && k + 1 < sentence.EndToken && IsSpeechVerb(lex, tokens, k + 1, sentence.EndToken))
            {
                var person = LastPerson(document, sentence.FirstToken, null);
                if (person is not null)
                {
                    return new ClaimantMention(s, ToClaimant(person), false);
                }
            }
        }

        return null;
    }

    private static Claimant? EntityAt(AnnotatedDocument document, int s, int from, int to)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        var sentence = document.Sentences[s];
        to = Math.Min(to, sentence.EndToken);
        for (var k = from; k < Math.Min(sentence.EndToken, to + 2); k++)
        {
            if (document.PersonAt(k) is { } person)
            {
                return ToClaimant(person);
            }
        }

        for (var k = from; k < to; k++)
        {
            var org = lex.Organizations.MatchAt(tokens, k, sentence.EndToken);
            if (org.Length > 0)
            {
                return org.Value;
            }

            var role = lex.Roles.MatchAt(tokens, k, sentence.EndToken);
            if (role.Length > 0)
            {
                var person = LastPerson(document, sentence.FirstToken, role.Value);
                return person is null ? new Claimant(null, role.Value, KindOfRole(role.Value)) : ToClaimant(person);
            }
        }

        return null;
    }

    // «Губернатор Ростовской области Юрий Слюсарь … — прозвучало в сообщении главы региона»: the head of a region is one office
    // whether a title calls him governor or head of the regional administration
    private static readonly HashSet<string> RegionHeads = new(StringComparer.Ordinal)
    {
        "governor", "regional governor", "head of the regional military administration",
    };

    internal static PersonMention? LastPerson(AnnotatedDocument document, int beforeToken, string? role)
    {
        // Persons are added left to right: start from the last one before the token.
        var last = SortedSearch.LastBefore(document.Persons, static p => p.Start, beforeToken);

        for (var p = last; p >= 0 && p > last - 50; p--)
        {
            var person = document.Persons[p];
            if (person.Start < beforeToken && (role is null || string.Equals(person.Role, role, StringComparison.Ordinal) ||
                                               (RegionHeads.Contains(role) && person.Role is { } held && RegionHeads.Contains(held))))
            {
                return person;
            }
        }

        return null;
    }

    internal static Claimant ToClaimant(PersonMention person) => new(person.Name, person.Role, KindOfRole(person.Role));

    internal static ClaimantKind KindOfRole(string? role) => role switch
    {
        null => ClaimantKind.Unattributed,
        "mayor" or "governor" or "head of the community" or "village head" or "council head" or "secretary of the city council" or "head of the regional council" => ClaimantKind.LocalAuthority,
        _ when role.StartsWith("head of the", StringComparison.Ordinal) => ClaimantKind.LocalAuthority,
        "president" or "prime minister" or "minister" or "foreign minister" or "interior minister" or "prosecutor" or "ombudsman" or "spokesperson" => ClaimantKind.NationalBody,
        "eyewitness" or "resident" or "survivor" or "doctor" or "nurse" or "volunteer" => ClaimantKind.Witness,
        "police" or "emergency service" => ClaimantKind.EmergencyService,
        "air force" or "military" => ClaimantKind.Military,
        _ => ClaimantKind.Unattributed,
    };
}
