using System.Text;

namespace Sitrep.Ingest.Decoding;

/// <summary>The strict encodings Ingest decodes with; strict so that a wrong guess fails instead of producing U+FFFD.</summary>
internal static class Encodings
{
    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Windows-1252, the usual encoding of French text that is not UTF-8 (a superset of Latin-1's
    /// printable range). Taken from the code-pages provider directly rather than by registering it,
    /// so reading documents changes no process-wide setting.
    /// </summary>
    public static Encoding Windows1252 { get; } =
        CodePagesEncodingProvider.Instance.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback)
        ?? throw new InvalidOperationException("the code-pages provider has no Windows-1252");
}
