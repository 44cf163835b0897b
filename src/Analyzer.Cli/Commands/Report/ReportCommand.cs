using System.CommandLine;
using Analyzer.Jobs.Report;
using Analyzer.Reports;
using Analyzer.Reports.Pdf;

namespace Analyzer.Cli.Commands.Report;

/// <summary>`analyzer report`: writes HTML, PDF, CSV and JSON reports of an analysis run.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context, Option<string> store)
    {
        var format = new Option<string>("--format") { Description = "Comma-separated formats: html, pdf, csv, json, xlsx.", DefaultValueFactory = _ => "html,pdf,csv,json,xlsx" };
        var output = new Option<string>("--out") { Description = "Folder to write the reports into.", DefaultValueFactory = _ => "reports/out" };
        var run = new Option<string?>("--run") { Description = "Analysis run id; default the latest succeeded run." };
        var paper = new Option<string>("--paper") { Description = "PDF paper size: a4 or letter.", DefaultValueFactory = _ => "a4" };
        var team = new Option<string>("--team-tag") { Description = "Tag key the per-team breakdown groups by.", DefaultValueFactory = _ => "team" };
        var appendix = new Option<bool>("--pdf-appendix") { Description = "End the PDF with every recommendation as a compact landscape table." };
        var command = new Command("report", "Write the reports of an analysis run.") { format, output, run, paper, team, appendix };
        command.Validators.Add(result =>
        {
            try
            {
                ReportOutputs.Parse(result.GetValue(format) ?? string.Empty);
            }
            catch (FormatException e)
            {
                result.AddError(e.Message);
            }

            if (CommandPaths.OutputFolderError(context, "--out", result.GetValue(output)) is { } error)
            {
                result.AddError(error);
            }

            if (result.GetValue(paper) is { } p && !p.Equals("a4", StringComparison.OrdinalIgnoreCase) && !p.Equals("letter", StringComparison.OrdinalIgnoreCase))
            {
                result.AddError($"'{p}' is not a paper size; expected a4 or letter.");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var paperSize = parse.GetValue(paper)!.Equals("letter", StringComparison.OrdinalIgnoreCase) ? PaperSize.Letter : PaperSize.A4;
            var status = await new ReportStep(context.Jobs()) { PdfAppendix = parse.GetValue(appendix) }.RunAsync(
                CommandPaths.ExistingStore(context, parse.GetValue(store)!), parse.GetValue(run), ReportOutputs.Parse(parse.GetValue(format)!),
                context.ResolvePath(parse.GetValue(output)!), paperSize, parse.GetValue(team)!, cancellationToken);
            return ExitCodes.From(status);
        });
        return command;
    }
}
