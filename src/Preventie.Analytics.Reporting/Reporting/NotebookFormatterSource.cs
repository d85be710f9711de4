using Preventie.Analytics.Html;
namespace Preventie.Analytics.Reporting;

/// <summary>
/// The formatter source named (by its assembly-qualified name) by <see cref="Display.TypeFormatterSourceAttribute"/>,
/// the one notebook attribute of the project: formats any <see cref="IHtmlRenderable"/>
/// as <c>text/html</c> and its <c>ToString()</c> as <c>text/plain</c>, and the core's and the analysis layer's results through
/// their renderers (<see cref="ResultRendering"/> and the extension methods in Reporting/Results). The kernel calls these by convention (duck typing).
/// </summary>
public sealed class NotebookFormatterSource
{
    /// <summary>Called by the kernel: one formatter per MIME type.</summary>
    public IEnumerable<object> CreateTypeFormatters()
    {
        yield return new HtmlFormatter();
        yield return new PlainTextFormatter();
    }

    /// <summary>text/html: writes <see cref="IHtmlRenderable.ToHtml"/>.</summary>
    public sealed class HtmlFormatter
    {
        /// <summary>The MIME type this formatter produces.</summary>
        public string MimeType => "text/html";

        /// <summary>
        /// Writes the HTML of <paramref name="instance"/> when it is an <see cref="IHtmlRenderable"/> or a result with a
        /// renderer; returns false for any other object, so that the kernel's default display is used.
        /// </summary>
        public bool Format(object instance, TextWriter writer)
        {
            var html = instance switch
            {
                IHtmlRenderable renderable => renderable.ToHtml(),
                Simulation.SimulationResult r => ResultRendering.Html(r),
                Simulation.ScenarioComparison r => ResultRendering.Html(r),
                Uncertainty.PsaResult r => ResultRendering.Html(r),
                Uncertainty.OneWayResult r => ResultRendering.Html(r),
                Calibration.CalibrationResult r => r.ToHtml(),
                Inventory.InventorySummary r => r.ToHtml(),
                Wijken.NeedModelResult r => r.ToHtml(),
                Wijken.PresenceAllocationResult r => r.ToHtml(),
                Wijken.WijkComparison r => r.ToHtml(),
                Monitor.RunComparison r => r.ToHtml(),
                Analysis.WhatIfResult r => r.ToHtml(),
                _ => null,
            };
            if (html is null) return false;
            writer.Write(html);
            return true;
        }
    }

    /// <summary>text/plain: writes <c>ToString()</c>.</summary>
    public sealed class PlainTextFormatter
    {
        /// <summary>The MIME type this formatter produces.</summary>
        public string MimeType => "text/plain";

        /// <summary>
        /// Writes the plain-text summary of <paramref name="instance"/> when it is an <see cref="IHtmlRenderable"/> or a
        /// result with a renderer; returns false for any other object, so that the kernel's default display is used.
        /// </summary>
        public bool Format(object instance, TextWriter writer)
        {
            var text = instance switch
            {
                IHtmlRenderable => instance.ToString(),
                Simulation.SimulationResult r => ResultRendering.Text(r),
                Simulation.ScenarioComparison r => ResultRendering.Text(r),
                Uncertainty.PsaResult r => ResultRendering.Text(r),
                Uncertainty.OneWayResult r => ResultRendering.Text(r),
                Analysis.WhatIfResult r => r.Headline(),
                Calibration.CalibrationResult or Inventory.InventorySummary or Wijken.NeedModelResult or Wijken.PresenceAllocationResult
                    or Wijken.WijkComparison or Monitor.RunComparison => instance.ToString(),
                _ => null,
            };
            if (text is null) return false;
            writer.Write(text);
            return true;
        }
    }
}
