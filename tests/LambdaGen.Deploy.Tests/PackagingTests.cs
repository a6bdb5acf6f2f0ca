using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using LambdaGen.Deploy.Packaging;
using LambdaGen.Deploy.Tests.Support;

namespace LambdaGen.Deploy.Tests;

public sealed class PackagingTests
{
    private static TempDir ManagedPublishFolder()
    {
        var dir = new TempDir();
        dir.Write("App.dll", new byte[] { 1, 2, 3, 4, 5 });
        dir.Write("App.deps.json", "{\"runtimeTarget\":{}}");
        dir.Write("b/zeta.txt", "zeta");
        dir.Write("B/alpha.txt", "alpha");
        dir.Write("a.txt", new string('x', 5000)); // compressible: stored deflated
        dir.Write("Zebra.json", "{}");
        return dir;
    }

    [Fact]
    public void Same_folder_gives_identical_bytes_even_after_timestamps_change()
    {
        using var dir = ManagedPublishFolder();
        byte[] first = new PackageBuilder(dir.Path).Build(customRuntime: false, null).Zip;

        foreach (string file in Directory.EnumerateFiles(dir.Path, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, new DateTime(2031, 5, 6, 7, 8, 9, DateTimeKind.Utc));
        }
        byte[] second = new PackageBuilder(dir.Path).Build(customRuntime: false, null).Zip;

        Assert.Equal(first, second);
    }

    [Fact]
    public void Entries_are_sorted_by_ordinal_name_with_forward_slashes()
    {
        using var dir = ManagedPublishFolder();
        var package = new PackageBuilder(dir.Path).Build(false, null);
        using var zip = new ZipArchive(new MemoryStream(package.Zip));

        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(new[] { "App.deps.json", "App.dll", "B/alpha.txt", "Zebra.json", "a.txt", "b/zeta.txt" }, names);
        Assert.Equal(names.OrderBy(n => n, StringComparer.Ordinal), names);
    }

    [Fact]
    public void Content_round_trips_and_timestamps_are_fixed()
    {
        using var dir = ManagedPublishFolder();
        var package = new PackageBuilder(dir.Path).Build(false, null);
        using var zip = new ZipArchive(new MemoryStream(package.Zip));

        foreach (ZipArchiveEntry entry in zip.Entries)
        {
            using var reader = new MemoryStream();
            entry.Open().CopyTo(reader);
            Assert.Equal(File.ReadAllBytes(Path.Combine(dir.Path, entry.FullName)), reader.ToArray());
            Assert.Equal(new DateTime(1980, 1, 1), entry.LastWriteTime.DateTime);
        }
    }

    [Fact]
    public void Managed_runtime_files_are_0644_and_bootstrap_is_0755()
    {
        using var dir = ManagedPublishFolder();
        dir.Write("bootstrap", "#!/bin/sh\nexec dotnet App.dll\n");
        var package = new PackageBuilder(dir.Path).Build(false, null);
        using var zip = new ZipArchive(new MemoryStream(package.Zip));

        foreach (ZipArchiveEntry entry in zip.Entries)
        {
            int mode = (entry.ExternalAttributes >> 16) & 0xFFF;
            int type = (entry.ExternalAttributes >> 16) & 0xF000;
            Assert.Equal(0x8000, type); // regular file
            Assert.Equal(entry.FullName == "bootstrap" ? 0b111_101_101 : 0b110_100_100, mode);
        }
    }

    [Fact]
    public void Version_made_by_is_Unix_in_every_central_directory_record()
    {
        using var dir = ManagedPublishFolder();
        byte[] zip = new PackageBuilder(dir.Path).Build(false, null).Zip;

        int records = 0;
        for (int i = 0; i + 46 <= zip.Length; i++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i)) == 0x02014b50)
            {
                ushort madeBy = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(i + 4));
                Assert.Equal(3, madeBy >> 8); // host system 3 = Unix
                records++;
            }
        }
        Assert.Equal(6, records);
    }

    [Fact]
    public void CodeSha256_is_base64_of_the_zip_sha256()
    {
        using var dir = ManagedPublishFolder();
        var package = new PackageBuilder(dir.Path).Build(false, null);

        byte[] hash = SHA256.HashData(package.Zip);
        Assert.Equal(Convert.ToBase64String(hash), package.Sha256Base64);
        Assert.Equal(44, package.Sha256Base64.Length);
        Assert.Equal(Convert.ToHexString(hash).ToLowerInvariant(), package.Sha256Hex);
    }

    [Fact]
    public void Custom_runtime_packages_the_native_executable_as_bootstrap_0755()
    {
        using var dir = new TempDir();
        dir.Write("App", TempDir.Elf(PackageBuilder.ElfMachineArm64));
        dir.Write("App.dbg", new byte[4096]);
        dir.Write("libSystem.Native.so", TempDir.Elf(PackageBuilder.ElfMachineArm64));
        dir.Write("appsettings.json", "{}");

        var package = new PackageBuilder(dir.Path).Build(customRuntime: true, executableHint: "App");
        using var zip = new ZipArchive(new MemoryStream(package.Zip));
        var modes = zip.Entries.ToDictionary(e => e.FullName, e => (e.ExternalAttributes >> 16) & 0x1FF);

        Assert.Equal(new[] { "appsettings.json", "bootstrap", "libSystem.Native.so" }, modes.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal(0b111_101_101, modes["bootstrap"]);
        Assert.Equal(0b111_101_101, modes["libSystem.Native.so"]); // an executable of a custom runtime
        Assert.Equal(0b110_100_100, modes["appsettings.json"]);
        Assert.Equal("App", package.BootstrapSource);
        Assert.Equal(PackageBuilder.ElfMachineArm64, package.BootstrapMachine);
    }

    [Fact]
    public void Custom_runtime_without_an_executable_is_a_clear_error()
    {
        using var dir = new TempDir();
        dir.Write("App.dll", new byte[] { 1 });
        var ex = Assert.Throws<DeployException>(() => new PackageBuilder(dir.Path).Build(true, "App"));
        Assert.Contains("bootstrap", ex.Message);
        Assert.Contains("PublishAot", ex.Message);
    }

    [Fact]
    public void Excluded_folder_is_left_out()
    {
        using var dir = ManagedPublishFolder();
        dir.Write("lambda/functions.json", "{}");
        var package = new PackageBuilder(dir.Path, new[] { Path.Combine(dir.Path, "lambda") }).Build(false, null);
        Assert.DoesNotContain(package.Entries, e => e.StartsWith("lambda/", StringComparison.Ordinal));
    }

    [Fact]
    public void Writer_is_deterministic_for_non_ascii_names_and_marks_them_utf8()
    {
        var sources = new[]
        {
            new ZipSource("ü.txt", 0b110_100_100, () => new byte[] { 1 }),
            new ZipSource("a.txt", 0b110_100_100, () => new byte[] { 2 }),
        };
        byte[] a = DeterministicZip.Create(sources);
        byte[] b = DeterministicZip.Create(sources.Reverse());
        Assert.Equal(a, b);
        using var zip = new ZipArchive(new MemoryStream(a));
        Assert.Equal(new[] { "a.txt", "ü.txt" }, zip.Entries.Select(e => e.FullName));
    }
}
