// Stand-in for the public surface of the AWSSDK.Lambda (v4) NuGet package, written from
// /work/shared/reference/awssdk-lambda-v4-surface.md. Compile-and-run only: no marshalling, no HTTP.

using Amazon.Runtime;

// ConstantClass "enums": static member = wire string. Values not listed here still work through
// FindValue / the implicit string conversion (they become new instances carrying the string).
namespace Amazon.Lambda;

/// <summary>Constants for properties of type Runtime (wire strings).</summary>
public class Runtime : ConstantClass
{
    // Listed by the doc, but the released AWSSDK.Lambda v4 package may not have this member yet.
    // Generated code must not reference it by name: use Runtime.FindValue("dotnet10") instead.
    public static readonly Runtime Dotnet10 = new Runtime("dotnet10");
    public static readonly Runtime Dotnet6 = new Runtime("dotnet6");
    public static readonly Runtime Dotnet8 = new Runtime("dotnet8");
    public static readonly Runtime Dotnetcore10 = new Runtime("dotnetcore1.0");
    public static readonly Runtime Dotnetcore20 = new Runtime("dotnetcore2.0");
    public static readonly Runtime Dotnetcore21 = new Runtime("dotnetcore2.1");
    public static readonly Runtime Dotnetcore31 = new Runtime("dotnetcore3.1");
    public static readonly Runtime Go1X = new Runtime("go1.x");
    public static readonly Runtime Java11 = new Runtime("java11");
    public static readonly Runtime Java17 = new Runtime("java17");
    public static readonly Runtime Java21 = new Runtime("java21");
    public static readonly Runtime Java25 = new Runtime("java25");
    public static readonly Runtime Java8 = new Runtime("java8");
    public static readonly Runtime Java8Al2 = new Runtime("java8.al2");
    public static readonly Runtime Nodejs = new Runtime("nodejs");
    public static readonly Runtime Nodejs10X = new Runtime("nodejs10.x");
    public static readonly Runtime Nodejs12X = new Runtime("nodejs12.x");
    public static readonly Runtime Nodejs14X = new Runtime("nodejs14.x");
    public static readonly Runtime Nodejs16X = new Runtime("nodejs16.x");
    public static readonly Runtime Nodejs18X = new Runtime("nodejs18.x");
    public static readonly Runtime Nodejs20X = new Runtime("nodejs20.x");
    public static readonly Runtime Nodejs22X = new Runtime("nodejs22.x");
    public static readonly Runtime Nodejs24X = new Runtime("nodejs24.x");
    public static readonly Runtime Nodejs43 = new Runtime("nodejs4.3");
    public static readonly Runtime Nodejs43Edge = new Runtime("nodejs4.3-edge");
    public static readonly Runtime Nodejs610 = new Runtime("nodejs6.10");
    public static readonly Runtime Nodejs810 = new Runtime("nodejs8.10");
    public static readonly Runtime Provided = new Runtime("provided");
    public static readonly Runtime ProvidedAl2 = new Runtime("provided.al2");
    public static readonly Runtime ProvidedAl2023 = new Runtime("provided.al2023");
    public static readonly Runtime Python27 = new Runtime("python2.7");
    public static readonly Runtime Python310 = new Runtime("python3.10");
    public static readonly Runtime Python311 = new Runtime("python3.11");
    public static readonly Runtime Python312 = new Runtime("python3.12");
    public static readonly Runtime Python313 = new Runtime("python3.13");
    public static readonly Runtime Python314 = new Runtime("python3.14");
    public static readonly Runtime Python36 = new Runtime("python3.6");
    public static readonly Runtime Python37 = new Runtime("python3.7");
    public static readonly Runtime Python38 = new Runtime("python3.8");
    public static readonly Runtime Python39 = new Runtime("python3.9");
    public static readonly Runtime Ruby25 = new Runtime("ruby2.5");
    public static readonly Runtime Ruby27 = new Runtime("ruby2.7");
    public static readonly Runtime Ruby32 = new Runtime("ruby3.2");
    public static readonly Runtime Ruby33 = new Runtime("ruby3.3");
    public static readonly Runtime Ruby34 = new Runtime("ruby3.4");
    // Listed by the doc, but the released AWSSDK.Lambda v4 package may not have this member yet.
    // Generated code must not reference it by name: use Runtime.FindValue("ruby4.0") instead.
    public static readonly Runtime Ruby40 = new Runtime("ruby4.0");

