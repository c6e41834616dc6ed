using StAMM.Cli;

return StammCli.Run(args);
