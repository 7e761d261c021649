using System.CommandLine;
using System.Globalization;
using System.Text;
using CaseRecords.Diagnostics;
using CaseRecords.Loading;
using CaseRecords.Serialization;
using CaseRecords.Validation;

namespace CaseRecords.Cli;

internal static partial class CliApp
{
    /// <summary>Characters of context shown either side of a passage.</summary>
    private const int ContextWidth = 40;

    /// <summary><c>locate SOURCE QUOTE [PATH]</c>: where a quote occurs in a source's text, or the passages nearest to it.</summary>
    private static Command LocateCommand(Argument<string?> path, TextWriter stdout, TextWriter stderr)
    {
        var source = new Argument<string>("SOURCE") { Description = "The id of the source whose stored text to search." };
        var quote = new Argument<string>("QUOTE") { Description = "The quote, as it would be cited (matched as the validator matches quotes)." };
        var locatePath = new Argument<string?>("PATH") { Description = path.Description, Arity = ArgumentArity.ZeroOrOne };
        var locate = new Command(
            "locate",
            "Where a quote occurs in a source's stored text: line, column, offset and the context around it. When it does not occur, the nearest passages (up to 3) with the differences marked [-quote-]{+text+}. "
            + "Exits 1 when the quote is not found.")
        {
            source, quote, locatePath,
        };
        locate.SetAction(parse => Load(parse.GetValue(locatePath), stderr) is { } load
            ? Locate(load, parse.GetValue(source)!, parse.GetValue(quote)!, stdout, stderr)
            : UsageOrIoError);
        return locate;
    }

    /// <summary><c>rehash [PATH] [--dry-run]</c>: records the new hash of each changed text in which every quote still occurs.</summary>
    private static Command RehashCommand(TextWriter stdout, TextWriter stderr)
    {
        var rehashPath = new Argument<string?>("PATH")
        {
            Description = "A records folder (every *.json in it is a record file) or one record file. Without it, the current folder.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Say what would be done; write nothing." };
        var rehash = new Command(
            "rehash",
            "For each source whose stored text no longer has the recorded SHA-256: record the new hash when every quote citing it still occurs in the new text; otherwise refuse, listing the quotes that are gone with their nearest passages. "
            + "A text whose only change is its line endings is not rehashed: fix the checkout instead. Record files are written back in canonical form, atomically. "
            + "Exits 1 when some text is refused.")
        {
            rehashPath, dryRun,
        };
        rehash.SetAction(parse =>
        {
            var folder = parse.GetValue(rehashPath) ?? ".";
            return Load(folder, stderr) is { } load ? Rehash(load, folder, parse.GetValue(dryRun), stdout, stderr) : UsageOrIoError;
        });
        return rehash;
    }

