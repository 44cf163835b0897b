using Analyzer.Collectors;
using Analyzer.Collectors.Aws;
using Analyzer.Collectors.S3;

namespace Analyzer.Jobs.Publish;

/// <summary>The publish step: uploads the reports of a run to S3 under <c>prefix/&lt;run id&gt;/</c>, the one write Analyzer makes in AWS.</summary>
public static class PublishStep
{
    public static async Task<JobStatus> UploadAsync(
        JobContext context, S3ExportLocation destination, string runId, IReadOnlyList<string> files, Uri? endpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(destination);
        try
        {
            var keys = await new ReportUploader(new AwsClientOptions { EndpointUrl = endpoint }).UploadAsync(destination, runId, files, cancellationToken);
            foreach (var key in keys)
            {
                await context.Output.WriteLineAsync($"uploaded s3://{destination.Bucket}/{key}");
            }

            return JobStatus.Succeeded;
        }
        catch (CollectorException ex)
        {
            await context.Error.WriteLineAsync($"upload failed: {ex.Message} The reports are in the output folder.");
            return JobStatus.ReportFailed;
        }
    }
}
