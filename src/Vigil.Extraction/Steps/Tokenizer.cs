using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps;

/// <summary>
/// Cuts each sentence into words, numbers, times and punctuation. Words keep inner apostrophes
/// ("Russia's"); hyphens and dashes are tokens of their own so "41-year-old" and "twenty-one" can
/// be read by later steps. Lower-case forms fold typographic apostrophes to '.
/// </summary>
internal sealed class Tokenizer : IPipelineStep
{
    public void Run(AnnotatedDocument document)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        // A language with case endings reads each word form as the lexicon word it inflects.
        var forms = document.Lexicon.Forms;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            var first = tokens.Count;
            var i = sentence.Start;
            while (i < sentence.End)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c) || char.IsControl(c))
                {
                    i++;
                    continue;
                }

                var start = i;
                if (char.IsLetter(c))
                {
                    while (i < sentence.End && (char.IsLetterOrDigit(text[i]) ||
                           (IsApostrophe(text[i]) && i + 1 < sentence.End && char.IsLetter(text[i + 1]) && i > start)))
                    {
                        i++;
                    }

                    var lower = Lower(text, start, i);
                    tokens.Add(new Token(start, i, TokenKind.Word, forms is null ? lower : forms.Normalize(lower), char.IsUpper(c), s));
                }
                else if (char.IsDigit(c))
                {
                    var kind = TokenKind.Number;
                    while (i < sentence.End)
                    {
                        if (char.IsDigit(text[i]))
                        {
                            i++;
                        }
                        else if (text[i] is ',' or '.' && i + 1 < sentence.End && char.IsDigit(text[i + 1]))
                        {
                            i++;
                        }
                        else if (forms is not null && IsGroupSpace(text, i, start, sentence.End))
                        {
                            i++; // "3 664", "12 000": Ukrainian and Russian group thousands with a space
                        }
                        else if (text[i] == ':' && i + 1 < sentence.End && char.IsDigit(text[i + 1]))
                        {
                            kind = TokenKind.Time;
                            i++;
                        }
                        else
                        {
                            break;
                        }
                    }

                    var digits = text[start..i];
                    tokens.Add(new Token(start, i, kind, forms is null ? digits : digits.Replace(" ", "", StringComparison.Ordinal)
                        .Replace("\u00A0", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal), false, s));
                }
                else
                {
                    i++;
                    // A surrogate pair is one symbol: keep both halves in one token so spans stay valid.
                    if (char.IsHighSurrogate(c) && i < sentence.End && char.IsLowSurrogate(text[i]))
                    {
                        i++;
                    }

                    var lower = c is '‘' or '’' ? "'" : c is '–' or '—' or '−' ? "—" : text[start..i];
                    tokens.Add(new Token(start, i, TokenKind.Punct, lower, false, s));
                }
            }

            document.Sentences[s] = sentence with { FirstToken = first, EndToken = tokens.Count };
        }
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    /// <summary>A space between a group of one to three digits and exactly three more: "3 664" is one number.</summary>
    private static bool IsGroupSpace(string text, int i, int start, int end)
    {
        if (text[i] is not (' ' or '\u00A0' or '\u202F'))
        {
            return false;
        }

        if (i + 3 >= end || !char.IsDigit(text[i + 1]) || !char.IsDigit(text[i + 2]) || !char.IsDigit(text[i + 3]) ||
            (i + 4 < end && char.IsDigit(text[i + 4])))
        {
            return false;
        }

        // the group before the space: at most three digits since the start or the previous space
        var k = i - 1;
        while (k >= start && char.IsDigit(text[k]))
        {
            k--;
        }

        return i - 1 - k is >= 1 and <= 3 && (k < start || text[k] is ' ' or '\u00A0' or '\u202F');
    }

    private static string Lower(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        var needsCopy = false;
        foreach (var ch in span)
        {
            if (char.IsUpper(ch) || ch == '’')
            {
                needsCopy = true;
                break;
            }
        }

        if (!needsCopy)
        {
            return span.ToString();
        }

        return string.Create(span.Length, (text, start), static (dest, state) =>
        {
            var source = state.text.AsSpan(state.start, dest.Length);
            for (var k = 0; k < dest.Length; k++)
            {
                var ch = source[k];
                dest[k] = ch == '’' ? '\'' : char.ToLowerInvariant(ch);
            }
        });
    }
}
