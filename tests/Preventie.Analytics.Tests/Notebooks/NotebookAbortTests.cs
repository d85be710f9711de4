using Preventie.Analytics.Notebooks;

namespace Preventie.Analytics.Tests.Notebooks;

/// <summary>The classification of a child process that ended without a result, and the protocol it speaks (no process needed).</summary>
public class NotebookAbortTests
{
    private static readonly NotebookProcessMessage Cell5 = new()
    {
        Kind = NotebookProcessMessageKind.Progress, CellIndex = 5, CodeCellNumber = 3, CodeCellCount = 7, FirstLine = "Fib(1)", Status = NotebookCellStatus.Running,
    };

    [Theory]
    [InlineData(134, "Stack overflow.\n   at Submission#3.Fib(Int32)\n", NotebookAbortReason.StackOverflow)]
    [InlineData(0, "", NotebookAbortReason.ExitedEarly)]
    [InlineData(134, "Unhandled exception. System.IO.IOException: boem\n   at X.Y()", NotebookAbortReason.UnhandledException)]
    [InlineData(137, "", NotebookAbortReason.Killed)]
    [InlineData(42, "", NotebookAbortReason.ExitCode)]
    public void The_exit_code_and_standard_error_tell_why_the_process_ended(int exitCode, string standardError, NotebookAbortReason expected)
    {
        var abort = NotebookAbort.Classify("03-pilotscenarios.ipynb", Cell5, true, exitCode, standardError);
        Assert.Equal(expected, abort.Reason);
        Assert.StartsWith("De notebook 03-pilotscenarios.ipynb is afgebroken in cel 5 (`Fib(1)`): ", abort.Message);
        Assert.DoesNotContain("   at ", abort.Message);
        Assert.DoesNotContain("boem", abort.Message);
    }

    [Fact]
    public void The_messages_read_as_the_issue_asks()
    {
        Assert.Equal("De notebook 03-pilotscenarios.ipynb is afgebroken in cel 5 (`Fib(1)`): de cel liep vast in een oneindige herhaling (stack overflow).",
            NotebookAbort.Classify("03-pilotscenarios.ipynb", Cell5, true, 134, "Stack overflow.").Message);
        Assert.Equal("De notebook a.ipynb is afgebroken in cel 5 (`Fib(1)`): de cel beëindigde het hele proces (Environment.Exit) voordat de notebook klaar was.",
            NotebookAbort.Classify("a.ipynb", Cell5, true, 0, "").Message);
        Assert.Contains("(System.IO.IOException,", NotebookAbort.Classify("a.ipynb", Cell5, true, 134, "Unhandled exception. System.IO.IOException: x").Message);
        Assert.StartsWith("De notebook a.ipynb is afgebroken na cel 5 (`Fib(1)`): iets in de notebook",
            NotebookAbort.Classify("a.ipynb", Cell5 with { Status = NotebookCellStatus.Completed }, false, 0, "").Message);
        Assert.StartsWith("De notebook a.ipynb is afgebroken voordat de eerste cel begon: ", NotebookAbort.Classify("a.ipynb", null, false, 1, "").Message);
    }

    [Fact]
    public void Protocol_lines_round_trip_and_other_lines_are_ignored()
    {
        var failure = new NotebookCellFailure(4, "abc", "throw new X();", "System.Exception", "kapot; \"quote\"\nregel 2");
        var result = new NotebookProcessMessage { Kind = NotebookProcessMessageKind.Result, CellsRun = 3, Seconds = 1.25, Failure = failure };
        var line = result.ToLine();
        Assert.DoesNotContain('\n', line);
        var back = NotebookProcessMessage.Parse(line)!;
        Assert.Equal(NotebookProcessMessageKind.Result, back.Kind);
        Assert.Equal(3, back.CellsRun);
        Assert.Equal(1.25, back.Seconds);
        Assert.Equal(failure, back.Failure);
        Assert.Equal(Cell5, NotebookProcessMessage.Parse(Cell5.ToLine()));

        Assert.Null(NotebookProcessMessage.Parse("Console.WriteLine uit een cel"));
        Assert.Null(NotebookProcessMessage.Parse(NotebookProcessMessage.Prefix + "{kapot"));
    }
}
