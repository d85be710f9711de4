using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Tests.Simulation;

namespace Preventie.Analytics.Tests.Monitor;

/// <summary>
/// <see cref="ParameterFileUpdate"/>, which writes calibrated values into the model folder's <c>parameters.csv</c>:
/// the new values read back exactly through <see cref="ParameterFile"/>, and nothing else in the file changes.
/// </summary>
public class ParameterFileUpdateTests
{
    private static readonly string Shipped = File.ReadAllText(Path.Combine(TestModels.DefaultModelDir, "parameters.csv"));

    private static string Write(string text)
    {
        var path = Path.Combine(MonitorTestFiles.TempDir(), "parameters.csv");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    [Property(MaxTest = 100)]
    public Property A_new_value_and_distribution_read_back_exactly_and_other_lines_stay_byte_for_byte() =>
        Prop.ForAll(Gen.Choose(1, 1_000_000_000).ToArbitrary(), Gen.Choose(1, 1_000_000).ToArbitrary(), (mantissa, weight) =>
        {
            // a probability with many digits (as a calibration gives) and a Beta centred on it
            var value = mantissa / 1_000_000_001.0;
            var n = 2 + weight / 997.0;
            var original = ParameterFile.Read(Write(Shipped));
            var old = original[original.IndexOf("incidentie_65_79")];
            var updated = old with
            {
                Value = value, Source = "gekalibreerd op m.csv, periode 2022–2024; \"test\"", IsAssumption = false, Note = "was 0,06 (aanname)",
                Distribution = new DistributionSpec(DistributionKind.Beta, [value * n, (1 - value) * n]),
            };
            var text = ParameterFileUpdate.Apply(Shipped, [updated]);
            var read = ParameterFile.Read(Write(text));
            var p = read[read.IndexOf("incidentie_65_79")];
            Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(p.Value));
            Assert.Equal(updated.Source, p.Source);
            Assert.False(p.IsAssumption);
            Assert.Equal(updated.Note, p.Note);
            Assert.Equal(DistributionKind.Beta, p.Distribution!.Kind);
            Assert.Equal(updated.Distribution.Arguments, p.Distribution.Arguments);
            Assert.Equal(old.Unit, p.Unit);
            // every other line (comments included) unchanged, in order
            var before = Shipped.Split('\n');
            var after = text.Split('\n');
            Assert.Equal(before.Length, after.Length);
            var differing = Enumerable.Range(0, before.Length).Where(i => before[i] != after[i]).ToList();
            Assert.Equal(after[Assert.Single(differing)].Split(';')[0], "incidentie_65_79");
            return true;
        });

    [Fact]
    public void A_comma_separated_file_with_crlf_and_missing_columns_gets_the_columns_and_keeps_its_line_endings()
    {
        var text = "naam,waarde,eenheid,bron,aanname\r\n# opmerking, blijft\r\na,\"0.5\",kans,bron a,nee\r\nb,2,aantal,,ja\r\n";
        var changed = new Parameter("a", 0.25, "kans", "nieuw, met komma", false, new DistributionSpec(DistributionKind.Beta, [2.5, 7.5]), "was 0.5");
        var result = ParameterFileUpdate.Apply(text, [changed]);
        Assert.Equal("naam,waarde,eenheid,bron,aanname,verdeling,p1,p2,p3,groep,toelichting\r\n# opmerking, blijft\r\n" +
                     "a,0.25,kans,\"nieuw, met komma\",nee,beta,2.5,7.5,,,was 0.5\r\nb,2,aantal,,ja\r\n", result);
        var read = ParameterFile.Read(Write(result));
        Assert.Equal(0.25, read[read.IndexOf("a")].Value);
        Assert.Equal([2.5, 7.5], read[read.IndexOf("a")].Distribution!.Arguments);
        Assert.Equal(2, read[read.IndexOf("b")].Value);
    }

    [Fact]
    public void A_parameter_without_a_row_is_refused()
    {
        var p = new Parameter("bestaat_niet", 1, "aantal", "x", false, null);
        Assert.Throws<ArgumentException>(() => ParameterFileUpdate.Apply(Shipped, [p]));
    }
}
