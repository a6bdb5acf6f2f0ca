using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Compression;
using System.Runtime.ExceptionServices;
using System.Text;

namespace LambdaGen.Deploy.Packaging;

/// <summary>One file to put in the archive: its entry name (forward slashes), Unix mode and bytes.</summary>
internal sealed record ZipSource(string EntryName, int UnixMode, Func<byte[]> ReadContent);

/// <summary>
/// Writes a zip whose bytes depend only on the entries: entries sorted by ordinal UTF-8 name,
/// the same fixed timestamp everywhere, "version made by" = Unix, and the Unix mode written into
/// the external attributes, whatever OS runs this. (System.IO.Compression writes the host OS into
/// "version made by", so a Windows build would lose the modes; hence this small writer.)
/// </summary>
internal static class DeterministicZip
{
    private const uint LocalHeaderSignature = 0x04034b50;
    private const uint CentralHeaderSignature = 0x02014b50;
    private const uint EndOfCentralDirectorySignature = 0x06054b50;

    /// <summary>Version 2.0 of the spec (deflate), made by host 3 = Unix.</summary>
    public const ushort VersionMadeBy = (3 << 8) | 20;
    private const ushort VersionNeeded = 20;
    private const ushort Utf8NameFlag = 0x0800;
    private const ushort MethodStored = 0;
    private const ushort MethodDeflate = 8;

    /// <summary>1980-01-01 00:00:00, the earliest DOS date: (year-1980)&lt;&lt;9 | month&lt;&lt;5 | day.</summary>
    public const ushort FixedDosDate = (0 << 9) | (1 << 5) | 1;
    public const ushort FixedDosTime = 0;

    private const int RegularFileType = 0x8000; // S_IFREG
    private const int LocalHeaderSize = 30;
    private const int CentralHeaderSize = 46;
    private const int EndOfCentralDirectorySize = 22;

    public static byte[] Create(IEnumerable<ZipSource> sources)
    {
        var ordered = sources
            .Select(s => (Source: s, Name: Encoding.UTF8.GetBytes(s.EntryName)))
            .OrderBy(s => s.Name, ByteOrder.Instance)
            .ToList();

        for (int i = 1; i < ordered.Count; i++)
        {
            if (ByteOrder.Instance.Compare(ordered[i - 1].Name, ordered[i].Name) == 0)
            {
                throw new ArgumentException($"Duplicate zip entry '{ordered[i].Source.EntryName}'.");
            }
        }
        if (ordered.Count >= 0xFFFF)
        {
            throw new InvalidOperationException($"Too many files for a zip without Zip64 ({ordered.Count}).");
        }

        // Entries are read, checksummed and compressed independently, so that work runs in parallel; the
        // archive is then written in sorted order, so its bytes never depend on which entry finished first.
        var entries = new Compressed[ordered.Count];
        try
        {
            Parallel.ForEach(
                Partitioner.Create(Enumerable.Range(0, ordered.Count), EnumerablePartitionerOptions.NoBuffering),
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                i => entries[i] = Compress(ordered[i].Source.ReadContent()));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw(); // the reader's own exception (IOException, …)
        }

        long total = EndOfCentralDirectorySize;
        for (int i = 0; i < entries.Length; i++)
        {
            total += LocalHeaderSize + CentralHeaderSize + 2L * ordered[i].Name.Length + entries[i].Payload.Length;
        }
        if (total > uint.MaxValue)
        {
            throw new InvalidOperationException("The package is larger than 4 GB; zip without Zip64 cannot hold it.");
        }

        // Sized exactly, so the buffer is the result (no final copy of a package that may be 50 MB).
        var output = new MemoryStream((int)Math.Min(total, int.MaxValue));
        var central = new MemoryStream();
        for (int i = 0; i < entries.Length; i++)
        {
            var (source, name) = ordered[i];
            Compressed entry = entries[i];
            ushort flags = IsAscii(source.EntryName) ? (ushort)0 : Utf8NameFlag;
            long offset = output.Position;
            WriteLocalHeader(output, name, flags, entry.Method, entry.Crc, (uint)entry.Payload.Length, entry.UncompressedLength);
            output.Write(entry.Payload);

            uint externalAttributes = (uint)((RegularFileType | (source.UnixMode & 0xFFF)) << 16);
            WriteCentralHeader(central, name, flags, entry.Method, entry.Crc, (uint)entry.Payload.Length, entry.UncompressedLength, externalAttributes, (uint)offset);
        }

        long centralOffset = output.Position;
        central.Position = 0;
        central.CopyTo(output);
        WriteEndOfCentralDirectory(output, (ushort)ordered.Count, (uint)central.Length, (uint)centralOffset);
        return output.Length == output.Capacity ? output.GetBuffer() : output.ToArray();
    }

