namespace Sitrep.Bench;

/// <summary>
/// The throughput benchmark's command line (<see cref="BenchCommands"/>): `Sitrep.Bench --help` lists the commands,
/// `Sitrep.Bench COMMAND --help` their options. Bad arguments are named on standard error with exit code 2, never a stack trace.
/// </summary>
public static class Program
{
    public static int Main(string[] args) => BenchCommands.Run(args, Console.Out, Console.Error);
}
