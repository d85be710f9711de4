using Preventie.Analytics.Parameters;

namespace Preventie.Analytics.Simulation;

/// <summary>
/// The distinct value expressions of a compiled scenario laid out flat (constant, then the factors of each one in a
/// single array), so that a run evaluates all of them in one tight loop. The arithmetic is exactly that of
/// <see cref="ValueExpression.Evaluate"/> — the constant times each factor in order, a factor being p or 1 − p — so the
/// values are bit-identical to evaluating the expressions one by one.
/// </summary>
internal sealed class ExpressionTable
{
    private readonly double[] _constant;
    private readonly int[] _end;          // factors of expression i: _end[i − 1] (or 0) .. _end[i] − 1
    private readonly int[] _parameter;
    private readonly bool[] _complement;

    public ExpressionTable(IReadOnlyList<ValueExpression> expressions)
    {
        Expressions = expressions;
        _constant = expressions.Select(e => e.Constant).ToArray();
        _end = new int[expressions.Count];
        var parameters = new List<int>();
        var complements = new List<bool>();
        for (var i = 0; i < expressions.Count; i++)
        {
            parameters.AddRange(expressions[i].ParameterIndices);
            complements.AddRange(expressions[i].Complements);
            _end[i] = parameters.Count;
        }
        _parameter = parameters.ToArray();
        _complement = complements.ToArray();
    }

    /// <summary>The expressions, in table order.</summary>
    public IReadOnlyList<ValueExpression> Expressions { get; }

    /// <summary>Number of expressions.</summary>
    public int Count => _constant.Length;

    /// <summary>values[i] = expression i evaluated against <paramref name="parameters"/>.</summary>
    public void Evaluate(ReadOnlySpan<double> parameters, Span<double> values)
    {
        var constant = _constant;
        var end = _end;
        var parameter = _parameter;
        var complement = _complement;
        values = values[..constant.Length];
        var f = 0;
        for (var i = 0; i < constant.Length; i++)
        {
            var v = constant[i];
            for (var last = end[i]; f < last; f++)
            {
                var p = parameters[parameter[f]];
                v *= complement[f] ? 1.0 - p : p;
            }
            values[i] = v;
        }
    }
}
