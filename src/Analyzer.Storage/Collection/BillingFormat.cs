namespace Analyzer.Storage.Collection;

/// <summary>The billing exports <see cref="BillingImport"/> reads.</summary>
public enum BillingFormat
{
    /// <summary>AWS Data Exports CUR 2.0 (fixed snake_case columns).</summary>
    Cur2,

    /// <summary>FOCUS 1.0 with AWS columns (x_UsageType).</summary>
    Focus,
}
