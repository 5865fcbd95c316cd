using Sitrep.Model;

namespace Sitrep.Text;

/// <summary>A document cut into sentences and tokens, every one with offsets into <see cref="Document.Text"/>.</summary>
public sealed class AnalyzedText
{
    private readonly WordMemo[] _words;

    public AnalyzedText(Document document, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        Document = document;
        Tokens = new FixedList<Token>(tokens);
        Sentences = new FixedList<Sentence>(sentences);
        _words = TextNormalizer.Words(document.Text, Tokens.AsSpan());
    }

    public Document Document { get; }
    public string Text => Document.Text;
    public FixedList<Token> Tokens { get; }
    public FixedList<Sentence> Sentences { get; }

    /// <summary>The token as written.</summary>
    public string Surface(int token) => Text.Substring(Tokens[token].Start, Tokens[token].Length);

    /// <summary>The token folded for matching: lower case, no diacritics, one apostrophe and one dash.</summary>
    public string Norm(int token) => _words[token].Norm;

    /// <summary>The token's word, with what the word tables answered about its norm (<see cref="WordAnswers{T}"/>).</summary>
    public WordMemo Word(int token) => _words[token];

    public TextSpan SpanOf(int firstToken, int endToken) =>
        TextSpan.FromBounds(Tokens[firstToken].Start, Tokens[endToken - 1].End);

    public TextSpan SpanOf(Sentence sentence) => new(sentence.Start, sentence.Length);

    /// <summary>The first token that ends after a character offset (the token at or just after it).</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].End <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The sentence holding a character offset (the last one starting at or before it).</summary>
    public int SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1, found = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Sentences[mid].Start <= offset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }
}
