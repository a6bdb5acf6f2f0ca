using System;

namespace LambdaGen
{
    /// <summary>
    /// Project-wide defaults for every <see cref="LambdaFunctionAttribute"/> in the assembly.
    /// A value on the method wins over this attribute, which wins over MSBuild properties
    /// (<c>LambdaRole</c>, <c>LambdaRuntime</c>, <c>LambdaMemorySize</c>, …).
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
    public sealed class LambdaDefaultsAttribute : Attribute
    {
        /// <inheritdoc cref="LambdaFunctionAttribute.Runtime"/>
        public string? Runtime { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.MemorySize"/>
        public int MemorySize { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.Timeout"/>
        public int Timeout { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.Architectures"/>
        public string[]? Architectures { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.EphemeralStorage"/>
        public int EphemeralStorage { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.Role"/>
        public string? Role { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.KMSKeyArn"/>
        public string? KMSKeyArn { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.Layers"/>
        public string[]? Layers { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.TracingMode"/>
        public string? TracingMode { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.DeadLetterTargetArn"/>
        public string? DeadLetterTargetArn { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.SubnetIds"/>
        public string[]? SubnetIds { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.SecurityGroupIds"/>
        public string[]? SecurityGroupIds { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.Ipv6AllowedForDualStack"/>
        public bool Ipv6AllowedForDualStack { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.PackageType"/>
        public string? PackageType { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.ImageEntryPoint"/>
        public string[]? ImageEntryPoint { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.ImageCommand"/>
        public string[]? ImageCommand { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.ImageWorkingDirectory"/>
        public string? ImageWorkingDirectory { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.CodeSigningConfigArn"/>
        public string? CodeSigningConfigArn { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.Publish"/>
        public bool Publish { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.SnapStart"/>
        public string? SnapStart { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.LogFormat"/>
        public string? LogFormat { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.ApplicationLogLevel"/>
        public string? ApplicationLogLevel { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.SystemLogLevel"/>
        public string? SystemLogLevel { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.LogGroup"/>
        public string? LogGroup { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.TenantIsolationMode"/>
        public string? TenantIsolationMode { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.CapacityProviderArn"/>
        public string? CapacityProviderArn { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.PerExecutionEnvironmentMaxConcurrency"/>
        public int PerExecutionEnvironmentMaxConcurrency { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.ExecutionEnvironmentMemoryGiBPerVCpu"/>
        public double ExecutionEnvironmentMemoryGiBPerVCpu { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.DurableExecutionTimeout"/>
        public int DurableExecutionTimeout { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.DurableRetentionPeriodInDays"/>
        public int DurableRetentionPeriodInDays { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.DurableKMSKeyArn"/>
        public string? DurableKMSKeyArn { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.ReservedConcurrentExecutions"/>
        public int ReservedConcurrentExecutions { get; set; }
        /// <inheritdoc cref="LambdaFunctionAttribute.PublishTo"/>
        public string? PublishTo { get; set; }
    }
}
