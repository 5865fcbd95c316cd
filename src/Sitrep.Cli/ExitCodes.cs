namespace Sitrep.Cli;

/// <summary>What `sitrep` returns: 0 all went well, 1 some documents failed (each listed), 2 usage, input or store error.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int SomeDocumentsFailed = 1;
    public const int UsageError = 2;
}
