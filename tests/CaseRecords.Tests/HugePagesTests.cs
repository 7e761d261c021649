using CaseRecords.Cli;

namespace CaseRecords.Tests;

/// <summary>
/// The tool asks Linux for huge pages over the managed heap: the run of anonymous mappings around one of its objects,
/// as <c>/proc/self/maps</c> lists them, and nothing beyond.
/// </summary>
public class HugePagesTests
{
    private static readonly string[] Maps =
    [
        "55d0c8a00000-55d0c8a14000 r--p 00000000 fe:00 11658027                   /usr/bin/caserecords",
        "55d0c8a14000-55d0c8a40000 rw-p 00000000 00:00 0 ",
        "55d0ca000000-55d0ca021000 rw-p 00000000 00:00 0                          [heap]",
        "7f0000000000-7f0000200000 rw-p 00000000 00:00 0 ",
        "7f0000200000-7f0010000000 ---p 00000000 00:00 0 ",
        "7f0010000000-7f0010400000 rw-p 00000000 00:00 0",
        "7f0010400000-7f0010500000 r--p 00000000 fe:00 42                         /usr/lib/libc.so.6",
        "7f0010500000-7f0010600000 rw-p 00000000 00:00 0 ",
        "7f0010700000-7f0010800000 rw-p 00000000 00:00 0 ",
        "not a mapping",
        "7ffd00000000-7ffd00021000 rw-p 00000000 00:00 0                          [stack]",
    ];

    [Theory]
    [InlineData(0x7f0000000040UL, 0x7f0000000000UL, 0x7f0010400000UL)] // reserved and committed parts, one run
    [InlineData(0x7f0010300000UL, 0x7f0000000000UL, 0x7f0010400000UL)]
    [InlineData(0x7f0010500000UL, 0x7f0010500000UL, 0x7f0010600000UL)] // a gap ends a run
    [InlineData(0x7f00107fffffUL, 0x7f0010700000UL, 0x7f0010800000UL)] // the last run, before a line it cannot read
    [InlineData(0x55d0c8a20000UL, 0x55d0c8a14000UL, 0x55d0c8a40000UL)] // after a file, before the C heap
    public void The_heap_is_the_run_of_adjacent_anonymous_mappings_around_the_address(ulong address, ulong start, ulong end) =>
        HugePages.HeapRange(Maps, address).ShouldBe((start, end));

    [Theory]
    [InlineData(0x55d0c8a00000UL)] // the program's file
    [InlineData(0x55d0ca000010UL)] // the C runtime's heap
    [InlineData(0x7f0010450000UL)] // a library
    [InlineData(0x7f0010650000UL)] // nothing mapped
    [InlineData(0x7ffd00000100UL)] // a stack
    public void An_address_outside_an_anonymous_mapping_has_no_heap(ulong address) =>
        HugePages.HeapRange(Maps, address).ShouldBeNull();

    [Fact]
    public void On_Linux_the_mapping_of_a_new_object_is_advised_huge_pages()
    {
        if (!File.Exists("/sys/kernel/mm/transparent_hugepage/enabled"))
        {
            Assert.Skip("No Linux kernel with transparent huge pages here.");
        }

        HugePages.AdviseManagedHeap().ShouldBeTrue();

        // The kernel marks each advised mapping "hg" in its VmFlags.
        var probe = new byte[100];
        var address = (ulong)System.Runtime.CompilerServices.Unsafe.As<byte[], nint>(ref probe);
        string? mapping = null;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            if (line.Length > 0 && char.IsAsciiHexDigit(line[0]) && line.Split(' ')[0].Split('-') is [var from, var to])
            {
                mapping = Convert.ToUInt64(from, 16) <= address && address < Convert.ToUInt64(to, 16) ? line : null;
            }
            else if (mapping is not null && line.StartsWith("VmFlags:", StringComparison.Ordinal))
            {
                line.Split(' ', StringSplitOptions.RemoveEmptyEntries).ShouldContain("hg", mapping);
                return;
            }
        }

        GC.KeepAlive(probe);
        throw new ShouldAssertException($"No mapping of /proc/self/smaps holds the object at {address:x}.");
    }
}
