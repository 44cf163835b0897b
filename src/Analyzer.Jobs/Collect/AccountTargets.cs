using System.Text.RegularExpressions;
using Analyzer.Collectors.Aws;
using Analyzer.Core;

namespace Analyzer.Jobs.Collect;

/// <summary>Turns role ARNs and configured accounts into <see cref="AwsAccountTarget"/>s, checking what AWS would refuse later.</summary>
internal static partial class AccountTargets
{
    public static AwsAccountTarget FromRoleArn(string roleArn, string key = "--account-role")
    {
        var match = RoleArnPattern().Match(roleArn);
        if (!match.Success)
        {
            throw new ConfigurationException(key, $"'{roleArn}' is not an IAM role ARN (arn:aws:iam::123456789012:role/NAME)");
        }

        var accountId = match.Groups["account"].Value;
        return new AwsAccountTarget(accountId, accountId, roleArn);
    }

    public static AwsAccountTarget FromConfig(CollectConfigAccount account, int index)
    {
        var key = $"accounts[{index}]";
        if (account.RoleArn is { } arn)
        {
            var fromArn = FromRoleArn(arn, key + ".roleArn");
            if (account.Id is { } id && id != fromArn.AccountId)
            {
                throw new ConfigurationException(key + ".id", $"{id} differs from the account in its role ARN ({fromArn.AccountId})");
            }

            return fromArn with { Name = account.Name ?? fromArn.AccountId, ExternalId = account.ExternalId };
        }

        if (account.Id is not { } plainId || !AccountIdPattern().IsMatch(plainId))
        {
            throw new ConfigurationException(key, "needs a roleArn, or a 12-digit id to collect with the ambient credentials");
        }

        return new AwsAccountTarget(plainId, account.Name ?? plainId);
    }

    [GeneratedRegex(@"^arn:aws(-cn|-us-gov)?:iam::(?<account>\d{12}):role/[\w+=,.@/-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleArnPattern();

    [GeneratedRegex(@"^\d{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex AccountIdPattern();
}