    /// <summary>Use for values newer than this package (FindValue and the implicit conversion do it for you).</summary>
    public Runtime(string value)
        : base(value)
    {
    }

    /// <summary>Returns the static member whose value is <paramref name="value"/>, or a new instance carrying it.</summary>
    public static Runtime FindValue(string value)
    {
        return FindValue<Runtime>(value);
    }

    /// <summary>Converts a wire string to the constant (same as FindValue).</summary>
    public static implicit operator Runtime(string value)
    {
        return FindValue(value);
    }
}

/// <summary>Constants for properties of type Architecture (wire strings).</summary>
public class Architecture : ConstantClass
{
    public static readonly Architecture Arm64 = new Architecture("arm64");
    public static readonly Architecture X86_64 = new Architecture("x86_64");

    /// <summary>Use for values newer than this package (FindValue and the implicit conversion do it for you).</summary>
    public Architecture(string value)
        : base(value)
    {
    }

    /// <summary>Returns the static member whose value is <paramref name="value"/>, or a new instance carrying it.</summary>
    public static Architecture FindValue(string value)
    {
        return FindValue<Architecture>(value);
    }

    /// <summary>Converts a wire string to the constant (same as FindValue).</summary>
    public static implicit operator Architecture(string value)
    {
        return FindValue(value);
    }
}

/// <summary>Constants for properties of type PackageType (wire strings).</summary>
public class PackageType : ConstantClass
{
    public static readonly PackageType Image = new PackageType("Image");
    public static readonly PackageType Zip = new PackageType("Zip");

    /// <summary>Use for values newer than this package (FindValue and the implicit conversion do it for you).</summary>
    public PackageType(string value)
        : base(value)
    {
    }

    /// <summary>Returns the static member whose value is <paramref name="value"/>, or a new instance carrying it.</summary>
    public static PackageType FindValue(string value)
    {
        return FindValue<PackageType>(value);
    }

    /// <summary>Converts a wire string to the constant (same as FindValue).</summary>
    public static implicit operator PackageType(string value)
    {
        return FindValue(value);
    }
}

/// <summary>Constants for properties of type TracingMode (wire strings).</summary>
public class TracingMode : ConstantClass
{
    public static readonly TracingMode Active = new TracingMode("Active");
    public static readonly TracingMode PassThrough = new TracingMode("PassThrough");

    /// <summary>Use for values newer than this package (FindValue and the implicit conversion do it for you).</summary>
    public TracingMode(string value)
        : base(value)
    {
    }

    /// <summary>Returns the static member whose value is <paramref name="value"/>, or a new instance carrying it.</summary>
    public static TracingMode FindValue(string value)
    {
        return FindValue<TracingMode>(value);
    }

    /// <summary>Converts a wire string to the constant (same as FindValue).</summary>
    public static implicit operator TracingMode(string value)
    {
        return FindValue(value);
    }
}

/// <summary>Constants for properties of type State (wire strings).</summary>
public class State : ConstantClass
{
    public static readonly State Active = new State("Active");
    public static readonly State ActiveNonInvocable = new State("ActiveNonInvocable");
    public static readonly State Deactivated = new State("Deactivated");
    public static readonly State Deactivating = new State("Deactivating");
    public static readonly State Deleting = new State("Deleting");
    public static readonly State Failed = new State("Failed");
    public static readonly State Inactive = new State("Inactive");
    public static readonly State Pending = new State("Pending");

    /// <summary>Use for values newer than this package (FindValue and the implicit conversion do it for you).</summary>
    public State(string value)
        : base(value)
    {
    }

