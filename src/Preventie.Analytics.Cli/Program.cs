using Preventie.Analytics.Formatting;
using System.CommandLine;
using System.Globalization;
using System.Text;
using Preventie.Analytics.Cli;
using Preventie.Analytics.Cli.Commands;
using Preventie.Analytics.Reporting;

Console.OutputEncoding = new UTF8Encoding(false);
CultureInfo.DefaultThreadCurrentCulture = DutchFormat.Culture;
CultureInfo.DefaultThreadCurrentUICulture = DutchFormat.Culture;
CultureInfo.CurrentCulture = DutchFormat.Culture;
CultureInfo.CurrentUICulture = DutchFormat.Culture;

// Plain text without ANSI codes when output goes to a file or pipe (batch reruns, logs).
Spectre.Console.AnsiConsole.Console = UserConsole.For(Console.Out);

return PreventieApp.Run(args);
