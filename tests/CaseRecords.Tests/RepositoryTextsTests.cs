using System.Text.RegularExpressions;
using CaseRecords.Loading;
using CaseRecords.Validation;

namespace CaseRecords.Tests;

/// <summary>The repository's own source texts stay byte-exact: in Git on every platform, and as embedded in the package.</summary>
public class RepositoryTextsTests
{
    private static string Root => Path.GetFullPath(Path.Combine(TestData.SeedsFolder, ".."));

    [Fact]
    public void The_embedded_texts_of_the_bundled_dataset_have_their_recorded_hashes_byte_for_byte()
    {
        var dataset = CaseDataset.Bundled;
        dataset.Sources.ShouldNotBeEmpty();
        foreach (var source in dataset.Sources)
        {
            using var embedded = DatasetFiles.Bundled.OpenRead(source.TextPath);
            using var bytes = new MemoryStream();
            embedded.CopyTo(bytes);
            Source.ComputeSha256(bytes.ToArray()).ShouldBe(source.Sha256, $"the embedded {source.TextPath} is not the text {source.Id} was recorded against");
            bytes.ToArray().ShouldNotContain((byte)'\r', $"{source.TextPath} was embedded with CR line endings");
        }

        SourceDrift.Of(dataset).ShouldBeEmpty();
    }

    [Fact]
    public void Gitattributes_keep_every_source_text_of_the_repository_byte_exact()
    {
        // Each "-text" rule of the root .gitattributes, as a regular expression over paths relative to the root.
        var rules = File.ReadAllLines(Path.Combine(Root, ".gitattributes"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Skip(1).Contains("-text"))
            .Select(parts => new Regex("^" + Regex.Escape(parts[0]).Replace(@"\*\*/", "(?:.*/)?", StringComparison.Ordinal).Replace(@"\*", "[^/]*", StringComparison.Ordinal) + "$"))
            .ToList();
        rules.ShouldNotBeEmpty();

        var texts = Directory.EnumerateFiles(Path.Combine(Root, "seeds"), "*.txt")
            .Concat(Directory.EnumerateDirectories(Path.Combine(Root, "samples"), "texts", SearchOption.AllDirectories).SelectMany(d => Directory.EnumerateFiles(d, "*.txt")))
            .Select(f => Path.GetRelativePath(Root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .ToList();
        texts.ShouldContain("seeds/000_402c1230b2e00ec6.txt");
        texts.ShouldContain("samples/riverton-traffic-stop/texts/radio.txt");
        texts.Where(t => !rules.Any(r => r.IsMatch(t))).ShouldBeEmpty("these source texts are not marked -text in .gitattributes");
    }
}