    /// <summary>Returns the static member whose value is <paramref name="value"/>, or a new instance carrying it.</summary>
    public static State FindValue(string value)
    {
        return FindValue<State>(value);
    }

    /// <summary>Converts a wire string to the constant (same as FindValue).</summary>
    public static implicit operator State(string value)
    {
        return FindValue(value);
    }
}

/// <summary>Constants for properties of type LastUpdateStatus (wire strings).</summary>
public class LastUpdateStatus : ConstantClass
{
    public static readonly LastUpdateStatus Failed = new LastUpdateStatus("Failed");
    public static readonly LastUpdateStatus InProgress = new LastUpdateStatus("InProgress");
    public static readonly LastUpdateStatus Successful = new LastUpdateStatus("Successful");

    /// <summary>Use for values newer than this package (FindValue and the implicit conversion do it for you).</summary>
    public LastUpdateStatus(string value)
        : base(value)
    {
    }

    /// <summary>Returns the static member whose value is <paramref name="value"/>, or a new instance carrying it.</summary>
    public static LastUpdateStatus FindValue(string value)
    {
        return FindValue<LastUpdateStatus>(value);
    }

    /// <summary>Converts a wire string to the constant (same as FindValue).</summary>
    public static implicit operator LastUpdateStatus(string value)
    {
        return FindValue(value);
    }
}

/// <summary>Constants for properties of type StateReasonCode (wire strings).</summary>
public class StateReasonCode : ConstantClass
{
    public static readonly StateReasonCode CapacityProviderScalingLimitExceeded = new StateReasonCode("CapacityProviderScalingLimitExceeded");
    public static readonly StateReasonCode Creating = new StateReasonCode("Creating");
    public static readonly StateReasonCode DisabledKMSKey = new StateReasonCode("DisabledKMSKey");
    public static readonly StateReasonCode DisallowedByVpcEncryptionControl = new StateReasonCode("DisallowedByVpcEncryptionControl");
    public static readonly StateReasonCode DrainingDurableExecutions = new StateReasonCode("DrainingDurableExecutions");
    public static readonly StateReasonCode EC2RequestLimitExceeded = new StateReasonCode("EC2RequestLimitExceeded");
    public static readonly StateReasonCode EFSIOError = new StateReasonCode("EFSIOError");
    public static readonly StateReasonCode EFSMountConnectivityError = new StateReasonCode("EFSMountConnectivityError");
    public static readonly StateReasonCode EFSMountFailure = new StateReasonCode("EFSMountFailure");
    public static readonly StateReasonCode EFSMountTimeout = new StateReasonCode("EFSMountTimeout");
    public static readonly StateReasonCode EniLimitExceeded = new StateReasonCode("EniLimitExceeded");
    public static readonly StateReasonCode FunctionError = new StateReasonCode("FunctionError");
    public static readonly StateReasonCode FunctionErrorExtensionInitError = new StateReasonCode("FunctionError.ExtensionInitError");
    public static readonly StateReasonCode FunctionErrorInitResourceExhausted = new StateReasonCode("FunctionError.InitResourceExhausted");
    public static readonly StateReasonCode FunctionErrorInitTimeout = new StateReasonCode("FunctionError.InitTimeout");
    public static readonly StateReasonCode FunctionErrorInvalidEntryPoint = new StateReasonCode("FunctionError.InvalidEntryPoint");
    public static readonly StateReasonCode FunctionErrorInvalidWorkingDirectory = new StateReasonCode("FunctionError.InvalidWorkingDirectory");
    public static readonly StateReasonCode FunctionErrorPermissionDenied = new StateReasonCode("FunctionError.PermissionDenied");
    public static readonly StateReasonCode FunctionErrorRuntimeInitError = new StateReasonCode("FunctionError.RuntimeInitError");
    public static readonly StateReasonCode FunctionErrorTooManyExtensions = new StateReasonCode("FunctionError.TooManyExtensions");
    public static readonly StateReasonCode Idle = new StateReasonCode("Idle");
    public static readonly StateReasonCode ImageAccessDenied = new StateReasonCode("ImageAccessDenied");
    public static readonly StateReasonCode ImageDeleted = new StateReasonCode("ImageDeleted");
    public static readonly StateReasonCode InsufficientCapacity = new StateReasonCode("InsufficientCapacity");
    public static readonly StateReasonCode InsufficientRolePermissions = new StateReasonCode("InsufficientRolePermissions");
    public static readonly StateReasonCode InternalError = new StateReasonCode("InternalError");
    public static readonly StateReasonCode InvalidConfiguration = new StateReasonCode("InvalidConfiguration");
    public static readonly StateReasonCode InvalidImage = new StateReasonCode("InvalidImage");
    public static readonly StateReasonCode InvalidRuntime = new StateReasonCode("InvalidRuntime");
    public static readonly StateReasonCode InvalidSecurityGroup = new StateReasonCode("InvalidSecurityGroup");
    public static readonly StateReasonCode InvalidStateKMSKey = new StateReasonCode("InvalidStateKMSKey");
    public static readonly StateReasonCode InvalidSubnet = new StateReasonCode("InvalidSubnet");
    public static readonly StateReasonCode InvalidZipFileException = new StateReasonCode("InvalidZipFileException");
    public static readonly StateReasonCode KMSKeyAccessDenied = new StateReasonCode("KMSKeyAccessDenied");
    public static readonly StateReasonCode KMSKeyNotFound = new StateReasonCode("KMSKeyNotFound");
    public static readonly StateReasonCode Restoring = new StateReasonCode("Restoring");
    public static readonly StateReasonCode SubnetOutOfIPAddresses = new StateReasonCode("SubnetOutOfIPAddresses");
    public static readonly StateReasonCode VcpuLimitExceeded = new StateReasonCode("VcpuLimitExceeded");

