using System.CommandLine;
using System.Globalization;
using System.Text;
using Preventie.Analytics.Cli;
using Preventie.Analytics.Reporting;

Console.OutputEncoding = new UTF8Encoding(false);
CultureInfo.DefaultThreadCurrentCulture = DutchFormat.Culture;
CultureInfo.DefaultThreadCurrentUICulture = DutchFormat.Culture;
CultureInfo.CurrentCulture = DutchFormat.Culture;
CultureInfo.CurrentUICulture = DutchFormat.Culture;

return PreventieApp.Build().Parse(args).Invoke();