    /// <summary>One entry's payload: deflated, or stored when deflate would not make it smaller.</summary>
    private readonly record struct Compressed(byte[] Payload, ushort Method, uint Crc, uint UncompressedLength);

    private static Compressed Compress(byte[] content)
    {
        uint crc = Crc32.Compute(content);
        byte[] deflated = Deflate(content);
        return deflated.Length >= content.Length
            ? new Compressed(content, MethodStored, crc, (uint)content.Length)
            : new Compressed(deflated, MethodDeflate, crc, (uint)content.Length);
    }

    private static byte[] Deflate(byte[] content)
    {
        // Room for the incompressible case, so the buffer never grows by copying.
        using var buffer = new MemoryStream(content.Length + 64);
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(content);
        }
        return buffer.ToArray();
    }

    private static bool IsAscii(string s)
    {
        foreach (char c in s)
        {
            if (c > 0x7F)
            {
                return false;
            }
        }
        return true;
    }

    private static void WriteLocalHeader(Stream s, byte[] name, ushort flags, ushort method, uint crc, uint compressed, uint uncompressed)
    {
        Span<byte> h = stackalloc byte[30];
        BinaryPrimitives.WriteUInt32LittleEndian(h[0..], LocalHeaderSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(h[4..], VersionNeeded);
        BinaryPrimitives.WriteUInt16LittleEndian(h[6..], flags);
        BinaryPrimitives.WriteUInt16LittleEndian(h[8..], method);
        BinaryPrimitives.WriteUInt16LittleEndian(h[10..], FixedDosTime);
        BinaryPrimitives.WriteUInt16LittleEndian(h[12..], FixedDosDate);
        BinaryPrimitives.WriteUInt32LittleEndian(h[14..], crc);
        BinaryPrimitives.WriteUInt32LittleEndian(h[18..], compressed);
        BinaryPrimitives.WriteUInt32LittleEndian(h[22..], uncompressed);
        BinaryPrimitives.WriteUInt16LittleEndian(h[26..], (ushort)name.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(h[28..], 0); // extra field length
        s.Write(h);
        s.Write(name);
    }

    private static void WriteCentralHeader(Stream s, byte[] name, ushort flags, ushort method, uint crc, uint compressed, uint uncompressed, uint externalAttributes, uint localOffset)
    {
        Span<byte> h = stackalloc byte[46];
        BinaryPrimitives.WriteUInt32LittleEndian(h[0..], CentralHeaderSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(h[4..], VersionMadeBy);
        BinaryPrimitives.WriteUInt16LittleEndian(h[6..], VersionNeeded);
        BinaryPrimitives.WriteUInt16LittleEndian(h[8..], flags);
        BinaryPrimitives.WriteUInt16LittleEndian(h[10..], method);
        BinaryPrimitives.WriteUInt16LittleEndian(h[12..], FixedDosTime);
        BinaryPrimitives.WriteUInt16LittleEndian(h[14..], FixedDosDate);
        BinaryPrimitives.WriteUInt32LittleEndian(h[16..], crc);
        BinaryPrimitives.WriteUInt32LittleEndian(h[20..], compressed);
        BinaryPrimitives.WriteUInt32LittleEndian(h[24..], uncompressed);
        BinaryPrimitives.WriteUInt16LittleEndian(h[28..], (ushort)name.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(h[30..], 0); // extra
        BinaryPrimitives.WriteUInt16LittleEndian(h[32..], 0); // comment
        BinaryPrimitives.WriteUInt16LittleEndian(h[34..], 0); // disk number start
        BinaryPrimitives.WriteUInt16LittleEndian(h[36..], 0); // internal attributes
        BinaryPrimitives.WriteUInt32LittleEndian(h[38..], externalAttributes);
        BinaryPrimitives.WriteUInt32LittleEndian(h[42..], localOffset);
        s.Write(h);
        s.Write(name);
    }

    private static void WriteEndOfCentralDirectory(Stream s, ushort count, uint centralSize, uint centralOffset)
    {
        Span<byte> h = stackalloc byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(h[0..], EndOfCentralDirectorySignature);
        BinaryPrimitives.WriteUInt16LittleEndian(h[4..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(h[6..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(h[8..], count);
        BinaryPrimitives.WriteUInt16LittleEndian(h[10..], count);
        BinaryPrimitives.WriteUInt32LittleEndian(h[12..], centralSize);
        BinaryPrimitives.WriteUInt32LittleEndian(h[16..], centralOffset);
        BinaryPrimitives.WriteUInt16LittleEndian(h[20..], 0);
        s.Write(h);
    }

    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static readonly ByteOrder Instance = new();

        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}
