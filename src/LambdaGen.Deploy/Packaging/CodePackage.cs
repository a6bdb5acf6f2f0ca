using System.Security.Cryptography;

namespace LambdaGen.Deploy.Packaging;

/// <summary>A built deployment package and the facts the deploy compares and reports.</summary>
internal sealed class CodePackage
{
    public CodePackage(byte[] zip, long unzippedBytes, IReadOnlyList<string> entries, string? bootstrapSource, ushort? bootstrapMachine)
    {
        Zip = zip;
        UnzippedBytes = unzippedBytes;
        Entries = entries;
        BootstrapSource = bootstrapSource;
        BootstrapMachine = bootstrapMachine;
        Sha256Base64 = ComputeCodeSha256(zip);
    }

    public byte[] Zip { get; }

    /// <summary>SHA-256 of the zip in base64, the form Lambda reports as <c>CodeSha256</c> (not hex).</summary>
    public string Sha256Base64 { get; }

    public long UnzippedBytes { get; }

    public IReadOnlyList<string> Entries { get; }

    /// <summary>The publish-folder file packaged as <c>bootstrap</c>, for custom runtimes.</summary>
    public string? BootstrapSource { get; }

    /// <summary>The ELF e_machine of the bootstrap executable (62 = x86-64, 183 = AArch64), when it is ELF.</summary>
    public ushort? BootstrapMachine { get; }

    public string Sha256Hex => Convert.ToHexString(SHA256.HashData(Zip)).ToLowerInvariant();

    public static string ComputeCodeSha256(byte[] zip) => Convert.ToBase64String(SHA256.HashData(zip));
}