    /// <summary>Use for values newer than this package (FindValue and the implicit conversion do it for you).</summary>
    public StateReasonCode(string value)
        : base(value)
    {
    }

    /// <summary>Returns the static member whose value is <paramref name="value"/>, or a new instance carrying it.</summary>
    public static StateReasonCode FindValue(string value)
    {
        return FindValue<StateReasonCode>(value);
    }

    /// <summary>Converts a wire string to the constant (same as FindValue).</summary>
    public static implicit operator StateReasonCode(string value)
    {
        return FindValue(value);
    }
}

/// <summary>Constants for properties of type LastUpdateStatusReasonCode (wire strings).</summary>
public class LastUpdateStatusReasonCode : ConstantClass
{
    public static readonly LastUpdateStatusReasonCode CapacityProviderScalingLimitExceeded = new LastUpdateStatusReasonCode("CapacityProviderScalingLimitExceeded");
    public static readonly LastUpdateStatusReasonCode DisabledKMSKey = new LastUpdateStatusReasonCode("DisabledKMSKey");
    public static readonly LastUpdateStatusReasonCode DisallowedByVpcEncryptionControl = new LastUpdateStatusReasonCode("DisallowedByVpcEncryptionControl");
    public static readonly LastUpdateStatusReasonCode EC2RequestLimitExceeded = new LastUpdateStatusReasonCode("EC2RequestLimitExceeded");
    public static readonly LastUpdateStatusReasonCode EFSIOError = new LastUpdateStatusReasonCode("EFSIOError");
    public static readonly LastUpdateStatusReasonCode EFSMountConnectivityError = new LastUpdateStatusReasonCode("EFSMountConnectivityError");
    public static readonly LastUpdateStatusReasonCode EFSMountFailure = new LastUpdateStatusReasonCode("EFSMountFailure");
    public static readonly LastUpdateStatusReasonCode EFSMountTimeout = new LastUpdateStatusReasonCode("EFSMountTimeout");
    public static readonly LastUpdateStatusReasonCode EniLimitExceeded = new LastUpdateStatusReasonCode("EniLimitExceeded");
    public static readonly LastUpdateStatusReasonCode FunctionError = new LastUpdateStatusReasonCode("FunctionError");
    public static readonly LastUpdateStatusReasonCode FunctionErrorExtensionInitError = new LastUpdateStatusReasonCode("FunctionError.ExtensionInitError");
    public static readonly LastUpdateStatusReasonCode FunctionErrorInitResourceExhausted = new LastUpdateStatusReasonCode("FunctionError.InitResourceExhausted");
    public static readonly LastUpdateStatusReasonCode FunctionErrorInitTimeout = new LastUpdateStatusReasonCode("FunctionError.InitTimeout");
    public static readonly LastUpdateStatusReasonCode FunctionErrorInvalidEntryPoint = new LastUpdateStatusReasonCode("FunctionError.InvalidEntryPoint");
    public static readonly LastUpdateStatusReasonCode FunctionErrorInvalidWorkingDirectory = new LastUpdateStatusReasonCode("FunctionError.InvalidWorkingDirectory");
    public static readonly LastUpdateStatusReasonCode FunctionErrorPermissionDenied = new LastUpdateStatusReasonCode("FunctionError.PermissionDenied");
    public static readonly LastUpdateStatusReasonCode FunctionErrorRuntimeInitError = new LastUpdateStatusReasonCode("FunctionError.RuntimeInitError");
    public static readonly LastUpdateStatusReasonCode FunctionErrorTooManyExtensions = new LastUpdateStatusReasonCode("FunctionError.TooManyExtensions");
    public static readonly LastUpdateStatusReasonCode ImageAccessDenied = new LastUpdateStatusReasonCode("ImageAccessDenied");
    public static readonly LastUpdateStatusReasonCode ImageDeleted = new LastUpdateStatusReasonCode("ImageDeleted");
    public static readonly LastUpdateStatusReasonCode InsufficientCapacity = new LastUpdateStatusReasonCode("InsufficientCapacity");
    public static readonly LastUpdateStatusReasonCode InsufficientRolePermissions = new LastUpdateStatusReasonCode("InsufficientRolePermissions");
    public static readonly LastUpdateStatusReasonCode InternalError = new LastUpdateStatusReasonCode("InternalError");
    public static readonly LastUpdateStatusReasonCode InvalidConfiguration = new LastUpdateStatusReasonCode("InvalidConfiguration");
    public static readonly LastUpdateStatusReasonCode InvalidImage = new LastUpdateStatusReasonCode("InvalidImage");
    public static readonly LastUpdateStatusReasonCode InvalidRuntime = new LastUpdateStatusReasonCode("InvalidRuntime");
    public static readonly LastUpdateStatusReasonCode InvalidSecurityGroup = new LastUpdateStatusReasonCode("InvalidSecurityGroup");
    public static readonly LastUpdateStatusReasonCode InvalidStateKMSKey = new LastUpdateStatusReasonCode("InvalidStateKMSKey");
    public static readonly LastUpdateStatusReasonCode InvalidSubnet = new LastUpdateStatusReasonCode("InvalidSubnet");
    public static readonly LastUpdateStatusReasonCode InvalidZipFileException = new LastUpdateStatusReasonCode("InvalidZipFileException");
    public static readonly LastUpdateStatusReasonCode KMSKeyAccessDenied = new LastUpdateStatusReasonCode("KMSKeyAccessDenied");
    public static readonly LastUpdateStatusReasonCode KMSKeyNotFound = new LastUpdateStatusReasonCode("KMSKeyNotFound");
    public static readonly LastUpdateStatusReasonCode SubnetOutOfIPAddresses = new LastUpdateStatusReasonCode("SubnetOutOfIPAddresses");
    public static readonly LastUpdateStatusReasonCode VcpuLimitExceeded = new LastUpdateStatusReasonCode("VcpuLimitExceeded");

