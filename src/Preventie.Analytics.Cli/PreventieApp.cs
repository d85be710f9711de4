using System.CommandLine;

namespace Preventie.Analytics.Cli;

/// <summary>The <c>preventie</c> command tree. Each subcommand lives in its own file under Commands/.</summary>
public static class PreventieApp
{
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
        return root;
    }
}
