using Sitrep.Model;
using Sitrep.Recognition.Numbers;
using Sitrep.Text;

namespace Sitrep.Recognition.Dates;

/// <summary>
/// Reads the common French date phrases of a cue window as Microsoft.Recognizers' date model does (same TIMEX, same
/// span), in microseconds instead of milliseconds: "mardi", "ce lundi matin", "le 1er mars 2015", "samedi dernier",
/// "hier", "il y a trois jours", "depuis 2012", "dans la nuit de jeudi à vendredi", "la semaine dernière"...
/// It gives up (null) on a window holding a date word or a number it cannot account for, or a word beside a date
/// that would change how the model reads it; such windows go to the model. Its words are in
/// <c>date_grammar.tsv</c> and <c>date_cues.tsv</c>; the phrase rules are in <see cref="DateRules"/>.
/// </summary>
public sealed class DateGrammar(DateWords words)
{
    public static DateGrammar Load(string language) => new(DateWords.Load(language, NumberWords.Load(language)));

    /// <summary>The time expressions of the tokens [first, end), offsets from the first token's start; null when
    /// the window must go to the model.</summary>
    public IReadOnlyList<TemporalExpression>? TryRead(AnalyzedText text, int first, int end, System.DateTime reference) =>
        TryRead(Window(text, reference), first, end);

    /// <summary>A window to read the text's cue windows in, one after another (<see cref="TryRead(DateWindow, int, int)"/>).</summary>
    public DateWindow Window(AnalyzedText text, System.DateTime reference) => new(text, words, reference);

    /// <summary>
    /// <see cref="TryRead(AnalyzedText, int, int, System.DateTime)"/> in a window of the text, moved to the tokens
    /// [first, end). The list returned is the window's own, emptied by its next read: a text's cue windows are read
    /// in one, rather than in a window, a list and a table of word kinds each.
    /// </summary>
    public IReadOnlyList<TemporalExpression>? TryRead(DateWindow window, int first, int end)
    {
        var text = window.Text;
        if (text.Tokens[end - 1].End - text.Tokens[first].Start > ModelWindows.MaxChars) return null;
        window.MoveTo(first, end);
        var rules = window.Rules;
        var afterDate = false;
        for (var i = first; i < end;)
        {
            if (rules.ReadAt(i) is int next)
            {
                i = next;
                afterDate = true;
                continue;
            }
            if (rules.Failed || !window.IsInert(i, afterDate)) return null;
            afterDate = false;
            i++;
        }
        return window.Found;
    }
}

/// <summary>One cue window being read: its tokens, what is known of them, and the expressions found so far.</summary>
public sealed class DateWindow(AnalyzedText text, DateWords words, System.DateTime reference)
{
    public AnalyzedText Text { get; } = text;
    public int First { get; private set; }
    public int End { get; private set; }
    public DateWords Words { get; } = words;
    public System.DateTime Reference { get; } = reference;
    public List<TemporalExpression> Found { get; } = [];

    // The rules ask for the same tokens' kinds many times over: each is looked up once per window.
    private DateWordKind?[] _kinds = [];
    private DateRules? _rules;

    /// <summary>The rules that read the window, kept with it and restarted at each move: one a text, not one a window.</summary>
    public DateRules Rules => _rules ??= new DateRules(this);

    /// <summary>Points the window at the tokens [first, end), forgetting what was found and known in the last ones.</summary>
    public void MoveTo(int first, int end)
    {
        First = first;
        End = end;
        Found.Clear();
        _rules?.Restart();
        if (_kinds.Length < end - first) _kinds = new DateWordKind?[end - first];
        else Array.Clear(_kinds, 0, end - first);
    }

    public string Norm(int token) => Text.Norm(token);

    public DateWordKind Kind(int token) => Has(token) ? _kinds[token - First] ??= KindOf(token) : KindOf(token);

