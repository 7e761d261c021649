using System.Text;
using CaseRecords.Diagnostics;
using CaseRecords.Loading;
using CaseRecords.Serialization;
using CsCheck;

namespace CaseRecords.Tests.Properties;

/// <summary>
/// The loader reads a file without problems in one pass (<see cref="FastRecordReader"/>) and sends anything else
/// to the strict path. These tests hold the two to one behaviour: whatever the fast path accepts, the strict path
/// accepts without a problem and reads as an equal record file; and the fast path does accept valid files
/// (otherwise every comparison here would pass vacuously).
/// </summary>
public class FastPathTests
{
    private static readonly LoadOptions Options = LoadOptions.Default;

    private static RecordFile? Fast(byte[] bytes) =>
        FastRecordReader.TryRead("case.json", Skip(bytes), Options.MaxDepth, Options.MaxStringLength, new StringPool());

    private static (RecordFile? File, List<Diagnostic> Diagnostics) Strict(byte[] bytes) => Read(bytes, fastPath: false);

    private static (RecordFile? File, List<Diagnostic> Diagnostics) Read(byte[] bytes, bool fastPath)
    {
        var diagnostics = new List<Diagnostic>();
        return (CaseDatasetLoader.ReadRecordFile("case.json", bytes, Options, diagnostics, fastPath: fastPath), diagnostics);
    }

    private static ReadOnlySpan<byte> Skip(byte[] bytes) => bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes.AsSpan(3) : bytes;

    /// <summary>The loader gives the same file and the same diagnostics with and without the fast path.</summary>
    private static void ShouldAgree(byte[] bytes)
    {
        var (strict, strictDiagnostics) = Read(bytes, fastPath: false);
        var (loaded, diagnostics) = Read(bytes, fastPath: true);
        loaded.ShouldBe(strict);
        diagnostics.ShouldBe(strictDiagnostics);
        if (strictDiagnostics.Count > 0)
        {
            // The fast path never accepts a file with a problem (the loader checks UTF-8 before it runs).
            if (System.Text.Unicode.Utf8.IsValid(Skip(bytes)))
            {
                Fast(bytes).ShouldBeNull();
            }
        }
    }

    [Fact]
    public void The_fast_path_reads_random_valid_files_exactly_as_the_strict_path() =>
        Gen.Select(Gen.Int, Gen.Int[1, 6]).Sample(input =>
        {
            var (file, _) = RandomDataset.Create(input.Item1, input.Item2);
            var bytes = Encoding.UTF8.GetBytes(CaseDatasetWriter.ToJson(file));
            var fast = Fast(bytes);
            fast.ShouldNotBeNull("a valid file must take the fast path");
            var (strict, diagnostics) = Strict(bytes);
            diagnostics.ShouldBeEmpty();
            fast.ShouldBe(strict);
            fast.ShouldBe(file with { Path = "case.json" });
        }, iter: 300, threads: 1);

    [Fact]
    public void Whatever_the_fast_path_accepts_of_mutated_files_the_strict_path_reads_the_same() =>
        Gen.Select(Gen.Int, Gen.Int[1, 4], Gen.Int[0, 3], Gen.Int, Gen.Int).Sample(input =>
        {
            var (seed, size, kind, a, b) = input;
            var (file, _) = RandomDataset.Create(seed, size);
            var bytes = Encoding.UTF8.GetBytes(CaseDatasetWriter.ToJson(file));
            var random = new Random(a ^ b);
            var at = (int)((uint)a % bytes.Length);
            byte[] mutated = kind switch
            {
                0 => [.. bytes[..at], (byte)random.Next(256), .. bytes[(at + 1)..]],
                1 => bytes[..at],
                2 => [.. bytes[..at], .. "\"{[,:]}\\ 0n"u8.ToArray().AsSpan(random.Next(11), 1), .. bytes[at..]],
                _ => [.. bytes[..at], .. bytes[Math.Min(bytes.Length, at + random.Next(1, 40))..]],
            };
            ShouldAgree(mutated);
        }, iter: 3000, threads: 1);

