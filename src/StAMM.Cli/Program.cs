using StAMM.Cli;

return StammCli.Run(args, Console.Out, Console.Error);
