namespace Sitrep.Bench.Hostile;

/// <summary>The pathological inputs of issue 8, item 3, each grown along a ladder of sizes (megabytes).</summary>
public static class HostileCases
{
    private static readonly double[] Ladder = [1.0 / 16, 1.0 / 4, 1];

    private const string Deep = "<div>";
    private const string Paragraph = "<p>Des combats ont eu lieu à Alep le 3 mars, selon l'OSDH, qui fait état de 12 morts.</p>\n";
    private const string ArticleHead = "<html><head><title>Syrie</title></head><body><article>";
    private const string ArticleTail = "</article></body></html>";
    private const string Post =
        "<div class=\"post\"><h2>Alep</h2><p>Des combats ont eu lieu à Alep le 3 mars, selon l'OSDH, qui fait état de 12 morts.</p>"
        + "<ul class=\"related\"><li><a href=\"/a\">Lire la suite</a></li></ul><div class=\"share\"><a href=\"/s\">Partager</a></div></div>\n";
    private const string NewsHead = "<html><head><title>Syrie</title></head><body><ul class=\"menu\"><li><a href=\"/\">Accueil</a></li></ul><div class=\"content\">";
    private const string NewsTail = "</div><div class=\"footer\">Mentions légales</div></body></html>";

    public static IReadOnlyList<HostileCase> All { get; } =
    [
        new("digits", HostileInputKind.Line, Ladder, "7"),
        new("numbers", HostileInputKind.Line, Ladder, "7 "),
        new("death tolls", HostileInputKind.Line, Ladder, "12 morts, "),
        new("one place", HostileInputKind.Line, Ladder, "Alep, "),
        new("places", HostileInputKind.Line, Ladder, "Alep, Homs, Hama, Idleb, Deraa, Raqqa, Palmyre, "),
        new("quarters", HostileInputKind.Line, Ladder, "Bab Nasr, ", Head: "les quartiers "),
        new("dates", HostileInputKind.Line, Ladder, "le 3 mars "),
        new("months", HostileInputKind.Line, Ladder, "janvier "),
        new("events", HostileInputKind.Line, Ladder, "des rebelles ont attaqué l'armée à Alep et "),
        new("sentences", HostileInputKind.Line, Ladder, "Les rebelles ont attaqué l'armée à Alep le 3 mars, faisant 12 morts. "),
        new("combining marks", HostileInputKind.Line, Ladder, "\u0301"),
        new("lone surrogates", HostileInputKind.Line, Ladder, "\uD800"),
        new("arabic", HostileInputKind.Line, Ladder, "حلب "),
        new("nul", HostileInputKind.Line, Ladder, "\0"),
        new("deep html", HostileInputKind.Html, Ladder, Deep, Head: "<html><body>", Tail: "Des combats à Alep.</body></html>"),
        new("html page", HostileInputKind.Html, [1, 2, 4], Paragraph, Head: ArticleHead, Tail: ArticleTail),
        // Thousands of candidate containers, each with class hints, links and boilerplate to leave out.
        new("html posts", HostileInputKind.Html, [1, 2, 4], Post, Head: NewsHead, Tail: NewsTail),
        new("50 MB html page", HostileInputKind.Html, [50], "<p>Des combats à Alep.</p>\n", Head: "<html><body>", Tail: "</body></html>"),
    ];
}
