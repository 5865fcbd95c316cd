using Sitrep.Tests.Support;
using Sitrep.Text;

namespace Sitrep.Tests.Text;

public class WordMemoTests
{
    // More words than a thread remembers (TextNormalizer keeps 16K): folding them all clears its cache at least once.
    private const int MoreThanRemembered = (1 << 14) + 10;

    /// <summary>A table that counts how often it is asked: its answer is the norm's length, 0 for words without a vowel.</summary>
    private sealed class CountingTable
    {
        public CountingTable() => Answers = new WordAnswers<int>(Ask);

        public WordAnswers<int> Answers { get; }
        public int Asked { get; private set; }

        public static int Expected(string norm) => norm.IndexOfAny(['a', 'e', 'i', 'o', 'u']) < 0 ? 0 : norm.Length;

        private int Ask(string norm)
        {
            Asked++;
            return Expected(norm);
        }
    }

    [Fact]
    public void AWordFoldedAgainOnTheSameThreadIsTheSameMemo() => FreshThread.Run(() =>
    {
        var first = TextNormalizer.Word("Alep");
        Assert.Same(first, TextNormalizer.Word("Alep"));
        Assert.Same(TextNormalizer.Word(","), TextNormalizer.Word(","));
        Assert.Equal("alep", first.Norm);
        return 0;
    });

    [Fact]
    public void ManyWordsFoldedOnAThreadEachKeepTheirOwnMemo() => FreshThread.Run(() =>
    {
        // Fewer than the thread remembers, some differing only by case or accent: each written form has its memo.
        var written = Enumerable.Range(0, 5000).SelectMany(i => new[] { $"mot{i}", $"Mot{i}", $"mót{i}" }).ToList();
        var memos = written.Select(w => TextNormalizer.Word(w)).ToList();

        for (var i = 0; i < written.Count; i++)
        {
            Assert.Same(memos[i], TextNormalizer.Word(written[i]));
            Assert.Equal(TextNormalizer.Normalize(written[i]), memos[i].Norm);
        }
        Assert.Equal(written.Count, memos.Distinct().Count());
        return 0;
    });

    [Fact]
    public void EveryPackedWordKeepsItsOwnMemoThoughMoreOfThemThanSlots() => FreshThread.Run(() =>
    {
        // 16,352 words, more than the table of packed words has slots and fewer than the thread remembers, so words meet
        // in a slot and each keeps its memo: 4,352 of two and three characters of any kind, and 12,000 of four to fifteen
        // alike but for their last three (Latin-1) characters.
        const string characters = "aAéÉlLdD’'-.0zZç";
        var pairs = characters.SelectMany(a => characters.Select(b => $"{a}{b}")).ToList();
        var written = pairs.Concat(pairs.SelectMany(p => characters.Select(c => p + c)))
            .Concat(Enumerable.Range(0, 12_000)
                .Select(i => "abcdefghijkl"[..(1 + i % 12)] + (char)(0xA0 + i % 96) + (char)(0xA0 + i / 96 % 96) + (char)('A' + i / 9216)))
            .ToList();
        var memos = written.Select(w => TextNormalizer.Word(w)).ToList();

        for (var i = written.Count - 1; i >= 0; i--)
        {
            Assert.Same(memos[i], TextNormalizer.Word(written[i]));
            Assert.Equal(TextNormalizer.Normalize(written[i]), memos[i].Norm);
        }
        Assert.Equal(written.Count, memos.Distinct().Count());
        return 0;
    });

    [Fact]
    public void EachThreadHasItsOwnMemosOfTheSameNorm()
    {
        var here = FreshThread.Run(() => TextNormalizer.Word("Homs"));
        var there = FreshThread.Run(() => TextNormalizer.Word("Homs"));

        Assert.NotSame(here, there);
        Assert.Equal(here.Norm, there.Norm);
    }

    [Fact]
    public void ATextsMemosAreTheWordsOfItsTokensInOrder() => FreshThread.Run(() =>
    {
        const string text = "L’armée a repris Alep, à l’aube; " + "anticonstitutionnellement-xxxxxxxxxxxxxxxxxxxxxxxxxx";
        Token[] tokens = [new(0, 2, TokenKind.Word), new(2, 5, TokenKind.Word), new(8, 1, TokenKind.Word), new(10, 6, TokenKind.Word),
            new(17, 4, TokenKind.Word), new(21, 1, TokenKind.Punctuation), new(23, 1, TokenKind.Word), new(33, 52, TokenKind.Word)];

        var memos = TextNormalizer.Words(text, tokens);

        Assert.Equal(tokens.Length, memos.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            var written = text.AsSpan(tokens[i].Start, tokens[i].Length);
            Assert.Equal(TextNormalizer.Normalize(written), memos[i].Norm);
            if (written.Length <= 32) Assert.Same(TextNormalizer.Word(written), memos[i]);
        }
        return 0;
    });