    private DateWordKind KindOf(int token)
    {
        if (Text.Tokens[token].Kind is not TokenKind.Word) return DateWordKind.Plain;
        var kind = Words.Kind(Text.Word(token));
        // A time unit written with a capital after the window's first word is part of a name: "vers An Nabk".
        return kind == DateWordKind.Unit && token > First && char.IsUpper(Text.Text[Text.Tokens[token].Start]) ? DateWordKind.Plain : kind;
    }

    /// <summary>The token's value in the word lists: a month, an ISO weekday, a day offset, a count.</summary>
    public int Number(int token) => Words.Number(Text.Word(token));

    public string Value(int token) => Words.Value(Text.Word(token));

    public bool Has(int token) => token >= First && token < End;

    /// <param name="at">Where in <see cref="Found"/> the reading goes, to keep text order; the end when null.</param>
    /// <param name="charsBefore">Characters before the first token that the reading spans too, as the model's may (" matinée").</param>
    public void Add(int firstToken, int endToken, string timex, string? mod = null, int? at = null, int charsBefore = 0)
    {
        var span = Text.SpanOf(firstToken, endToken);
        Found.Insert(at ?? Found.Count,
            new TemporalExpression(span.Start - charsBefore - Text.Tokens[First].Start, span.Length + charsBefore, timex, mod));
    }

    /// <summary>A token holding a digit, or a number word.</summary>
    public bool IsNumeric(int token) =>
        Text.Tokens[token].Kind == TokenKind.Number || HasDigit(token) || Words.Numbers.IsNumberWord(Text.Word(token));

