namespace Preventie.Analytics.Analysis;

/// <summary>
/// A "wat als": one scenario against the basis computed twice, as in its files and with a <see cref="ScenarioChange"/>
/// (<see cref="ScenarioChange.Run"/>). Renderers show what moved: the headline, the net result per payer before and
/// after, and a chart; in a notebook it shows as all three.
/// </summary>
/// <param name="Change">What was changed.</param>
/// <param name="Original">The scenario as in its files.</param>
/// <param name="Changed">The scenario with the change (the basis changed too when it has the intervention).</param>
[Display.TypeFormatterSource]
public sealed record WhatIfResult(ScenarioChange Change, ScenarioAnalysis Original, ScenarioAnalysis Changed);
