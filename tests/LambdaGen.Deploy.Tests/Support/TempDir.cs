namespace LambdaGen.Deploy.Tests.Support;

/// <summary>A temporary folder deleted on dispose.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lgdeploy-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relative, string content) => Write(relative, System.Text.Encoding.UTF8.GetBytes(content));

    public string Write(string relative, byte[] content)
    {
        string full = System.IO.Path.Combine(Path, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>A minimal little-endian ELF64 header for the given e_machine (62 x86-64, 183 AArch64).</summary>
    public static byte[] Elf(ushort machine, int size = 64)
    {
        var bytes = new byte[size];
        bytes[0] = 0x7F;
        bytes[1] = (byte)'E';
        bytes[2] = (byte)'L';
        bytes[3] = (byte)'F';
        bytes[4] = 2; // 64-bit
        bytes[5] = 1; // little endian
        bytes[18] = (byte)(machine & 0xFF);
        bytes[19] = (byte)(machine >> 8);
        for (int i = 20; i < size; i++)
        {
            bytes[i] = (byte)(i * 7);
        }
        return bytes;
    }
}
