using System.Globalization;
using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps;

/// <summary>
/// Resolves date expressions against the publication date: "overnight", "last night", "today",
/// "yesterday", "(early|late|on) Tuesday", "Friday's attack", "Tuesday night", "overnight into
/// Wednesday", "1 December", "December 1". A night takes the day it ends on. A month named alone
/// ("in April") before the publication month marks a past event rather than a date.
/// </summary>
internal sealed class DateRecognizer : IPipelineStep
{
    public void Run(AnnotatedDocument document)
    {
        var published = document.Info.Published;
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        foreach (var sentence in document.Sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var word = StripPossessive(tokens[i].Lower);

                if (published is { } pub)
                {
                    var rel = lex.RelativeDays.MatchAt(tokens, i, sentence.EndToken);
                    if (rel.Length > 0)
                    {
                        var overnight = tokens[i].Lower is "overnight" or "last" or "tonight" or "on";
                        // "overnight into Wednesday", "overnight on Tuesday": the weekday decides.
                        var after = rel.End;
                        if (after + 1 < sentence.EndToken && tokens[after].Lower is "into" or "to" or "on" or "of" &&
                            lex.Weekdays.TryGetValue(StripPossessive(tokens[after + 1].Lower), out var into))
                        {
                            var day = MostRecent(pub, into);
                            var ends = tokens[after].Lower is "into" or "to" ? day : NightEnd(day, pub);
                            document.Dates.Add(new DateMention(i, after + 2, ends, true, false));
                            i = after + 1;
                            continue;
                        }

                        if (tokens[i].Lower == "on")
                        {
                            continue; // "on the night" without a weekday says nothing
                        }

                        // "overnight on Feb. 23", "last night, February 23": the stated day is the date, not the report's
                        if (overnight && after + 1 < sentence.EndToken && tokens[after].Lower is "on" or "of" or "," && MonthDayFollows(tokens, lex, after + 1, sentence.EndToken))
                        {
                            i = after;
                            continue;
                        }

                        // «в ніч на середу», «в ночь на 13 сентября»: a night named by the day it ends on (the phrase ends in its «на»)
                        if (rel.Value == 0 && after < sentence.EndToken && document.Text.AsSpan(tokens[after - 1].Start, tokens[after - 1].End - tokens[after - 1].Start) is "на" or "На")
                        {
                            if (lex.Weekdays.TryGetValue(StripPossessive(tokens[after].Lower), out var endsOn))
                            {
                                document.Dates.Add(new DateMention(i, after + 1, MostRecent(pub, endsOn), true, false));
                                i = after;
                                continue;
                            }

                            if (after + 1 < sentence.EndToken && TryDay(tokens[after], out _) && lex.Months.ContainsKey(tokens[after + 1].Lower))
                            {
                                i = after - 1; // the stated day that follows is the night's date
                                continue;
                            }
                        }

                        // «Минулої ночі, з 16 на 17 вересня» published on the 18th: the day stated beside the relative one is the date
                        // (where the two agree, «Вчора, 17 лютого», the relative mention stands as before)
                        if (StatedDayInApposition(document, lex, after, sentence.EndToken) is { } stated && stated != pub.AddDays(rel.Value).Day)
                        {
                            i = after - 1;
                            continue;
                        }

                        // «увечері в суботу, 21 червня», «увечері неділі»: a time of day before the day it names is that day's, not today's
                        if (rel.Value == 0 && !overnight && DayFollows(document, lex, after, sentence.EndToken))
                        {
                            i = after - 1;
                            continue;
                        }

                        document.Dates.Add(new DateMention(i, rel.End, pub.AddDays(rel.Value), overnight, false));
                        i = rel.End - 1;
                        continue;
                    }

                    if (lex.Weekdays.TryGetValue(word, out var weekday))
                    {
                        var day = MostRecent(pub, weekday);
                        var end = i + 1;
                        var night = false;
                        if (end < sentence.EndToken && tokens[end].Lower is "night" or "overnight")
                        {
                            night = true;
                            end++;
                        }

                        var prev2 = i >= sentence.FirstToken + 3 ? tokens[i - 3].Lower + " " + tokens[i - 2].Lower + " " + tokens[i - 1].Lower : "";
                        if (prev2.EndsWith("the night of", StringComparison.Ordinal))
                        {
                            night = true;
                        }

                        var date = night ? NightEnd(day, pub) : day;
                        document.Dates.Add(new DateMention(i, end, date, night, false));
                        i = end - 1;
                        continue;
                    }
                }

                // "1 December", "1 December 2024", "December 1", "10-11 June" (a night: the later day)
                // English "may" in lower case is the verb; «травня»/«мая» arrive glossed "may" and are the month
                if (lex.Months.TryGetValue(word, out var month) && !(word == "may" && !tokens[i].Capitalized && document.Text[tokens[i].Start] == 'm'))
                {
                    var day = 0;
                    var start = i;
                    var end = i + 1;
                    if (i > sentence.FirstToken && TryDay(tokens[i - 1], out var d1))
                    {
                        day = d1;
                        start = i - 1;
                    }
                    else if (end + 1 < sentence.EndToken && tokens[end].Lower == "." && word.Length <= 4 && TryDay(tokens[end + 1], out var d4))
                    {
                        // "Aug. 8": an abbreviated month
                        day = d4;
                        end += 2;
                    }
                    else if (end < sentence.EndToken && TryDay(tokens[end], out var d2))
                    {
                        day = d2;
                        end++;
                        // "June 10-11"
                        if (end + 1 < sentence.EndToken && tokens[end].Lower is "-" or "—" or "to" && TryDay(tokens[end + 1], out var d3) && d3 > day)
                        {
                            day = d3;
                            end += 2;
                        }
                    }

                    int? year = null;
                    if (end < sentence.EndToken && tokens[end].Kind == TokenKind.Number && tokens[end].Lower.Length == 4 &&
                        int.TryParse(tokens[end].Lower, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 1990 and < 2100)
                    {
                        year = y;
                        end++;
                    }

                    if (day == 0)
                    {
                        // A month alone before this one: context about the past ("a strike in April").
                        if (published is { } p && (year is { } yy ? yy < p.Year || (yy == p.Year && month < p.Month) : month != p.Month))
                        {
                            document.Dates.Add(new DateMention(i, end, new DateOnly(year ?? p.Year, month, 1), false, true));
                        }

                        continue;
                    }

                    var resolvedYear = year ?? published?.Year;
                    if (resolvedYear is not { } ry || day > DateTime.DaysInMonth(ry, month))
                    {
                        continue;
                    }

                    var date = new DateOnly(ry, month, day);
                    if (year is null && published is { } pb && date > pb)
                    {
                        date = date.AddYears(-1);
                    }

                    // A stated day is the day of what the sentence reports; context about the past is marked by words ("since", "deadliest").
                    document.Dates.Add(new DateMention(start, end, date, false, false));
                    i = end - 1;
                }
            }
        }

        AttackDayTold(document);
        if (published is { } today)
        {
            DateTheRoundUp(document, today);
        }
    }

