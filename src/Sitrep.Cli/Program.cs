using Sitrep.Cli;

return SitrepCli.Run(args, Console.Out, Console.Error);
