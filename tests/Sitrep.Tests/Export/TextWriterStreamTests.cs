using System.Text;
using Sitrep.Export;

namespace Sitrep.Tests.Export;

public sealed class TextWriterStreamTests
{
    [Fact]
    public void ACharacterSplitBetweenTwoWritesReachesTheWriterWhole()
    {
        var bytes = Encoding.UTF8.GetBytes("Alep, « 70 % » détruite 🙁");
        var text = new StringWriter();
        using (var stream = new TextWriterStream(text))
            foreach (var one in bytes)
                stream.Write([one]);

        Assert.Equal("Alep, « 70 % » détruite 🙁", text.ToString());
    }
}