    private static readonly HashSet<string> OccurredWords = new(StringComparer.Ordinal)
    {
        "occurred", "happened", "place", "произошел", "произошёл", "произошло", "произошла", "произошли", "случился", "случилось",
        "стався", "сталося", "сталася", "сталися", "відбувся", "відбулося", "відбулася", "відбулися",
    };

    /// <summary>
    /// «8 июня объявлен днем траура по жертвам обстрела Луганска, который произошел 7 июня», "a day of mourning on Saturday for the
    /// strike, which took place on Friday": where a sentence tells on which day the attack occurred, its other days are of something
    /// else (the mourning, the statement), not the attack's.
    /// </summary>
    private static void AttackDayTold(AnnotatedDocument document)
    {
        var tokens = document.Tokens;
        var told = new List<DateMention>();
        foreach (var date in document.Dates)
        {
            for (var k = date.Start - 1; k >= Math.Max(document.Sentences[tokens[date.Start].Sentence].FirstToken, date.Start - 3); k--)
            {
                var word = document.OriginalLower(k);
                if (OccurredWords.Contains(word) && (word != "place" || (k > 0 && document.OriginalLower(k - 1) == "took")))
                {
                    told.Add(date);
                    break;
                }
            }
        }

        if (told.Count == 0)
        {
            return;
        }

        var sentences = told.Select(d => tokens[d.Start].Sentence).ToHashSet();
        var kept = told.Select(static d => d.Start).ToHashSet();
        document.Dates.RemoveAll(d => sentences.Contains(tokens[d.Start].Sentence) && !kept.Contains(d.Start) && !d.IsPast);
    }