    /// <summary>The token as a whole number when it is only ASCII digits (at most four).</summary>
    public int? Digits(int token)
    {
        var surface = Text.Text.AsSpan(Text.Tokens[token].Start, Text.Tokens[token].Length);
        if (surface.Length is 0 or > 4) return null;
        var value = 0;
        foreach (var c in surface)
        {
            if (!char.IsAsciiDigit(c)) return null;
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /// <summary>A year as the model reads one (the cue list's range).</summary>
    public int? Year(int token) => Has(token) && Text.Tokens[token].Length == 4 && Digits(token) is int y and >= 1900 and <= 2099 ? y : null;

    /// <summary>
    /// Whether the model would read nothing in this token the grammar left: punctuation, a plain word, a past word
    /// or a number with no date word next to it. Right after a date, the date's rule has judged the token already.
    /// </summary>
    public bool IsInert(int token, bool afterDate)
    {
        if (Text.Tokens[token].Kind is TokenKind.Punctuation or TokenKind.Symbol) return true;
        if (IsNumeric(token)) return IsInertNumber(token, afterDate);
        return Kind(token) switch
        {
            DateWordKind.Plain or DateWordKind.PlainLead or DateWordKind.Of or DateWordKind.DayLead or DateWordKind.RangeTo or DateWordKind.Determiner
                or DateWordKind.SoftLead or DateWordKind.Approx or DateWordKind.LeadBlocker or DateWordKind.Edge or DateWordKind.Blocker or DateWordKind.DurationLead or DateWordKind.Inert or DateWordKind.Count or DateWordKind.Since or DateWordKind.Last => true,
            DateWordKind.This => !Has(token + 1) || !DateWords.IsDateWord(Kind(token + 1)) || Kind(token + 1) == DateWordKind.Past,
            DateWordKind.Past => (IsPlainNeighbour(token - 1) || IsCountBeforePast(token - 1)) && IsPlainNeighbour(token + 1),
            // A time unit with no count or determiner before it: "Ayn an Nasr", "le deuxième jour".
            DateWordKind.Unit => (!Has(token - 1) || (Kind(token - 1) != DateWordKind.Determiner
                && (Kind(token - 1) == DateWordKind.Of || IsPlainNeighbour(token - 1)))) && IsPlainNeighbour(token + 1),
            _ => false,
        };
    }

    /// <summary>
    /// "43 civils", "2.400 morts": not a year, not after "le", no date word or time sign beside it. The article "une"
    /// before a plain word is no number to the model even after a word that changes one: "dans une frappe"; nor is a
    /// number between "et" (or another blocker) and a plain word: "deux morts et neuf blessés".
    /// </summary>
    private bool IsInertNumber(int token, bool afterDate)
    {
        if (HasDigit(token) && !IsFigure(token)) return false;
        if (Text.Tokens[token].Length == 4 && Digits(token) is >= 1000 and < 3000) return false;
        if (!afterDate && Has(token - 1) && (Kind(token - 1) is DateWordKind.DayLead || IsTimeSign(token - 1)
            || (!IsPlainNeighbour(token - 1) && !IsArticleAfterLead(token) && Kind(token - 1) != DateWordKind.Blocker
                && !IsCountBeforePastAfterLead(token)))) return false;
        return (IsPlainNeighbour(token + 1) && !(Has(token + 1) && IsTimeSign(token + 1))) || IsCountBeforePast(token)
            || (Words.Numbers.IsArticle(Norm(token)) && Has(token + 2) && IsCountBeforePastAfterLead(token + 2));
    }

    /// <summary>
    /// "les deux derniers bastions", "les 3 dernières,": a number before a past word and a plain word or sign is nothing to
    /// the model ("deux derniers jours" is a range, "deux derniers mardi" a weekday: left to it).
    /// </summary>
    private bool IsCountBeforePast(int token) =>
        Has(token + 1) && IsNumeric(token) && Kind(token + 1) == DateWordKind.Past && IsPlainNeighbour(token + 2);

    /// <summary>
    /// "des deux derniers bastions" ("des" folds as "dès"), "pendant deux derniers combats", "vers 12 derniers": a lead
    /// before a count before a past word and a plain word changes nothing to the model ("le 12 derniers" it reads as a day),
    /// nor does the article before the lead: "un des deux derniers bastions" is one of them.
    /// </summary>
    private bool IsCountBeforePastAfterLead(int token) =>
        Kind(token - 1) is DateWordKind.SoftLead or DateWordKind.LeadBlocker or DateWordKind.Approx && IsCountBeforePast(token);

    private bool IsArticleAfterLead(int token) => Words.Numbers.IsArticle(Norm(token)) && Has(token + 1) && Text.Tokens[token + 1].Kind == TokenKind.Word
        && Kind(token - 1) is DateWordKind.SoftLead or DateWordKind.Approx or DateWordKind.LeadBlocker or DateWordKind.Blocker or DateWordKind.DurationLead;

    /// <summary>A neighbour that leaves a date, past word or number as it is: none, punctuation, or a plain word.</summary>
    public bool IsPlainNeighbour(int token) => !Has(token) || (!IsNumeric(token) && IsPlainWordOrSign(token));

    /// <summary>Punctuation other than a time sign, or a word that is no date word.</summary>
    public bool IsPlainWordOrSign(int token)
    {
        if (Text.Tokens[token].Kind is TokenKind.Punctuation or TokenKind.Symbol) return !IsTimeSign(token);
        return !DateWords.IsDateWord(Kind(token)) || Kind(token) == DateWordKind.Inert;
    }

    /// <summary>Digits and thousand or decimal separators only: "43", "2.400", "1,5", "2 500".</summary>
    private bool IsFigure(int token)
    {
        var surface = Text.Text.AsSpan(Text.Tokens[token].Start, Text.Tokens[token].Length);
        foreach (var c in surface)
            if (!char.IsAsciiDigit(c) && c is not ('.' or ',' or ' ' or '\u00A0' or '\u202F')) return false;
        return char.IsAsciiDigit(surface[0]) && char.IsAsciiDigit(surface[^1]);
    }

    /// <summary>"/", ":" or a dash: "07/03/2025", "14:25", "2014-2016".</summary>
    public bool IsTimeSign(int token)
    {
        var t = Text.Tokens[token];
        return t.Length == 1 && Text.Text[t.Start] is '/' or ':' or '-' or '\u2013' or '\u2014';
    }

    private bool HasDigit(int token)
    {
        foreach (var c in Text.Text.AsSpan(Text.Tokens[token].Start, Text.Tokens[token].Length))
            if (char.IsAsciiDigit(c)) return true;
        return false;
    }
}
