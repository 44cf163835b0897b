using Analyzer.Core.Options;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Rules;

/// <summary>
/// Rewrites a managed workload's options as the manager's own settings, in its words and with its effort: an EKS node
/// group's instance types and capacity type, a Karpenter NodePool's requirements, a Batch compute environment's
/// instance types and allocation strategy, a Beanstalk environment's instance type and Auto Scaling sizes. A bare
/// "resize the instance" or "set the group's count" would be undone by the manager, so none is left; options the
/// manager cannot take (Fargate Spot under EKS, a Lambda rewrite of pods) become infeasible with the reason.
/// </summary>
public static class ManagedCapacityRule
{
    public static IReadOnlyList<OptionResult> Apply(IReadOnlyList<OptionResult> options, ManagedCapacity managed)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(managed);
        return [.. options.Select(o => Apply(o, managed))];
    }

    private static OptionResult Apply(OptionResult option, ManagedCapacity managed)
    {
        if (option.Family == OptionFamily.Current)
        {
            return option with { Reason = Join($"managed by {managed.Describe()}", option.Reason) };
        }

        if (option.Family.IsCommitment())
        {
            return option;
        }

        // Spot's target is a set of pools; its label names the size they are like ("ec2-spot:t3.large").
        var colon = option.Option.IndexOf(':', StringComparison.Ordinal);
        var type = option.Family == OptionFamily.Ec2Spot && colon > 0 ? option.Option[(colon + 1)..] : option.Target?.InstanceType ?? "the recommended type";
        var (action, effort, refusal) = Advice(managed, option, type);
        if (refusal is not null)
        {
            // What the manager cannot do at all is the reason, whatever else kept the option out.
            return OptionResult.Infeasible(option.Option, option.Family, refusal, option.Risk, Max(option.Effort, effort), option.Confidence, target: option.Target);
        }

        if (!option.Feasible)
        {
            return option;
        }

        return option with { Reason = Join(action, option.Reason), Effort = Max(option.Effort, effort) };
    }

    private static (string? Action, Effort Effort, string? Refusal) Advice(ManagedCapacity managed, OptionResult option, string type) => managed.Manager switch
    {
        CapacityManager.EksNodeGroup => option.Family switch
        {
            OptionFamily.Ec2Rightsized or OptionFamily.Graviton => ($"Change the node group's instance types to {type} (eksctl/console: node group update or a new node group; pods reschedule as nodes drain){Arm(option, " and pod images must be built for arm64")}; its node count follows the pods' requests", Effort.Medium, null),
            OptionFamily.Ec2Spot => ($"Set the node group's capacity type to SPOT with instance types like {type} (a new node group: the capacity type is fixed at creation; pods must tolerate interruption)", Effort.Medium, null),
            OptionFamily.Schedule => ("Scale the node group to 0 outside the window (eksctl scale nodegroup --nodes 0, or scheduled actions on its Auto Scaling group), its pods scaled down first", Effort.Medium, null),
            OptionFamily.Stop => ("Delete the node group (eksctl delete nodegroup) or scale it to 0 once no pods need it", Effort.Low, null),
            _ => Kubernetes(option),
        },
        CapacityManager.Karpenter => option.Family switch
        {
            OptionFamily.Ec2Rightsized or OptionFamily.Graviton => ($"Allow {type} in the NodePool's requirements (node.kubernetes.io/instance-type or karpenter.k8s.aws/instance-family{Arm(option, ", and arm64 in kubernetes.io/arch: pod images must be multi-arch")}); Karpenter consolidates onto it as pods reschedule, its node count following the pods' requests", Effort.Medium, null),
            OptionFamily.Ec2Spot => ($"Add spot to the NodePool's karpenter.sh/capacity-type requirement, with instance types like {type} (Karpenter falls back to on-demand)", Effort.Low, null),
            OptionFamily.Schedule => ("Scale the pods' deployments to 0 outside the window; Karpenter removes the empty nodes", Effort.Medium, null),
            OptionFamily.Stop => ("Remove the NodePool's workloads (or the NodePool); Karpenter then removes its nodes", Effort.Low, null),
            _ => Kubernetes(option),
        },
        CapacityManager.KubernetesSelfManaged => option.Family switch
        {
            OptionFamily.Ec2Rightsized or OptionFamily.Graviton => ($"Change the instance type in the node group's launch template to {type} and roll its Auto Scaling group, draining each old node (kubectl drain){Arm(option, "; pod images must be built for arm64")}", Effort.Medium, null),
            OptionFamily.Ec2Spot => ($"Give the node group's Auto Scaling group a mixed-instances policy with Spot and types like {type}, with the AWS Node Termination Handler", Effort.Medium, null),
            OptionFamily.Schedule => ("Scheduled actions on the node group's Auto Scaling group to 0 outside the window, its pods scaled down first", Effort.Medium, null),
            OptionFamily.Stop => ("Drain the nodes and remove the node group", Effort.Low, null),
            _ => Kubernetes(option),
        },
        CapacityManager.Batch => option.Family switch
        {
            OptionFamily.Ec2Rightsized or OptionFamily.Graviton => ($"Set the compute environment's instance types to {type} (UpdateComputeEnvironment or console){Arm(option, "; job images must be built for arm64")}; its instances follow the queued jobs between minvCpus and maxvCpus", Effort.Low, null),
            OptionFamily.Ec2Spot => ($"Add a SPOT compute environment with allocation strategy SPOT_CAPACITY_OPTIMIZED and instance types like {type}, first in the job queue's order (an existing environment's provisioning model cannot change)", Effort.Medium, null),
            OptionFamily.Fargate => ("Add a FARGATE compute environment to the job queue (the job definitions need the FARGATE platform capability)", Effort.Medium, null),
            OptionFamily.FargateSpot => ("Add a FARGATE_SPOT compute environment to the job queue (the job definitions need the FARGATE platform capability; jobs must tolerate interruption)", Effort.Medium, null),
            OptionFamily.Schedule => ("Set the compute environment's minvCpus to 0, so Batch scales it to zero outside the jobs' window", Effort.Low, null),
            OptionFamily.Stop => ("Disable the compute environment (state DISABLED) or set its minvCpus and desiredvCpus to 0", Effort.Low, null),
            OptionFamily.Lambda => ("Run the jobs as Lambda functions instead of Batch jobs (a rewrite; 15 minutes at most per job)", Effort.High, null),
            _ => (null, option.Effort, null),
        },
        _ => option.Family switch
        {
            OptionFamily.Ec2Rightsized or OptionFamily.Graviton => ($"Change the environment's instance type to {type} (eb config: aws:ec2:instances InstanceTypes, or console: Configuration > Capacity){Arm(option, " on an arm64 platform version")}{Sizes(option)}; Beanstalk replaces the instances", Effort.Low, null),
            OptionFamily.Ec2Spot => ($"Enable Spot in the environment's capacity (aws:ec2:instances EnableSpot with InstanceTypes like {type}, SpotFleetOnDemandBase 0)", Effort.Low, null),
            OptionFamily.Schedule => ("Scheduled actions in the environment (aws:autoscaling:scheduledaction) setting MinSize and MaxSize to 0 outside the window", Effort.Low, null),
            OptionFamily.Stop => ("Terminate the environment (eb terminate) once nothing uses it", Effort.Low, null),
            OptionFamily.Fargate or OptionFamily.FargateSpot => ("Move the application off Elastic Beanstalk to ECS on Fargate (a migration)", Effort.High, null),
            OptionFamily.Lambda => ("Move the application off Elastic Beanstalk to Lambda (a rewrite)", Effort.High, null),
            _ => (null, option.Effort, null),
        },
    };

    // The Kubernetes managers' moves off EC2: pods can run on EKS Fargate, never on Fargate Spot or as a Lambda function.
    private static (string? Action, Effort Effort, string? Refusal) Kubernetes(OptionResult option) => option.Family switch
    {
        OptionFamily.Fargate => ("Run its pods on EKS Fargate: a Fargate profile for their namespaces (DaemonSets do not run on Fargate)", Effort.High, null),
        OptionFamily.FargateSpot => (null, Effort.High, "EKS on Fargate has no Fargate Spot"),
        OptionFamily.Lambda => (null, Effort.High, "its pods are scheduled by Kubernetes: a move to Lambda is a rewrite Analyzer cannot judge"),
        _ => (null, option.Effort, null),
    };

    private static string Arm(OptionResult option, string text) => option.Family == OptionFamily.Graviton ? text : string.Empty;

    private static string Sizes(OptionResult option) =>
        option.Target?.Change is { } change && (change.ToUnits.Min != change.FromUnits.Min || change.ToUnits.Max != change.FromUnits.Max)
            ? $" and its Auto Scaling sizes to MinSize {change.ToUnits.Min}, MaxSize {change.ToUnits.Max} (aws:autoscaling:asg)"
            : string.Empty;

    private static string? Join(string? action, string? caveat) =>
        action is null ? caveat : caveat is null ? action : $"{action}; {caveat}";

    private static Effort Max(Effort a, Effort b) => a > b ? a : b;
}
