namespace Preventie.Analytics.Evidence;

/// <summary>
/// A row of <c>data/evidence/wettelijke-taken.csv</c>: an activity or intervention the municipality must perform by law.
/// "Waar investeren?" keeps a legal task funded (at least at its current scale) unless the user explicitly allows
/// stopping it (<see cref="Optimisation.OptimisationOptions.AllowStoppingLegalTasks"/>).
/// </summary>
/// <param name="Row">Row in the file.</param>
/// <param name="Name">The activity's name, as in the scenarios or the inventory (compared case-insensitively).</param>
/// <param name="Law">The law that makes it a task (column <c>wettelijke_taak</c>), e.g. "Wet gemeentelijke schuldhulpverlening".</param>
/// <param name="Source">Where the law can be read (column <c>bron</c>).</param>
public sealed record LegalTask(int Row, string Name, string Law, string Source);