    /// <summary>Use for values newer than this package (FindValue and the implicit conversion do it for you).</summary>
    public LastUpdateStatusReasonCode(string value)
        : base(value)
    {
    }

    /// <summary>Returns the static member whose value is <paramref name="value"/>, or a new instance carrying it.</summary>
    public static LastUpdateStatusReasonCode FindValue(string value)
    {
        return FindValue<LastUpdateStatusReasonCode>(value);
    }

    /// <summary>Converts a wire string to the constant (same as FindValue).</summary>
    public static implicit operator LastUpdateStatusReasonCode(string value)
    {
        return FindValue(value);
    }
}

/// <summary>Constants for properties of type LogFormat (wire strings).</summary>
public class LogFormat : ConstantClass
{
    public static readonly LogFormat JSON = new LogFormat("JSON");
    public static readonly LogFormat Text = new LogFormat("Text");

    /// <summary>Use for values newer than this package (FindValue and the implicit conversion do it for you).</summary>
    public LogFormat(string value)
        : base(value)
    {
    }

    /// <summary>Returns the static member whose value is <paramref name="value"/>, or a new instance carrying it.</summary>
    public static LogFormat FindValue(string value)
    {
        return FindValue<LogFormat>(value);
    }

    /// <summary>Converts a wire string to the constant (same as FindValue).</summary>
    public static implicit operator LogFormat(string value)
    {
        return FindValue(value);
    }
}

