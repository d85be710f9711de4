using System.Globalization;

namespace Preventie.Analytics.Parameters;

/// <summary>
/// A value in the model files: a product of factors, each a number, a parameter name or <c>1-name</c>, e.g.
/// <c>aandeel_tijdelijk*1-route_tijdelijk_maatwerk</c>. Parameter names are resolved once to indices into the shared
/// parameter vector, so evaluation is a few multiplications (see <see cref="Evaluate"/>).
/// </summary>
public sealed class ValueExpression
{
    private readonly int[] _indices;
    private readonly bool[] _complement;
    private readonly double _offset; // an affine expression: offset + constant · Π factors (see Affine)

    private ValueExpression(double constant, int[] indices, bool[] complement, string text, double offset = 0)
    {
        _offset = offset;
        Constant = constant;
        _indices = indices;
        _complement = complement;
        Text = text;
    }

    /// <summary>The product of the numeric factors.</summary>
    public double Constant { get; }

    /// <summary>The expression as written.</summary>
    public string Text { get; }

    /// <summary>Vector indices of the referenced parameters.</summary>
    public IReadOnlyList<int> ParameterIndices => _indices;

    /// <summary>True when no parameter is referenced.</summary>
    public bool IsConstant => _indices.Length == 0;

    /// <summary>A fixed number.</summary>
    public static ValueExpression Of(double constant) =>
        new(constant, [], [], constant.ToString(CultureInfo.InvariantCulture));

    /// <summary>A single parameter reference.</summary>
    public static ValueExpression Reference(int index, string name) => new(1.0, [index], [false], name);

    /// <summary>
    /// <paramref name="offset"/> + <paramref name="factor"/> × this expression: a derived value that keeps the same
    /// parameters (so it still varies in the PSA), e.g. a wijk's population share of a band or its need-scaled start share.
    /// </summary>
    public ValueExpression Affine(double offset, double factor) =>
        offset == 0 && factor == 1 ? this
            : new ValueExpression(Constant * factor, _indices, _complement,
                offset == 0 ? $"{factor.ToString("G6", CultureInfo.InvariantCulture)}*{Text}"
                    : $"{(_offset * factor + offset).ToString("G6", CultureInfo.InvariantCulture)}+{factor.ToString("G6", CultureInfo.InvariantCulture)}*{Text}",
                _offset * factor + offset);

    /// <summary>
    /// The same expression with every parameter index passed through <paramref name="map"/> (e.g. a wijk's own copy of
    /// a parameter in an extended vector); this instance when nothing changes.
    /// </summary>
    public ValueExpression Remap(Func<int, int> map)
    {
        var indices = _indices.Select(map).ToArray();
        return indices.SequenceEqual(_indices) ? this : new ValueExpression(Constant, indices, _complement, Text, _offset);
    }

    /// <summary>Evaluates against a parameter vector (no allocation).</summary>
    public double Evaluate(ReadOnlySpan<double> parameters)
    {
        var v = Constant;
        for (var i = 0; i < _indices.Length; i++)
        {
            var p = parameters[_indices[i]];
            v *= _complement[i] ? 1.0 - p : p;
        }
        return _offset + v;
    }

    /// <summary>Parses <paramref name="text"/>; on failure returns null and a Dutch message.</summary>
    public static ValueExpression? TryParse(string text, ParameterSet parameters, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text)) { error = "waarde ontbreekt"; return null; }
        var constant = 1.0;
        var idx = new List<int>();
        var comp = new List<bool>();
        foreach (var raw in text.Split('*'))
        {
            var f = raw.Trim();
            var complement = false;
            if (f.StartsWith("1-") || f.StartsWith("1 -"))
            {
                complement = true;
                f = f[(f.IndexOf('-') + 1)..].Trim();
            }
            if (!complement && Input.DutchNumber.TryParse(f, out var number)) { constant *= number; continue; }
            var i = parameters.IndexOf(f);
            if (i < 0) { error = $"onbekende parameter '{f}'"; return null; }
            idx.Add(i);
            comp.Add(complement);
        }
        return new ValueExpression(constant, idx.ToArray(), comp.ToArray(), text.Trim());
    }
}