    [Fact]
    public void ATextOfMoreWordsThanSlotsGivesEveryTokenItsWordsMemo() => FreshThread.Run(() =>
    {
        // 10,000 packed words (more than the table's slots, fewer than the thread remembers), then all of them again in
        // the same text: words meet in a slot within the text, and each repeat is still the memo of its first writing.
        var words = Enumerable.Range(0, 10_000).Select(i => i % 2 == 0 ? $"Mot{i}" : $"mót{i}").ToList();
        var text = string.Join(' ', words.Concat(words));
        var tokens = new List<Token>();
        for (var start = 0; start < text.Length; start = text.IndexOf(' ', start) is var space and >= 0 ? space + 1 : text.Length)
            tokens.Add(new Token(start, (text.IndexOf(' ', start) is var end and >= 0 ? end : text.Length) - start, TokenKind.Word));

        var memos = TextNormalizer.Words(text, tokens.ToArray());

        for (var i = 0; i < words.Count; i++)
        {
            Assert.Equal(TextNormalizer.Normalize(words[i]), memos[i].Norm);
            Assert.Same(memos[i], memos[words.Count + i]);
            Assert.Same(TextNormalizer.Word(words[i]), memos[i]);
        }
        return 0;
    });

    [Fact]
    public void AMemoKeepsTheNormalizersFoldOfItsWord()
    {
        foreach (var word in new[] { "Élysée", "l’armée", "Œuvre", "à", "»", "x", "quatre-vingt-dix", new string('é', 40) })
            Assert.Equal(TextNormalizer.Normalize(word), TextNormalizer.Word(word).Norm);
    }

    [Fact]
    public void ATableIsAskedOnceAboutAWordThenItsAnswerIsReadBack() => FreshThread.Run(() =>
    {
        var table = new CountingTable();
        var word = TextNormalizer.Word("Damas");

        Assert.Equal(5, table.Answers.Of(word));
        Assert.Equal(5, table.Answers.Of(TextNormalizer.Word("Damas")));
        Assert.Equal(0, table.Answers.Of(TextNormalizer.Word("Rmn")));
        Assert.Equal(0, table.Answers.Of(TextNormalizer.Word("Rmn")));
        Assert.Equal(2, table.Asked);
        return 0;
    });

    [Fact]
    public void ManyTablesAskedAboutTheSameWordsEachGiveTheirOwnAnswers() => FreshThread.Run(() =>
    {
        // More tables than a memo has slots: some share one, and an answer must never be read back by another table.
        var tables = Enumerable.Range(0, 40).Select(k => new WordAnswers<string>(norm => $"{k}:{norm}")).ToList();
        var words = new[] { "Idleb", "Raqqa", "Deraa", "le" }.Select(w => TextNormalizer.Word(w)).ToList();

        for (var round = 0; round < 3; round++)
            foreach (var word in words)
                for (var k = 0; k < tables.Count; k++)
                    Assert.Equal($"{k}:{word.Norm}", tables[k].Of(word));
        return 0;
    });

    [Fact]
    public void LongWordsGetAMemoOfTheirOwnThatStillRemembers() => FreshThread.Run(() =>
    {
        var table = new CountingTable();
        var longWord = "anticonstitutionnellement-" + new string('a', 20);
        var memo = TextNormalizer.Word(longWord);

        Assert.NotSame(memo, TextNormalizer.Word(longWord));
        Assert.Equal(longWord.Length, table.Answers.Of(memo));
        Assert.Equal(longWord.Length, table.Answers.Of(memo));
        Assert.Equal(1, table.Asked);
        return 0;
    });

    [Fact]
    public void AfterTheThreadForgetsItsWordsOldAndNewMemosAnswerAlike() => FreshThread.Run(() =>
    {
        var table = new CountingTable();
        var kept = TextNormalizer.Word("Kobané");
        Assert.Equal(6, table.Answers.Of(kept));

        // Many words later the cache was cleared: a text that kept the memo reads its answer; the word folded again is a new memo.
        var words = Enumerable.Range(0, MoreThanRemembered).Select(i => $"mot{i}").ToList();
        foreach (var w in words) Assert.Equal(CountingTable.Expected(w), table.Answers.Of(TextNormalizer.Word(w)));
        var again = TextNormalizer.Word("Kobané");

        Assert.NotSame(kept, again);
        Assert.Equal(6, table.Answers.Of(kept));
        Assert.Equal(6, table.Answers.Of(again));
        Assert.Equal(kept.Norm, again.Norm);
        return 0;
    });

    [Fact]
    public void MemosFilledByTwoThreadsAtOnceGiveTheTablesAnswers()
    {
        // A text read on another thread than the one that folded it shares its memos: both may fill the same slot.
        var memos = Enumerable.Range(0, 2000).Select(i => TextNormalizer.Word($"w{i}o")).ToArray();
        var answers = new WordAnswers<string>(norm => norm.ToUpperInvariant());

        Parallel.For(0, 4, _ =>
        {
            foreach (var memo in memos) Assert.Equal(memo.Norm.ToUpperInvariant(), answers.Of(memo));
        });
    }
}