/// <summary>Constants for properties of type ApplicationLogLevel (wire strings).</summary>
public class ApplicationLogLevel : ConstantClass
{
    public static readonly ApplicationLogLevel DEBUG = new ApplicationLogLevel("DEBUG");
    public static readonly ApplicationLogLevel ERROR = new ApplicationLogLevel("ERROR");
    public static readonly ApplicationLogLevel FATAL = new ApplicationLogLevel("FATAL");
    public static readonly ApplicationLogLevel INFO = new ApplicationLogLevel("INFO");
    public static readonly ApplicationLogLevel TRACE = new ApplicationLogLevel("TRACE");
    public static readonly ApplicationLogLevel WARN = new ApplicationLogLevel("WARN");

    /// <summary>Use for values newer than this package (FindValue and the implicit conversion do it for you).</summary>
    public ApplicationLogLevel(string value)
        : base(value)
    {
    }

    /// <summary>Returns the static member whose value is <paramref name="value"/>, or a new instance carrying it.</summary>
    public static ApplicationLogLevel FindValue(string value)
    {
        return FindValue<ApplicationLogLevel>(value);
    }

    /// <summary>Converts a wire string to the constant (same as FindValue).</summary>
    public static implicit operator ApplicationLogLevel(string value)
    {
        return FindValue(value);
    }
}

/// <summary>Constants for properties of type SystemLogLevel (wire strings).</summary>
public class SystemLogLevel : ConstantClass
{
    public static readonly SystemLogLevel DEBUG = new SystemLogLevel("DEBUG");
    public static readonly SystemLogLevel INFO = new SystemLogLevel("INFO");
    public static readonly SystemLogLevel WARN = new SystemLogLevel("WARN");

    /// <summary>Use for values newer than this package (FindValue and the implicit conversion do it for you).</summary>
    public SystemLogLevel(string value)
        : base(value)
    {
    }

    /// <summary>Returns the static member whose value is <paramref name="value"/>, or a new instance carrying it.</summary>
    public static SystemLogLevel FindValue(string value)
    {
        return FindValue<SystemLogLevel>(value);
    }

    /// <summary>Converts a wire string to the constant (same as FindValue).</summary>
    public static implicit operator SystemLogLevel(string value)
    {
        return FindValue(value);
    }
}

/// <summary>Constants for properties of type SnapStartApplyOn (wire strings).</summary>
public class SnapStartApplyOn : ConstantClass
{
    public static readonly SnapStartApplyOn None = new SnapStartApplyOn("None");
    public static readonly SnapStartApplyOn PublishedVersions = new SnapStartApplyOn("PublishedVersions");

    /// <summary>Use for values newer than this package (FindValue and the implicit conversion do it for you).</summary>
    public SnapStartApplyOn(string value)
        : base(value)
    {
    }

    /// <summary>Returns the static member whose value is <paramref name="value"/>, or a new instance carrying it.</summary>
    public static SnapStartApplyOn FindValue(string value)
    {
        return FindValue<SnapStartApplyOn>(value);
    }

