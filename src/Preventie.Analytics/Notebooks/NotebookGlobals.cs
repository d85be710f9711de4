namespace Preventie.Analytics.Notebooks;

/// <summary>
/// The globals every notebook cell sees when run headless: the kernel's <c>display(value)</c> helper.
/// Public because the scripting compiler needs access; not meant to be created outside the runner.
/// </summary>
public sealed class NotebookGlobals
{
    private readonly Action<object?> _display;

    internal NotebookGlobals(Action<object?> display) => _display = display;

    /// <summary>Shows <paramref name="value"/> as a display_data output (text/plain, and text/html when the type has formatters).</summary>
#pragma warning disable IDE1006 // lower-case name, as in .NET Interactive
    public void display(object? value) => _display(value);
#pragma warning restore IDE1006
}
