using Sitrep.Ingest;

namespace Sitrep.Tests.Ingest;

public sealed class PlainTextAndFolderTests : IDisposable
{
    private readonly TempInputs _inputs = new();

    public void Dispose() => _inputs.Dispose();

    [Fact]
    public void APlainTextFileGivesOneDocumentWithItsPathAsOrigin()
    {
        var path = _inputs.Write("depeche.txt", "Des tirs ont visé un marché de Raqqa.\r\nLe bilan reste inconnu.\r\n");

        var doc = Ingestion.ReadOne(path);

        Assert.Equal("Des tirs ont visé un marché de Raqqa.\nLe bilan reste inconnu.", doc.Text);
        Assert.Equal(path, doc.Origin);
        Assert.Equal("fr", doc.Language);
        Assert.Null(doc.Title);
    }

    [Fact]
    public void TextIsStoredInNormalisationFormC()
    {
        var decomposed = "Le de\u0301ploiement a commence\u0301.";
        var path = _inputs.Write("nfd.txt", decomposed);

        Assert.Equal("Le déploiement a commencé.", Ingestion.ReadOne(path).Text);
    }

    [Fact]
    public void AFolderIsReadRecursivelyInNameOrderSkippingHiddenAndUnknownFiles()
    {
        _inputs.Write("b.txt", "Deuxième dépêche sur Hama.");
        _inputs.Write("a.txt", "Première dépêche sur Homs.");
        _inputs.Write("sous/c.txt", "Troisième dépêche sur Deraa.");
        _inputs.Write(".cache/d.txt", "Fichier caché d'un outil.");
        _inputs.Write(".e.txt", "Autre fichier caché.");
        _inputs.WriteBytes("photo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]);

        var origins = Ingestion.ReadAll(null, _inputs.Root).Select(r => Path.GetRelativePath(_inputs.Root, r.Origin));

        Assert.Equal(["a.txt", "b.txt", Path.Combine("sous", "c.txt")], origins);
    }

    [Fact]
    public void ResultsAreStreamedLazilyOneInputAtATime()
    {
        var first = _inputs.Write("1.txt", "Un blindé a sauté sur une mine.");

        IEnumerable<string> Paths()
        {
            yield return first;
            throw new InvalidOperationException("the second path must not be asked for before the first result is used");
        }

        using var results = Ingestion.Reader.ReadAll(Paths(), new IngestOptions()).GetEnumerator();

        Assert.True(results.MoveNext());
        Assert.IsType<IngestResult.Read>(results.Current);
    }
}