    /// <summary>Converts a wire string to the constant (same as FindValue).</summary>
    public static implicit operator SnapStartApplyOn(string value)
    {
        return FindValue(value);
    }
}

/// <summary>Constants for properties of type SnapStartOptimizationStatus (wire strings).</summary>
public class SnapStartOptimizationStatus : ConstantClass
{
    public static readonly SnapStartOptimizationStatus Off = new SnapStartOptimizationStatus("Off");
    public static readonly SnapStartOptimizationStatus On = new SnapStartOptimizationStatus("On");

    /// <summary>Use for values newer than this package (FindValue and the implicit conversion do it for you).</summary>
    public SnapStartOptimizationStatus(string value)
        : base(value)
    {
    }

    /// <summary>Returns the static member whose value is <paramref name="value"/>, or a new instance carrying it.</summary>
    public static SnapStartOptimizationStatus FindValue(string value)
    {
        return FindValue<SnapStartOptimizationStatus>(value);
    }

    /// <summary>Converts a wire string to the constant (same as FindValue).</summary>
    public static implicit operator SnapStartOptimizationStatus(string value)
    {
        return FindValue(value);
    }
}

/// <summary>Constants for properties of type FunctionVersionLatestPublished (wire strings).</summary>
public class FunctionVersionLatestPublished : ConstantClass
{
    public static readonly FunctionVersionLatestPublished LATEST_PUBLISHED = new FunctionVersionLatestPublished("LATEST_PUBLISHED");

    /// <summary>Use for values newer than this package (FindValue and the implicit conversion do it for you).</summary>
    public FunctionVersionLatestPublished(string value)
        : base(value)
    {
    }

    /// <summary>Returns the static member whose value is <paramref name="value"/>, or a new instance carrying it.</summary>
    public static FunctionVersionLatestPublished FindValue(string value)
    {
        return FindValue<FunctionVersionLatestPublished>(value);
    }

    /// <summary>Converts a wire string to the constant (same as FindValue).</summary>
    public static implicit operator FunctionVersionLatestPublished(string value)
    {
        return FindValue(value);
    }
}

// The doc gives this enum only as "enum PER_TENANT" on TenancyConfig.TenantIsolationMode; the
// released package may lack this type altogether (the doc names TenancyConfig as possibly missing).
/// <summary>Constants for properties of type TenantIsolationMode (wire strings).</summary>
public class TenantIsolationMode : ConstantClass
{
    public static readonly TenantIsolationMode PER_TENANT = new TenantIsolationMode("PER_TENANT");

    /// <summary>Use for values newer than this package (FindValue and the implicit conversion do it for you).</summary>
    public TenantIsolationMode(string value)
        : base(value)
    {
    }

    /// <summary>Returns the static member whose value is <paramref name="value"/>, or a new instance carrying it.</summary>
    public static TenantIsolationMode FindValue(string value)
    {
        return FindValue<TenantIsolationMode>(value);
    }

    /// <summary>Converts a wire string to the constant (same as FindValue).</summary>
    public static implicit operator TenantIsolationMode(string value)
    {
        return FindValue(value);
    }
}

// Type of TooManyRequestsException.Reason. The doc names the type but lists no values; these are
// the values of the Lambda service model's ThrottleReason enum.
/// <summary>Constants for properties of type ThrottleReason (wire strings).</summary>
public class ThrottleReason : ConstantClass
{
    public static readonly ThrottleReason CallerRateLimitExceeded = new ThrottleReason("CallerRateLimitExceeded");
    public static readonly ThrottleReason ConcurrentInvocationLimitExceeded = new ThrottleReason("ConcurrentInvocationLimitExceeded");
    public static readonly ThrottleReason ConcurrentSnapshotCreateLimitExceeded = new ThrottleReason("ConcurrentSnapshotCreateLimitExceeded");
    public static readonly ThrottleReason FunctionInvocationRateLimitExceeded = new ThrottleReason("FunctionInvocationRateLimitExceeded");
    public static readonly ThrottleReason ReservedFunctionConcurrentInvocationLimitExceeded = new ThrottleReason("ReservedFunctionConcurrentInvocationLimitExceeded");
    public static readonly ThrottleReason ReservedFunctionInvocationRateLimitExceeded = new ThrottleReason("ReservedFunctionInvocationRateLimitExceeded");

