using Vigil.Core;
using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps;

/// <summary>
/// Quoted statements (“…”, "…", «…») with their speaker: named after the quote (", he stated",
/// "Zelenskyy asserted", "said the mayor"), before it ("Mayor Terekhov vowed: “…”"), or by a
/// pronoun that points to the last person named. A named person who is only reported ("the
/// governor detailed that …") and never quoted gets the reported clause as the statement.
/// Scare quotes (fewer than three words) are not statements.
/// </summary>
internal sealed class StatementRecognizer : IPipelineStep
{
    public void Run(AnnotatedDocument document)
    {
        FindQuotes(document);
        var quotedSpeakers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var quote in document.Quotes)
        {
            var statement = Attribute(document, quote);
            if (statement is not null && document.Statements.Count > 0 && document.Statements[^1] is { } last &&
                string.Equals(last.Speaker, statement.Speaker, StringComparison.Ordinal) && string.Equals(last.Role, statement.Role, StringComparison.Ordinal) &&
                statement.Evidence.Start <= last.Evidence.End && quote.Open - last.Evidence.Start < 400)
            {
                // "We will rebuild," Mayor Terekhov said, "but we need air defence now." — one statement in two parts
                var start = Math.Min(last.Evidence.Start, statement.Evidence.Start);
                var end = Math.Max(last.Evidence.End, statement.Evidence.End);
                document.Statements[^1] = last with { Quote = last.Quote + " " + statement.Quote, Evidence = document.EvidenceOf(start, end) };
                continue;
            }

            if (statement is not null)
            {
                document.Statements.Add(statement);
                if (statement.Speaker is not null)
                {
                    quotedSpeakers.Add(statement.Speaker);
                }
            }
        }

