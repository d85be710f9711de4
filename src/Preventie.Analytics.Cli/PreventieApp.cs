using System.CommandLine;
using System.CommandLine.Help;

namespace Preventie.Analytics.Cli;

/// <summary>The <c>preventie</c> command tree. Each subcommand lives in its own file under Commands/.</summary>
public static class PreventieApp
{
    /// <summary>Builds the root <c>preventie</c> command with every subcommand.</summary>
    public static RootCommand Build()
    {
        var root = new RootCommand(
            "preventie — scenario's voor preventie en geïndiceerde zorg in het sociaal domein: inventaris, simulatie, onzekerheid, rapportage.");
        // One line per subcommand, in the order a user meets them.
        root.Subcommands.Add(Commands.BatchCommand.Create());
        root.Subcommands.Add(Commands.InventoryCommand.Create());
        root.Subcommands.Add(Commands.SimulateCommand.Create());
        root.Subcommands.Add(Commands.SensitivityCommand.Create());
        root.Subcommands.Add(Commands.ReportCommand.Create());
        root.Subcommands.Add(Commands.OptimizeCommand.Create());
        root.Subcommands.Add(Commands.MonitorCommand.Create());
        root.Subcommands.Add(Commands.WijkenCommand.Create());
        root.Subcommands.Add(Commands.NotebookCommand.Build());

        // Dutch help for every command (System.CommandLine has no Dutch resources)
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = DutchHelp.HelpDescription;
                help.Action = new DutchHelp();
            }
            else if (option is VersionOption version) version.Description = DutchHelp.VersionDescription;
        }
        return root;
    }

    /// <summary>
    /// Parses and runs <paramref name="args"/>: help in Dutch; any parse error (unknown or missing option, a value of the
    /// wrong kind, a missing command) in Dutch on standard error with exit code 2 before anything runs.
    /// </summary>
    public static int Run(string[] args)
    {
        var result = Build().Parse(args);
        if (result.Errors.Count > 0 && result.Action is not DutchHelp) return CommandLineErrors.Report(result, Console.Error);
        return result.Invoke();
    }
}