    /// <summary>Use for values newer than this package (FindValue and the implicit conversion do it for you).</summary>
    public ThrottleReason(string value)
        : base(value)
    {
    }

    /// <summary>Returns the static member whose value is <paramref name="value"/>, or a new instance carrying it.</summary>
    public static ThrottleReason FindValue(string value)
    {
        return FindValue<ThrottleReason>(value);
    }

    /// <summary>Converts a wire string to the constant (same as FindValue).</summary>
    public static implicit operator ThrottleReason(string value)
    {
        return FindValue(value);
    }
}

/// <summary>Constants for properties of type FunctionUrlAuthType (wire strings; members named as the wire value).</summary>
public class FunctionUrlAuthType : ConstantClass
{
    public static readonly FunctionUrlAuthType AWS_IAM = new FunctionUrlAuthType("AWS_IAM");
    public static readonly FunctionUrlAuthType NONE = new FunctionUrlAuthType("NONE");

    /// <summary>Use for values newer than this package (FindValue and the implicit conversion do it for you).</summary>
    public FunctionUrlAuthType(string value)
        : base(value)
    {
    }

    /// <summary>Returns the static member whose value is <paramref name="value"/>, or a new instance carrying it.</summary>
    public static FunctionUrlAuthType FindValue(string value)
    {
        return FindValue<FunctionUrlAuthType>(value);
    }

    /// <summary>Converts a wire string to the constant (same as FindValue).</summary>
    public static implicit operator FunctionUrlAuthType(string value)
    {
        return FindValue(value);
    }
}

/// <summary>Constants for properties of type InvokeMode (wire strings).</summary>
public class InvokeMode : ConstantClass
{
    public static readonly InvokeMode BUFFERED = new InvokeMode("BUFFERED");
    public static readonly InvokeMode RESPONSE_STREAM = new InvokeMode("RESPONSE_STREAM");

    /// <summary>Use for values newer than this package (FindValue and the implicit conversion do it for you).</summary>
    public InvokeMode(string value)
        : base(value)
    {
    }

    /// <summary>Returns the static member whose value is <paramref name="value"/>, or a new instance carrying it.</summary>
    public static InvokeMode FindValue(string value)
    {
        return FindValue<InvokeMode>(value);
    }

    /// <summary>Converts a wire string to the constant (same as FindValue).</summary>
    public static implicit operator InvokeMode(string value)
    {
        return FindValue(value);
    }
}

/// <summary>Constants for properties of type ProvisionedConcurrencyStatusEnum (wire strings).</summary>
public class ProvisionedConcurrencyStatusEnum : ConstantClass
{
    public static readonly ProvisionedConcurrencyStatusEnum FAILED = new ProvisionedConcurrencyStatusEnum("FAILED");
    public static readonly ProvisionedConcurrencyStatusEnum IN_PROGRESS = new ProvisionedConcurrencyStatusEnum("IN_PROGRESS");
    public static readonly ProvisionedConcurrencyStatusEnum READY = new ProvisionedConcurrencyStatusEnum("READY");

    /// <summary>Use for values newer than this package (FindValue and the implicit conversion do it for you).</summary>
    public ProvisionedConcurrencyStatusEnum(string value)
        : base(value)
    {
    }

    /// <summary>Returns the static member whose value is <paramref name="value"/>, or a new instance carrying it.</summary>
    public static ProvisionedConcurrencyStatusEnum FindValue(string value)
    {
        return FindValue<ProvisionedConcurrencyStatusEnum>(value);
    }

    /// <summary>Converts a wire string to the constant (same as FindValue).</summary>
    public static implicit operator ProvisionedConcurrencyStatusEnum(string value)
    {
        return FindValue(value);
    }
}