    /// <summary>
    /// «Минулої доби на Донеччині загинули троє. 28 лютого росіяни вбили двох …» published on 1 March: a round-up of the past day
    /// (in the report's first sentences) whose next sentences write out the day before, and not the publication day, tells of that
    /// day («з ранку 15 жовтня до ранку 16 жовтня» is the day that ends on publication, and stays so).
    /// </summary>
    private static void DateTheRoundUp(AnnotatedDocument document, DateOnly published)
    {
        var tokens = document.Tokens;
        var lex = document.Lexicon;
        for (var m = 0; m < document.Dates.Count; m++)
        {
            var mention = document.Dates[m];
            var sentence = tokens[mention.Start].Sentence;
            if (sentence > 2)
            {
                return;
            }

            if (mention.Date != published || mention.IsPast || lex.Discourse.RoundUp.MatchAt(tokens, mention.Start, mention.End).Length == 0)
            {
                continue;
            }

            var written = document.Dates.Where(d => !d.IsPast && tokens[d.Start].Sentence is var ds && ds > sentence && ds <= sentence + 2 &&
                                                    document.WrittenOut(d))
                .ToList();
            if (written.Count > 0 && written[0].Date == published.AddDays(-1) && written.All(d => d.Date != published))
            {
                document.Dates[m] = mention with { Date = written[0].Date };
            }

            return;
        }
    }

    private static bool TryDay(Token token, out int day)
    {
        day = 0;
        return token.Kind == TokenKind.Number && token.Lower.Length <= 2 &&
               int.TryParse(token.Lower, NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31;
    }

    /// <summary>
    /// The day of a month stated after a comma within the next six tokens, before any other word but a night's range words («з 16 на 17
    /// вересня», "June 5", "16-17 September"; Ukrainian and Russian prepositions arrive glossed: «на» as "in", «з» as "of").
    /// </summary>
    private static int? StatedDayInApposition(AnnotatedDocument document, Rules.Lexicon lex, int from, int limit)
    {
        var tokens = document.Tokens;
        if (from >= limit || tokens[from].Lower != ",")
        {
            return null;
        }

        for (var k = from + 1; k < Math.Min(limit - 1, from + 7); k++)
        {
            if (TryDay(tokens[k], out var day) && lex.Months.ContainsKey(tokens[k + 1].Lower))
            {
                return day;
            }

            if (lex.Months.ContainsKey(tokens[k].Lower) && TryDay(tokens[k + 1], out day))
            {
                return day; // "June 5"
            }

            if (!(tokens[k].Kind == TokenKind.Number || tokens[k].Lower is "-" or "–" or "from" or "to" or "into" or "in" or "on" or "the" or "night" or "of" or "с" or "со" or "із" or "зі"))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A weekday or a day of a month within the next three words (a preposition or a comma between).</summary>
    private static bool DayFollows(AnnotatedDocument document, Rules.Lexicon lex, int from, int limit)
    {
        var tokens = document.Tokens;
        for (var k = from; k < Math.Min(limit, from + 3); k++)
        {
            if (lex.Weekdays.ContainsKey(StripPossessive(tokens[k].Lower)) || MonthDayFollows(tokens, lex, k, limit))
            {
                return true;
            }

            if (tokens[k].Kind == TokenKind.Number)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"February 23", "Feb. 23", "23 February" at <paramref name="at"/>.</summary>
    private static bool MonthDayFollows(List<Token> tokens, Rules.Lexicon lex, int at, int limit)
    {
        if (at + 1 < limit && TryDay(tokens[at], out _) && lex.Months.ContainsKey(tokens[at + 1].Lower))
        {
            return true;
        }

        var day = at + 1 < limit && tokens[at + 1].Lower == "." ? at + 2 : at + 1;
        return day < limit && lex.Months.ContainsKey(tokens[at].Lower) && TryDay(tokens[day], out _);
    }

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;

    /// <summary>The latest <paramref name="weekday"/> on or before the publication date.</summary>
    private static DateOnly MostRecent(DateOnly published, DayOfWeek weekday)
    {
        var back = ((int)published.DayOfWeek - (int)weekday + 7) % 7;
        return published.AddDays(-back);
    }

    /// <summary>A night named by its evening ends the next morning, unless that would be after publication.</summary>
    private static DateOnly NightEnd(DateOnly evening, DateOnly published) =>
        evening.AddDays(1) <= published ? evening.AddDays(1) : evening;
}