        AddReportedSpeech(document, quotedSpeakers);
    }

    private static void FindQuotes(AnnotatedDocument document)
    {
        var text = document.Text;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var close = c switch
            {
                '“' => '”',
                '«' => '»',
                '"' => '"',
                '„' => '“',
                _ => '\0',
            };
            if (close == '\0')
            {
                i++;
                continue;
            }

            var j = i + 1;
            // A quotation ends at its closing mark or at the end of its paragraph.
            while (j < text.Length && text[j] != close && !(text[j] == '\n' && j + 1 < text.Length && text[j + 1] is '\n' or '\r'))
            {
                if (close == '”' && (text[j] == '"' || ClosesWithOpener(text, j)))
                {
                    break;
                }

                j++;
            }

            if (j >= text.Length || (text[j] != close && !(close == '”' && (text[j] == '"' || ClosesWithOpener(text, j)))))
            {
                i++;
                continue;
            }

            var inner = text.AsSpan(i + 1, j - i - 1);
            var words = 1;
            foreach (var ch in inner)
            {
                if (ch == ' ')
                {
                    words++;
                }
            }

            if (words >= 3)
            {
                document.Quotes.Add(new QuoteSpan(i, j + 1));
            }

            i = j + 1;
        }
    }

    /// <summary>“…“: Ukrainian pages often close a quote with the opening mark; one followed by no letter or digit closes it.</summary>
    private static bool ClosesWithOpener(string text, int j) =>
        text[j] == '“' && (j + 1 >= text.Length || !char.IsLetterOrDigit(text[j + 1]));

    private static Statement? Attribute(AnnotatedDocument document, QuoteSpan quote)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        var openToken = FirstTokenAtOrAfter(tokens, quote.Open);
        var closeMark = FirstTokenAtOrAfter(tokens, quote.Close - 1);
        if (openToken >= tokens.Count || closeMark >= tokens.Count)
        {
            return null;
        }

        var openSentence = tokens[openToken].Sentence;
        var closeSentence = tokens[closeMark].Sentence;
        var closeToken = closeMark + 1;
        var closeSpan = document.Sentences[closeSentence];
        PersonMention? speaker = null;
        string? role = null;
        string? orgName = null;
        var evidenceEnd = closeSpan.End;

        // after the quote: ", he stated", "Zelenskyy asserted", "said the mayor", "eyewitness Oksana told", ", the police said"
        // Ukrainian and Russian attributions run longer ("— написав у телеграм-каналі начальник Харківської ОВА Олег …").
        var afterEnd = Math.Min(closeSpan.EndToken, closeToken + 14);
        for (var k = closeToken; k < afterEnd && speaker is null; k++)
        {
            if (document.Text[tokens[k].Start] is '“' or '"' or '«')
            {
                afterEnd = k;
                break;
            }

            speaker = document.PersonAt(k);
            // ", he said" / «, — написав він»: the pronoun before or after the speech verb points back to the last person named
            if (speaker is null && lex.Words.SpeakerReferences.Contains(tokens[k].Lower) &&
                ((k + 1 < afterEnd && lex.SpeechVerbs.Contains(tokens[k + 1].Lower)) || (k > closeToken && lex.SpeechVerbs.Contains(tokens[k - 1].Lower))))
            {
                speaker = ClaimantRecognizer.LastPerson(document, openToken, null);
                break;
            }
        }

        for (var k = closeToken; k < afterEnd && speaker is null && role is null; k++)
        {
            if (RoleAt(document, k, afterEnd) is { } r)
            {
                speaker = ClaimantRecognizer.LastPerson(document, openToken, r);
                role = r;
                break;
            }

            var org = lex.Organizations.MatchAt(tokens, k, afterEnd);
            if (org.Length > 0)
            {
                role = org.Value.Role;
                orgName = org.Value.Name;
                break;
            }
        }

        // "…," Vilkul wrote. / «…», — написав Олещук: a surname beside the speech verb, whose full name the text gives elsewhere
        if (speaker is null && orgName is null && role is null)
        {
            speaker = SurnameBesideVerb(document, closeToken, afterEnd);
        }

        // "…," the post says. / «…», — йдеться у повідомленні: the post of the person named in the sentences just before
        if (speaker is null && orgName is null && role is null)
        {
            for (var k = closeToken; k < Math.Min(afterEnd, closeToken + 6); k++)
            {
                if (lex.Words.PostReferences.Contains(tokens[k].Lower))
                {
                    speaker = ClaimantRecognizer.LastPerson(document, openToken, null) is { } author && tokens[author.Start].Sentence >= openSentence - PostAuthorReach
                        ? author : null;
                    break;
                }
            }
        }

        // before the quote, in its sentence: the last person named ("Mayor Terekhov vowed …: “…”"), or "She said: “…”"
        if (speaker is null && orgName is null && role is null)
        {
            var openSpan = document.Sentences[openSentence];
            for (var k = openToken - 1; k >= openSpan.FirstToken; k--)
            {
                var person = document.PersonAt(k);
                if (person is not null)
                {
                    speaker = person;
                    break;
                }

                if (document.Quotes.Count > 0 && document.Text[tokens[k].Start] is '”' or '"' or '»')
                {
                    break; // the words before belong to an earlier quote
                }

                if (lex.Words.SpeakerReferences.Contains(tokens[k].Lower))
                {
                    speaker = ClaimantRecognizer.LastPerson(document, k, null);
                    break;
                }

                var org = lex.Organizations.MatchAt(tokens, k, openToken);
                if (org.Length > 0)
                {
                    orgName = org.Value.Name;
                    role = org.Value.Role;
                    break;
                }
            }
        }

        // "Kim told reporters:" on its own line, the quote on the next: the person of the sentence that ends in the colon
        if (speaker is null && orgName is null && role is null && openToken == document.Sentences[openSentence].FirstToken && openSentence > 0)
        {
            speaker = IntroducedByColon(document, document.Sentences[openSentence - 1]);
        }

        if (speaker is null && orgName is null && role is null)
        {
            return null;
        }

        var channel = ChannelIn(document, document.Sentences[openSentence].FirstToken, closeSpan.EndToken, openToken, closeToken);
        var start = Math.Min(document.Sentences[openSentence].Start, quote.Open);
        evidenceEnd = Math.Max(evidenceEnd, quote.Close);
        var quoteText = document.Text[(quote.Open + 1)..(quote.Close - 1)].Trim().TrimEnd(',');
        // An organisation speaks without a personal name: speaker null, its role kept ("the police said").
        return new Statement(speaker?.Name, speaker?.Role ?? role, channel, quoteText, document.EvidenceOf(start, evidenceEnd));
    }

    /// <summary>The last person named in a sentence that ends in a colon (the quote's introduction), or the surname just before the colon.</summary>
    private static PersonMention? IntroducedByColon(AnnotatedDocument document, SentenceSpan before)
    {
        var tokens = document.Tokens;
        var last = before.EndToken - 1;
        if (last <= before.FirstToken || tokens[last].Lower != ":")
        {
            return null;
        }

        for (var k = last - 1; k >= before.FirstToken; k--)
        {
            if (document.PersonAt(k) is { } person)
            {
                return person;
            }
        }

        var word = tokens[last - 1];
        return word.Kind == TokenKind.Word && word.Capitalized && document.PlaceAt(last - 1) is null &&
               FullName(document, document.Text[word.Start..word.End], last - 1) is var (start, name)
            ? new PersonMention(start, start + 2, name, null) : null;
    }

    /// <summary>
    /// One capitalised word right before or after a speech verb following the quote, read as a surname when the text names
    /// the person in full somewhere (a forename before the same surname, in any case form where forms are known): that full
    /// name is the speaker. A word the text never gives a forename to (an agency, a country) names no one.
    /// </summary>
    private static PersonMention? SurnameBesideVerb(AnnotatedDocument document, int from, int end)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        for (var k = from; k < end; k++)
        {
            var t = tokens[k];
            var besideVerb = (k + 1 < end && lex.SpeechVerbs.Contains(tokens[k + 1].Lower)) || (k > from && lex.SpeechVerbs.Contains(tokens[k - 1].Lower));
            if (t.Kind != TokenKind.Word || !t.Capitalized || !besideVerb || (k + 1 < end && tokens[k + 1].Capitalized) ||
                document.PlaceAt(k) is not null || lex.NotPlaceWords.Contains(t.Lower) || lex.Organizations.MatchAt(tokens, k, end).Length > 0 ||
                lex.Roles.MatchAt(tokens, k, end).Length > 0)
            {
                continue;
            }

            var surname = document.Text[t.Start..t.End];
            return FullName(document, surname, k) is var (start, name) ? new PersonMention(start, start + 2, name, null) : null;
        }

        return null;
    }

    /// <summary>
    /// The first "Forename Surname" with this surname before the token (where a person is introduced), within a few pages of
    /// text so that a huge input with many quotes stays linear; the name read back to the nominative where forms are known.
    /// </summary>
    private static (int Start, string Name)? FullName(AnnotatedDocument document, string surname, int before)
    {
        var tokens = document.Tokens;
        var forms = document.Lexicon.Forms;
        for (var j = Math.Max(1, before - FullNameReach); j < before; j++)
        {
            var (first, last) = (tokens[j - 1], tokens[j]);
            if (first.Kind != TokenKind.Word || last.Kind != TokenKind.Word || !first.Capitalized || !last.Capitalized || first.Sentence != last.Sentence ||
                document.Lexicon.Roles.MatchAt(tokens, j - 1, j).Length > 0 || document.Lexicon.NotPlaceWords.Contains(first.Lower) || document.PlaceAt(j - 1) is not null)
            {
                continue;
            }

            var written = document.Text[first.Start..last.End];
            if (forms is null)
            {
                if (string.Equals(document.Text[last.Start..last.End], surname, StringComparison.OrdinalIgnoreCase) && first.End - first.Start > 1)
                {
                    return (j - 1, written);
                }

                continue;
            }

            if (forms.IsForename(first.Lower) && forms.Nominative(written) is var nominative &&
                nominative.EndsWith(" " + surname, StringComparison.OrdinalIgnoreCase))
            {
                return (j - 1, nominative);
            }
        }

        return null;
    }

    private const int FullNameReach = 3000;

    /// <summary>Sentences back to the official whose post a quote is: the one who "reported this" just before it.</summary>
    private const int PostAuthorReach = 3;

    /// <summary>
    /// A title at this token: as the lexicon lists it, or with the region's adjective inside it («— уточнив очільник Харківської
    /// ОВА»), which names whose administration it is and is no part of the role.
    /// </summary>
    private static string? RoleAt(AnnotatedDocument document, int k, int end)
    {
        var tokens = document.Tokens;
        var r = document.Lexicon.Roles.MatchAt(tokens, k, end);
        if (r.Length > 0)
        {
            return r.Value;
        }

        if (document.Lexicon.Forms is null || k + 2 >= end || !tokens[k + 1].Capitalized || !Slavic.OfficialTitleRecognizer.IsPlaceAdjective(tokens[k + 1].Lower))
        {
            return null;
        }

        var without = new List<Token>(4) { tokens[k] };
        for (var j = k + 2; j < Math.Min(end, k + 8); j++)
        {
            without.Add(tokens[j]);
        }

        r = document.Lexicon.Roles.MatchAt(without, 0, without.Count);
        return r.Length > 1 ? r.Value : null;
    }

    private static string? ChannelIn(AnnotatedDocument document, int from, int to, int quoteOpen, int quoteClose)
    {
        var tokens = document.Tokens;
        for (var k = from; k < to; k++)
        {
            if (k >= quoteOpen && k < quoteClose)
            {
                continue;
            }

            var m = document.Lexicon.Channels.MatchAt(tokens, k, to);
            if (m.Length > 0 && k > 0 && tokens[k - 1].Lower is "on" or "via" or "in" or "to")
            {
                return m.Value;
            }
        }

        return null;
    }

    private static void AddReportedSpeech(AnnotatedDocument document, HashSet<string> quotedSpeakers)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in document.Persons)
        {
            if (quotedSpeakers.Contains(person.Name) || reported.Contains(person.Name) || person.Role is null)
            {
                continue;
            }

            var sentence = document.Sentences[tokens[person.Start].Sentence];
            for (var k = person.End; k < Math.Min(sentence.EndToken - 1, person.End + 3); k++)
            {
                if (lex.SpeechVerbs.Contains(tokens[k].Lower) && tokens[k + 1].Lower == "that" && k + 2 < sentence.EndToken)
                {
                    var start = tokens[k + 2].Start;
                    var end = sentence.End;
                    while (end > start && document.Text[end - 1] is '.' or '!' or ' ')
                    {
                        end--;
                    }

                    var channel = ChannelIn(document, sentence.FirstToken, sentence.EndToken, -1, -1);
                    document.Statements.Add(new Statement(person.Name, person.Role, channel, document.Text[start..end],
                        document.EvidenceOf(sentence.Start, sentence.End)));
                    reported.Add(person.Name);
                    break;
                }
            }
        }
    }

    private static int FirstTokenAtOrAfter(List<Token> tokens, int offset)
    {
        var lo = 0;
        var hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
