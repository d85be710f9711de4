namespace Preventie.Analytics.Display;

/// <summary>
/// Marks a result type of the core or the analysis layer for the notebook kernels' convention-based formatting
/// without a compile-time dependency on the renderers. Kernels (.NET Interactive, and our headless runner's
/// <c>Preventie.Analytics.Notebooks.DisplayFormatter</c>) match an attribute by its name, <c>TypeFormatterSourceAttribute</c>, and ask
/// its <see cref="FormatterSourceType"/> for formatters; here that type is named, and resolved only when a kernel asks
/// (by default <c>Preventie.Analytics.Reporting.NotebookFormatterSource</c> in the Reporting assembly, which renders through
/// the renderers). The dependency points one way: the core names the renderer, it never references it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class TypeFormatterSourceAttribute : Attribute
{
    /// <summary>The formatter source the renderers provide.</summary>
    public const string DefaultSource = "Preventie.Analytics.Reporting.NotebookFormatterSource, Preventie.Analytics.Reporting";

    /// <param name="formatterSourceTypeName">Assembly-qualified name of the formatter source type.</param>
    public TypeFormatterSourceAttribute(string formatterSourceTypeName = DefaultSource) => FormatterSourceTypeName = formatterSourceTypeName;

    /// <summary>Full name of the formatter source type.</summary>
    public string FormatterSourceTypeName { get; }

    /// <summary>The formatter source type (the property kernels read by convention), looked up among the assemblies already
    /// loaded: a notebook that references the renderers (<c>#r</c> Preventie.Analytics.Reporting.dll) has it; without them
    /// the result is null and the kernel shows the object its own way. No assembly is loaded from here — in the .NET
    /// Interactive kernel a load request goes through the script host's resolver, which throws for unknown names.</summary>
    public Type? FormatterSourceType
    {
        get
        {
            var comma = FormatterSourceTypeName.IndexOf(',');
            if (comma < 0) return typeof(TypeFormatterSourceAttribute).Assembly.GetType(FormatterSourceTypeName, throwOnError: false);
            var typeName = FormatterSourceTypeName[..comma].Trim();
            var assemblyName = FormatterSourceTypeName[(comma + 1)..].Trim();
            return AppDomain.CurrentDomain.GetAssemblies()
                .Where(a => string.Equals(a.GetName().Name, assemblyName, StringComparison.Ordinal))
                .Select(a => a.GetType(typeName, throwOnError: false))
                .FirstOrDefault(t => t is not null);
        }
    }

    /// <summary>MIME types the kernel should prefer for this type.</summary>
    public string[] PreferredMimeTypes { get; set; } = { "text/html" };
}
