namespace Preventie.Analytics.Simulation.NotebookDisplay;

/// <summary>
/// Marks a result type of the engine (Simulation, Uncertainty) for the notebook kernels' convention-based formatting
/// without a compile-time dependency on the renderers. Kernels (.NET Interactive, and our headless runner's
/// <c>Preventie.Analytics.Notebooks.DisplayFormatter</c>) match an attribute by its name, <c>TypeFormatterSourceAttribute</c>, and ask
/// its <see cref="FormatterSourceType"/> for formatters; here that type is named, and resolved only when a kernel asks
/// (by default <c>Preventie.Analytics.Reporting.NotebookFormatterSource</c>, which renders through
/// <c>Reporting.ResultRendering</c>). Its own namespace keeps it apart from the Reporting attribute of the same name.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class TypeFormatterSourceAttribute : Attribute
{
    /// <summary>The formatter source the renderers provide.</summary>
    public const string DefaultSource = "Preventie.Analytics.Reporting.NotebookFormatterSource";

    /// <param name="formatterSourceTypeName">Full name of the formatter source type in this assembly.</param>
    public TypeFormatterSourceAttribute(string formatterSourceTypeName = DefaultSource) => FormatterSourceTypeName = formatterSourceTypeName;

    /// <summary>Full name of the formatter source type.</summary>
    public string FormatterSourceTypeName { get; }

    /// <summary>The formatter source type (the property kernels read by convention).</summary>
    public Type? FormatterSourceType => typeof(TypeFormatterSourceAttribute).Assembly.GetType(FormatterSourceTypeName);

    /// <summary>MIME types the kernel should prefer for this type.</summary>
    public string[] PreferredMimeTypes { get; set; } = { "text/html" };
}