    [Fact]
    public void The_bundled_dataset_takes_the_fast_path_and_reads_as_the_strict_path_does()
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestData.SeedsFolder, "milwaukee-1991.json"));
        Fast(bytes).ShouldNotBeNull();
        ShouldAgree(bytes);
    }

    [Fact]
    public void Nulls_escapes_any_property_order_and_a_byte_order_mark_read_the_same_on_both_paths()
    {
        var json = $$"""
            {
              "persons": [
                { "names": null, "facts": [ { "citations": [ { "relayedFrom": null, "locator": null, "quote": "The court \u0072uled", "source": "s1" } ],
                  "value": { "text": "caf\u00e9 \"owner\"", "property": "occupation", "quantity": null, "money": null, "related": null, "date": null, "place": null },
                  "rank": null, "note": null, "asStated": null, "sensitivity": null } ], "sensitivity": null, "id": "p1" }
              ],
              "sources": [ { "sha256": "{{TestData.SourceSha}}", "text": "s1.txt", "kind": "news-article", "title": "T", "url": null, "author": null, "publisher": null, "published": null, "retrieved": null, "language": null, "id": "s1" } ],
              "incidents": null, "organizations": [], "proceedings": null,
              "formatVersion": "1.0"
            }
            """;
        var bytes = (byte[])[0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(json)];
        var fast = Fast(bytes);
        fast.ShouldNotBeNull();
        fast.Persons[0].Facts[0].Value.Text.ShouldBe("café \"owner\"");
        fast.Persons[0].Facts[0].Citations[0].Quote.ShouldBe("The court ruled");
        ShouldAgree(bytes);
    }

    [Fact]
    public void Findings_are_placed_the_same_from_entity_offsets_as_from_reading_the_whole_file()
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestData.SeedsFolder, "milwaukee-1991.json"));
        var file = FastRecordReader.TryRead("case.json", bytes, 64, 1 << 20, new StringPool(), out var offsets).ShouldNotBeNull();
        offsets.ShouldNotBeNull();
        var pointers = new List<string> { string.Empty, "/sources", "/persons/0", "/persons/999", "/nope/1", "/persons/01", "/persons/-1" };
        foreach (var (list, count) in new[] { ("sources", file.Sources.Count), ("persons", file.Persons.Count), ("organizations", file.Organizations.Count), ("incidents", file.Incidents.Count), ("proceedings", file.Proceedings.Count) })
        {
            for (var i = 0; i < count; i++)
            {
                pointers.AddRange([$"/{list}/{i}", $"/{list}/{i}/id", $"/{list}/{i}/names/0", $"/{list}/{i}/names/0/citations/0/quote", $"/{list}/{i}/facts/1/value/date", $"/{list}/{i}/missing/3"]);
            }
        }

        var pending = pointers.Select(p => new PendingDiagnostic(new Diagnostic(DiagnosticCodes.SingleSource, "x") { File = "case.json" }, p)).ToList();
        var fromOffsets = new List<Diagnostic>();
        var fromFile = new List<Diagnostic>();
        Positions.Resolve(pending, bytes, 64, fromOffsets, offsets);
        Positions.Resolve(pending, bytes, 64, fromFile);
        fromOffsets.Count.ShouldBe(pointers.Count);
        fromOffsets.OrderBy(d => d.JsonPointer, StringComparer.Ordinal).ShouldBe(fromFile.OrderBy(d => d.JsonPointer, StringComparer.Ordinal));
        fromOffsets.Select(d => d.Line).Distinct().Count().ShouldBeGreaterThan(100);
    }

    [Theory]
    [InlineData("""{ "formatVersion": "1.0", "sources": [], "extra": 1 }""")]
    [InlineData("""{ "formatVersion": "1.0", "formatVersion": "1.0" }""")]
    [InlineData("""{ "formatVersion": "2.0" }""")]
    [InlineData("""{ "sources": [] }""")]
    [InlineData("""{ "formatVersion": "1.0" } []""")]
    [InlineData("""{ "formatVersion": "1.0", "persons": [ { "id": "p1", "names": [ { "value": "A", "citations": [] } ] } ] }""")]
    [InlineData("""{ "formatVersion": "1.0", "persons": [ { "id": "p1", "names": [ { "value": " ", "citations": [ { "source": "s1", "quote": "q" } ] } ] } ] }""")]
    [InlineData("""{ "formatVersion": "1.0", "persons": [ { "id": "P 1" } ] }""")]
    [InlineData("""{ "formatVersion": "1.0", "persons": [ { "id": "p1", "sensitivity": [ "none" ] } ] }""")]
    [InlineData("""{ "formatVersion": "1.0", "incidents": [ { "id": "i1", "dates": [ { "value": "1991-13", "citations": [ { "source": "s1", "quote": "q" } ] } ] } ] }""")]
    [InlineData("""{ "formatVersion": "1.0", "organizations": [ { "id": "o1", "facts": [ { "value": { "property": "size" }, "citations": [ { "source": "s1", "quote": "q" } ] } ] } ] }""")]
    [InlineData("""{ "formatVersion": "1.0", "organizations": [ { "id": "o1", "facts": [ { "value": { "property": "size", "quantity": { "amount": 5, "upperAmount": 4, "unit": "x" } }, "citations": [ { "source": "s1", "quote": "q" } ] } ] } ] }""")]
    [InlineData("""{ "formatVersion": "1.0", "organizations": [ { "id": "o1", "facts": [ { "value": { "property": "pay", "money": { "amount": 5, "currency": "usd" } }, "citations": [ { "source": "s1", "quote": "q" } ] } ] } ] }""")]
    [InlineData("""{ "formatVersion": "1.0", "proceedings": [ { "id": "x1", "kind": "duel" } ] }""")]
    [InlineData("""{ "formatVersion": "1.0", /* comment */ "persons": [] }""")]
    [InlineData("""{ "formatVersion": "1.0", "persons": [], }""")]
    public void Files_with_a_problem_leave_the_fast_path(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        Fast(bytes).ShouldBeNull();
        Strict(bytes).Diagnostics.ShouldNotBeEmpty();
    }

    [Fact]
    public void An_escaped_property_name_is_left_to_the_strict_path_which_reads_it()
    {
        var bytes = Encoding.UTF8.GetBytes("""{ "formatVersion": "1.0", "persons": [ { "\u0069d": "p1" } ] }""");
        Fast(bytes).ShouldBeNull();
        var (file, diagnostics) = Strict(bytes);
        diagnostics.ShouldBeEmpty();
        file.ShouldNotBeNull().Persons[0].Id.ShouldBe("p1");
    }
}
