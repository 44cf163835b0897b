using System.Text.RegularExpressions;

namespace Analyzer.Collectors.CloudWatch;

/// <summary>
/// The owner a pod's name comes from, by Kubernetes' naming: a Deployment's pods are "name-HASH-xxxxx" (the ReplicaSet's
/// pod-template-hash, then 5 random characters, both from Kubernetes' safe alphabet "bcdfghjklmnpqrstvwxz2456789"), a
/// Job's "name-xxxxx" (a CronJob's Job adds "-MINUTES", 8 digits or more), a StatefulSet's "name-N". A name that matches
/// none is its own owner. Container Insights names pods, not owners, so this is how replicas are counted together.
/// </summary>
internal static partial class KubernetesOwners
{
    public static string Of(string podName)
    {
        ArgumentNullException.ThrowIfNull(podName);
        if (DeploymentPod().Match(podName) is { Success: true } deployment)
        {
            return deployment.Groups["owner"].Value;
        }

        if (JobPod().Match(podName) is { Success: true } job)
        {
            var owner = job.Groups["owner"].Value;
            return CronJobRun().Match(owner) is { Success: true } cron ? cron.Groups["owner"].Value : owner;
        }

        return StatefulSetPod().Match(podName) is { Success: true } stateful ? stateful.Groups["owner"].Value : podName;
    }

    [GeneratedRegex("^(?<owner>.+)-[bcdfghjklmnpqrstvwxz2456789]{1,10}-[bcdfghjklmnpqrstvwxz2456789]{5}$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex DeploymentPod();

    [GeneratedRegex("^(?<owner>.+)-[bcdfghjklmnpqrstvwxz2456789]{5}$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex JobPod();

    [GeneratedRegex("^(?<owner>.+)-[0-9]{8,}$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex CronJobRun();

    [GeneratedRegex("^(?<owner>.+)-[0-9]{1,5}$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex StatefulSetPod();
}