    private static int Locate(LoadResult load, string id, string quote, TextWriter stdout, TextWriter stderr)
    {
        NoteLoadErrors(load, stderr);
        var dataset = load.Dataset;
        if (!dataset.TryGetSource(id, out var source))
        {
            var ids = dataset.Sources.Select(s => s.Id).ToList();
            var suggestion = ObjectShape.Closest(ids, id) is { } closest ? $" Did you mean \"{closest}\"?" : string.Empty;
            var known = ids.Count == 0 ? "The records define no source." : $"The sources are {string.Join(", ", ids.Select(i => $"\"{i}\""))}.";
            stderr.WriteLine($"caserecords: no source has the id \"{id}\".{suggestion} {known}");
            return UsageOrIoError;
        }

        if (dataset.GetText(source) is not { } text)
        {
            stderr.WriteLine($"caserecords: the stored text \"{source.TextPath}\" of source \"{id}\" is not available.");
            return UsageOrIoError;
        }

        if (string.IsNullOrWhiteSpace(quote))
        {
            stderr.WriteLine("caserecords: the quote is empty.");
            return UsageOrIoError;
        }

        var o = new StringBuilder();
        if (text.Find(quote) is { } first)
        {
            // Every occurrence up to three (the nearest passages at distance 0); a quote too long to search that way, its first.
            var occurrences = text.FindNearest(quote, 3, 0).Where(c => c.Distance == 0).Select(c => c.Span).ToList();
            occurrences = occurrences.Count == 0 ? [first] : occurrences;
            var count = occurrences.Count == 1 ? string.Empty : occurrences.Count == 3 ? " (its first 3 occurrences)" : $" ({occurrences.Count} times)";
            o.Append(CultureInfo.InvariantCulture, $"\"{Abbreviate(quote)}\" occurs in source \"{id}\" ({text.Path}){count}:\n");
            foreach (var span in occurrences)
            {
                o.Append(CultureInfo.InvariantCulture, $"  line {span.Line}, column {span.Column}, offset {span.Start}, {span.Length} characters: {Context(text.Text, span)}\n");
            }

            stdout.Write(o.ToString());
            return Clean;
        }

        o.Append(CultureInfo.InvariantCulture, $"\"{Abbreviate(quote)}\" does not occur in source \"{id}\" ({text.Path}).");
        var nearest = text.FindNearest(quote, 3);
        if (nearest.IsEmpty)
        {
            o.Append(QuoteFinder.FoldedLength(quote) > SourceText.MaxNearestQuoteLength
                ? $" (A quote longer than {SourceText.MaxNearestQuoteLength} characters is not searched for approximately.)\n"
                : " Nothing in it is near it (within half the quote's length in edits).\n");
        }
        else
        {
            o.Append(nearest.Count == 1 ? " The nearest passage:\n" : " The nearest passages:\n");
            for (var i = 0; i < nearest.Count; i++)
            {
                var c = nearest[i];
                var how = c.DiffersOnlyInCase ? "differs only in case" : $"{c.Distance} edit{(c.Distance == 1 ? string.Empty : "s")}";
                o.Append(CultureInfo.InvariantCulture, $"  {i + 1}. line {c.Span.Line}, column {c.Span.Column}, offset {c.Span.Start}, {how}: {c.Marked}\n");
                o.Append(CultureInfo.InvariantCulture, $"     {Context(text.Text, c.Span)}\n");
            }
        }

        foreach (var other in dataset.Sources)
        {
            if (other.Id != id && dataset.GetText(other)?.Find(quote) is { } elsewhere)
            {
                o.Append(CultureInfo.InvariantCulture, $"It does occur in source \"{other.Id}\" ({other.TextPath}) at line {elsewhere.Line}, column {elsewhere.Column}.\n");
            }
        }

        stdout.Write(o.ToString());
        return ValidationErrors;
    }

    private static int Rehash(LoadResult load, string path, bool dryRun, TextWriter stdout, TextWriter stderr)
    {
        NoteLoadErrors(load, stderr);
        var dataset = load.Dataset;
        var drifts = SourceDrift.Of(dataset);
        if (drifts.IsEmpty)
        {
            stdout.WriteLine("Nothing to do: every source's stored text has its recorded SHA-256.");
            return Clean;
        }

        var full = Path.GetFullPath(path);
        var root = File.Exists(full) ? Path.GetDirectoryName(full)! : full;
        var o = new StringBuilder();
        var refused = 0;
        var updates = new Dictionary<RecordFile, Dictionary<string, string>>(ReferenceEqualityComparer.Instance);
        var rehashed = new List<(SourceDrift Drift, RecordFile File)>();
        foreach (var drift in drifts)
        {
            var source = drift.Source;
            var file = dataset.Files.First(f => f.Sources.Any(s => ReferenceEquals(s, source)));
            var label = $"{source.Id} ({source.TextPath})";
            if (drift.Difference is TextDifference.LineEndings or TextDifference.LineEndingsAndByteOrderMark)
            {
                var endings = drift.Text.Text.Contains("\r\n", StringComparison.Ordinal)
                    ? "the file has CRLF line endings; the recorded hash is of the LF text"
                    : "the file has LF line endings; the recorded hash is of the CRLF text";
                o.Append(CultureInfo.InvariantCulture, $"{label}: not rehashed: only line endings differ ({endings}). The recorded hash is right for the text as it was written; check .gitattributes / core.autocrlf (source texts must be checked out byte for byte: \"*.txt -text\") and check the file out again.\n");
                refused++;
                continue;
            }

            if (drift.Gone > 0)
            {
                o.Append(CultureInfo.InvariantCulture, $"{label}: refused: {drift.Gone} of the {drift.Citations} quotes citing it {(drift.Gone == 1 ? "is" : "are")} gone from the new text:\n");
                foreach (var lost in drift.Lost)
                {
                    var times = lost.Citations == 1 ? string.Empty : $" (cited {lost.Citations} times)";
                    var near = lost.Nearest is { } n
                        ? $"nearest at line {n.Span.Line}, column {n.Span.Column}{(n.DiffersOnlyInCase ? ", differing only in case" : string.Empty)}: {n.MarkedBriefly()}"
                        : "nothing close in the new text";
                    o.Append(CultureInfo.InvariantCulture, $"    \"{Abbreviate(lost.Quote)}\"{times}: {near}\n");
                }

                o.Append("  Restore the text, or correct those quotes, then run rehash again.\n");
                refused++;
                continue;
            }

            if (load.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.File == file.Path) || load.LeftOut.Any(l => l.File == file.Path))
            {
                o.Append(CultureInfo.InvariantCulture, $"{label}: refused: {file.Path} has load errors, and writing it back would drop what was left out. Fix them first (caserecords validate).\n");
                refused++;
                continue;
            }

            if (!updates.TryGetValue(file, out var hashes))
            {
                updates[file] = hashes = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            hashes[source.Id] = drift.Text.Sha256;
            rehashed.Add((drift, file));
        }

        foreach (var (file, hashes) in updates)
        {
            var target = Path.Combine(root, file.Path.Replace('/', Path.DirectorySeparatorChar));
            var before = File.ReadAllText(target);
            var json = CaseDatasetWriter.ToJson(file with { Sources = [.. file.Sources.Select(s => hashes.TryGetValue(s.Id, out var sha) ? s with { Sha256 = sha } : s)] });
            if (!string.Equals(before.TrimStart('\uFEFF'), CaseDatasetWriter.ToJson(file), StringComparison.Ordinal))
            {
                o.Append(CultureInfo.InvariantCulture, $"{file.Path} was not in canonical form: it {(dryRun ? "would be" : "is")} written in canonical form (property order, indentation, format version {RecordFile.CurrentFormatVersion}).\n");
            }

            if (!dryRun)
            {
                Emit(json, target, stdout);
            }
        }

        foreach (var (drift, file) in rehashed)
        {
            var folded = drift.OnlyFolded == 0 ? string.Empty : $" ({drift.OnlyFolded} only after folding white space, quotes or dashes)";
            var quotes = drift.Citations switch
            {
                0 => "no quote cites it",
                1 => $"the one quote citing it still occurs{folded}",
                _ => $"all {drift.Citations} quotes citing it still occur{folded}",
            };
            var mark = drift.Difference == TextDifference.ByteOrderMark ? " Only its byte-order mark changed." : string.Empty;
            o.Append(CultureInfo.InvariantCulture, $"{drift.Source.Id} ({drift.Source.TextPath}): {(dryRun ? "would rehash" : "rehashed")}: {quotes}; SHA-256 {drift.Source.Sha256} -> {drift.Text.Sha256} in {file.Path}.{mark}\n");
        }

        var summary = dryRun ? $"Dry run: {rehashed.Count} source(s) would be rehashed, {refused} refused; nothing written." : $"{rehashed.Count} source(s) rehashed in {updates.Count} record file(s), {refused} refused.";
        o.Append(summary).Append('\n');
        stdout.Write(o.ToString());
        return refused > 0 ? ValidationErrors : Clean;
    }

    /// <summary>Says on standard error that the records have load errors (the command goes on with what could be read).</summary>
    private static void NoteLoadErrors(LoadResult load, TextWriter stderr)
    {
        var errors = load.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        if (errors > 0)
        {
            stderr.WriteLine($"caserecords: note: the records have {errors} load error(s); 'caserecords validate' lists them.");
        }
    }

    /// <summary>The passage with up to <see cref="ContextWidth"/> characters either side, marked <c>&gt;&gt;…&lt;&lt;</c>, on one line.</summary>
    private static string Context(string text, TextSpan span)
    {
        var from = Math.Max(0, span.Start - ContextWidth);
        var to = Math.Min(text.Length, span.Start + span.Length + ContextWidth);
        static string OneLine(string s) => s.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace("\n", " ↵ ", StringComparison.Ordinal).Replace('\t', ' ');
        return (from > 0 ? "…" : string.Empty)
            + OneLine(text[from..span.Start]) + ">>" + OneLine(text.Substring(span.Start, span.Length)) + "<<" + OneLine(text[(span.Start + span.Length)..to])
            + (to < text.Length ? "…" : string.Empty);
    }

    private static string Abbreviate(string quote) => quote.Length <= 80 ? quote : string.Concat(quote.AsSpan(0, 77), "...");
}
