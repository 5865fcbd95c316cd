using Sitrep.Storage;

namespace Sitrep.Tests.Storage;

public sealed class ByDocumentTests
{
    [Fact]
    public void RowsComeOneDocumentAtATimeInTheirOrder()
    {
        var groups = ByDocument.Of(["a:1", "a:2", "b:1", "c:1", "c:2"], row => row.Split(':')[0])
            .Select(document => string.Join(" ", document)).ToList();

        Assert.Equal(["a:1 a:2", "b:1", "c:1 c:2"], groups);
    }

    [Fact]
    public void NoRowsAreNoDocuments() => Assert.Empty(ByDocument.Of(Array.Empty<string>(), row => row));
}
