using System.CommandLine;
using System.Globalization;
using System.Text;
using CaseRecords.Dates;
using CaseRecords.Loading;
using CaseRecords.Serialization;

namespace CaseRecords.Cli;

internal static partial class CliApp
{
    /// <summary>The record file <c>init</c> writes and <c>add-source</c> looks for.</summary>
    internal const string DefaultRecordFile = "case.json";

    /// <summary>The folder <c>init</c> makes for the source texts, and where <c>add-source</c> copies them.</summary>
    internal const string TextsFolder = "texts";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The source kinds as the format names them ("news-article"), for help and messages.</summary>
    private static string SourceKinds => string.Join(", ", EnumNames<SourceKind>.Names);

    /// <summary><c>init [FOLDER]</c>: scaffolds a case.</summary>
    private static Command InitCommand(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string?>("FOLDER") { Description = "The case's folder; created if missing. Without it, the current folder.", Arity = ArgumentArity.ZeroOrOne };
        var init = new Command(
            "init",
            $"Start a case: a record file ({DefaultRecordFile}) that names a local copy of the JSON Schema for your editor, a {TextsFolder}/ folder for the source texts, a .gitattributes that keeps them byte-exact, and a README with the next steps. Existing files are never overwritten.")
        {
            folder,
        };
        init.SetAction(parse => Init(parse.GetValue(folder), stdout, stderr));
        return init;
    }

    /// <summary>
    /// <c>add-source FILE --id ID --kind KIND --title TITLE [...]</c>: stores a source's text, pins it by its SHA-256
    /// and adds the source to the record file.
    /// </summary>
    private static Command AddSourceCommand(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Description = $"The source's text, UTF-8. Copied into the case's {TextsFolder}/ folder, unless it is inside the case folder already." };
        var id = new Option<string>("--id") { Description = "The source's id: lower-case letters and digits, with single '-', '.' or '_' between them (\"city-herald-2021\").", Required = true };
        var kind = new Option<string>("--kind") { Description = $"What kind of document it is: {SourceKinds}.", Required = true };
        var title = new Option<string>("--title") { Description = "The document's title.", Required = true };
        var url = new Option<string?>("--url") { Description = "The document's address (absolute)." };
        var published = new Option<string?>("--published") { Description = "When it was published, as an EDTF date (\"2021-03-04\", \"2021-03\", \"2021\")." };
        var publisher = new Option<string?>("--publisher") { Description = "The publisher or website." };
        var language = new Option<string?>("--language") { Description = "The document's language, a BCP 47 tag (\"en\", \"en-GB\")." };
        var author = new Option<string?>("--author") { Description = "The author." };
        var records = new Option<string?>("--records") { Description = $"The record file to add the source to, or the case folder holding it. Without it, the current folder. A folder must hold one record file ({DefaultRecordFile} after init)." };
        var addSource = new Command(
            "add-source",
            $"Add a source: copy its text into {TextsFolder}/ (unless it is in the case folder already), compute its SHA-256 and write the source entry to the record file (canonical form, atomically). Refuses a duplicate or malformed id, an unknown kind, a text that is not UTF-8 and a path outside the case folder.")
        {
            file, id, kind, title, url, published, publisher, language, author, records,
        };
        addSource.SetAction(parse => AddSource(
            new SourceRequest(
                parse.GetValue(file)!, parse.GetValue(id)!, parse.GetValue(kind)!, parse.GetValue(title)!, parse.GetValue(url),
                parse.GetValue(published), parse.GetValue(publisher), parse.GetValue(language), parse.GetValue(author)),
            parse.GetValue(records),
            stdout,
            stderr));
        return addSource;
    }

    private static int Init(string? folder, TextWriter stdout, TextWriter stderr)
    {
        var root = Path.GetFullPath(folder ?? ".");
        if (File.Exists(root))
        {
            stderr.WriteLine($"caserecords: \"{folder}\" is a file; give init a folder (it is created if missing).");
            return UsageOrIoError;
        }

        byte[] schema;
        using (var embedded = RecordSchema.Open())
        using (var buffer = new MemoryStream())
        {
            embedded.CopyTo(buffer);
            schema = buffer.ToArray();
        }

        var files = new (string Name, byte[] Bytes, string What)[]
        {
            (DefaultRecordFile, Utf8NoBom.GetBytes(CaseDatasetWriter.ToJson(new RecordFile(DefaultRecordFile) { Schema = RecordSchema.FileName })), $"the record file (format {RecordFile.CurrentFormatVersion}; its \"$schema\" names the schema below)"),
            (RecordSchema.FileName, schema, "the format's JSON Schema, for completion and inline errors in your editor"),
            (".gitattributes", Utf8NoBom.GetBytes(GitAttributes), $"keeps the texts in {TextsFolder}/ byte-exact in Git"),
            ("README.md", Utf8NoBom.GetBytes(CaseReadme(Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar)))), "the next steps"),
        };

        var existing = files.Select(f => f.Name).Where(name => Path.Exists(Path.Combine(root, name))).ToList();
        if (File.Exists(Path.Combine(root, TextsFolder)))
        {
            existing.Add(TextsFolder);
        }

        if (existing.Count > 0)
        {
            stderr.WriteLine($"caserecords: {root} already holds {string.Join(", ", existing)}; init never overwrites a file. Nothing was written. Choose another folder, or move those files away.");
            return UsageOrIoError;
        }

        Directory.CreateDirectory(Path.Combine(root, TextsFolder));
        foreach (var (name, bytes, _) in files)
        {
            AtomicFile.Write(Path.Combine(root, name), stream => stream.Write(bytes), overwrite: false);
        }

        var o = new StringBuilder();
        o.Append($"Started a case in {root}:\n");
        o.Append($"  {DefaultRecordFile,-24} {files[0].What}\n");
        o.Append($"  {RecordSchema.FileName,-24} {files[1].What}\n");
        o.Append($"  {TextsFolder + "/",-24} the source texts, stored byte for byte\n");
        o.Append($"  {".gitattributes",-24} {files[2].What}\n");
        o.Append($"  {"README.md",-24} {files[3].What}\n");
        o.Append($"Next: caserecords add-source FILE{(folder is null ? string.Empty : $" --records {folder}")} --id ID --kind KIND --title TITLE\n");
        stdout.Write(o.ToString());
        return Clean;
    }

    /// <summary>The .gitattributes of a new case: source texts are pinned by their bytes.</summary>
    internal const string GitAttributes =
        "# Each source text is pinned by the SHA-256 of its bytes (\"sha256\" in the record file). Git must store and\n"
        + "# check out the texts byte for byte: no line-ending conversion (core.autocrlf, the Git for Windows default),\n"
        + "# or every hash fails after a checkout on another platform.\n"
        + "texts/** -text\n"
        + "\n"
        + "# Record files are written in canonical form, with \\n line ends.\n"
        + "*.json text eol=lf\n";

    private static string CaseReadme(string name) => $$"""
        # {{name}}

        A case in the CaseRecords format: every claim cites a source and quotes it word for word.

        - `{{DefaultRecordFile}}`: the record file. Its `"$schema"` names `{{RecordSchema.FileName}}`, the format's JSON Schema, so
          that VS Code, Rider and Visual Studio complete property names and underline mistakes as you type.
        - `{{TextsFolder}}/`: the source texts, stored byte for byte. Each is pinned by its SHA-256; `.gitattributes` keeps Git
          from changing their line endings.

        ## Next steps

        1. Save the text of each source you cite as a UTF-8 file, and add it:

               caserecords add-source article.txt --id city-herald --kind news-article --title "The article's title"

           This copies the text into `{{TextsFolder}}/`, computes its SHA-256 and adds the source to `{{DefaultRecordFile}}`.
           Also `--url`, `--published` (an EDTF date such as `2021-03-04`), `--publisher`, `--language`, `--author`.
           The kinds are:

               {{SourceKinds}}

        2. Write the persons, organizations, incidents and proceedings in `{{DefaultRecordFile}}`. Every claim cites a source
           and quotes it verbatim:

               "names": [ { "value": "Ana Ruiz", "citations": [ { "source": "city-herald", "quote": "said Mayor Ana Ruiz" } ] } ]

           docs/format.md of CaseRecords describes the format, with a complete example and how to record vague
           wording ("early 2017", "three years later").

        3. Check the case: `caserecords validate .` (or `caserecords validate . --watch` while you edit). It checks that
           every quote occurs in its source, that each claim's quotes state its value, and that the records hold
           together; each finding says how to fix it.

        """.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>What <c>add-source</c> was asked to add.</summary>
    private sealed record SourceRequest(string File, string Id, string Kind, string Title, string? Url, string? Published, string? Publisher, string? Language, string? Author);

    private static int AddSource(SourceRequest request, string? records, TextWriter stdout, TextWriter stderr)
    {
        int Refuse(string message)
        {
            stderr.WriteLine($"caserecords: {message}");
            return UsageOrIoError;
        }

        // 1. The source entry itself: everything the loader would refuse, refused before anything is written.
        if (!EntityIds.IsValid(request.Id))
        {
            var form = IdForm(request.Id);
            return Refuse($"\"{request.Id}\" is not a valid id. {EntityIds.Rule}{(form is null ? string.Empty : $" Try \"{form}\".")}");
        }

        if (!EnumNames<SourceKind>.TryParse(request.Kind, out var kind))
        {
            // The closest kind by the format's did-you-mean rule; else the kinds that have the word ("news").
            IReadOnlyList<string> meant = ObjectShape.Closest(EnumNames<SourceKind>.Names, request.Kind) is { } closest
                ? [closest]
                : [.. EnumNames<SourceKind>.Names.Where(n => n.Split('-').Contains(request.Kind.ToLowerInvariant(), StringComparer.Ordinal))];
            return Refuse($"\"{request.Kind}\" is not a source kind.{(meant.Count == 0 ? string.Empty : $" Did you mean {string.Join(" or ", meant.Select(m => $"\"{m}\""))}?")} The kinds are {SourceKinds}.");
        }

        if (string.IsNullOrWhiteSpace(request.Title))
        {
            return Refuse("the title is empty.");
        }

        Uri? url = null;
        if (request.Url is not null && !Uri.TryCreate(request.Url, UriKind.Absolute, out url))
        {
            return Refuse($"\"{request.Url}\" is not an absolute URL.");
        }

        CaseDate? published = null;
        if (request.Published is not null)
        {
            var parsed = CaseDate.Parse(request.Published);
            if (parsed.Value is null)
            {
                var meant = EdtfFor(request.Published);
                return Refuse($"--published \"{request.Published}\" is not an EDTF date: {parsed.Message} {(meant is null ? "Write it as \"2021-03-04\", \"2021-03\" or \"2021\"." : $"Did you mean \"{meant}\"?")}");
            }

            published = parsed.Value;
        }

        if (request.Language is not null && !IsLanguageTag(request.Language))
        {
            return Refuse($"--language \"{request.Language}\" is not a BCP 47 language tag such as \"en\" or \"en-GB\".");
        }

        if (new[] { request.Publisher, request.Author }.Any(v => v is not null && string.IsNullOrWhiteSpace(v)))
        {
            return Refuse("--publisher and --author may not be empty.");
        }

        // 2. The record file, loaded whole: writing back a file with a unit left out would drop that unit.
        if (FindRecordFile(records, out var root, out var recordPath) is { } notFound)
        {
            return Refuse(notFound);
        }

        var load = CaseDatasetLoader.Load(DatasetFiles.FromFolder(root), LoadOptions.Default);
        var file = load.Dataset.Files.FirstOrDefault(f => f.Path == recordPath);
        if (file is null || load.LeftOut.Any(l => l.File == recordPath))
        {
            foreach (var diagnostic in load.Diagnostics.Where(d => d.File == recordPath && d.Severity == Diagnostics.DiagnosticSeverity.Error))
            {
                stderr.WriteLine(diagnostic);
            }

            return Refuse($"{recordPath} has errors that leave records out, so writing it back would lose them. Fix them first (caserecords validate); nothing was written.");
        }

        if (load.Dataset.TryGetSource(request.Id, out var taken))
        {
            return Refuse($"the id \"{request.Id}\" is taken: source \"{taken.Id}\" (\"{taken.Title}\", text {taken.TextPath}) in {FileDefining(load.Dataset, taken.Id)}. Choose another id.");
        }

        if (load.Dataset.TryGet(request.Id, out var entity))
        {
            return Refuse($"the id \"{request.Id}\" is taken: {entity.Kind.ToString().ToLowerInvariant()} \"{entity.Id}\" in {FileDefining(load.Dataset, entity.Id)}. Sources and entities share one id space; choose another id.");
        }

        // 3. The text: UTF-8, inside the case folder (copied there if it is not).
        var full = Path.GetFullPath(request.File);
        if (!File.Exists(full))
        {
            return Refuse($"\"{request.File}\" is not a file.");
        }

        if (new FileInfo(full).Length > LoadOptions.Default.MaxFileBytes)
        {
            return Refuse($"\"{request.File}\" is larger than the loader reads ({LoadOptions.Default.MaxFileBytes:N0} bytes).");
        }

        var bytes = File.ReadAllBytes(full);
        if (FirstInvalidUtf8(bytes) is { } bad)
        {
            return Refuse($"\"{request.File}\" is not UTF-8 (byte 0x{bytes[bad]:X2} at offset {bad}). Save it as UTF-8 first: a source's text is compared with quotes as UTF-8 text.");
        }

        var (textPath, copied, problem) = StoreText(root, full, bytes, load.Dataset);
        if (problem is not null)
        {
            return Refuse(problem);
        }

        // 4. The source entry, appended; the record file rewritten in canonical form, atomically.
        var source = new Source(request.Id, request.Title, kind, textPath!, Source.ComputeSha256(bytes))
        {
            Url = url,
            Published = published,
            Publisher = request.Publisher,
            Language = request.Language,
            Author = request.Author,
        };
        try
        {
            AtomicFile.Write(Path.Combine(root, recordPath.Replace('/', Path.DirectorySeparatorChar)), stream => CaseDatasetWriter.Write(file with { Sources = [.. file.Sources, source] }, stream));
        }
        catch
        {
            if (copied)
            {
                File.Delete(Path.Combine(root, textPath!.Replace('/', Path.DirectorySeparatorChar)));
            }

            throw;
        }

        var shown = records is null ? recordPath : File.Exists(records) ? records : Path.Join(records, recordPath);
        stdout.Write($"Added source {source.Id} to {shown}\n  text:   {textPath}{(copied ? $" (copied from {request.File})" : string.Empty)}\n  sha256: {source.Sha256}\n");
        return Clean;
    }

    /// <summary>
    /// The case folder and the record file in it: <paramref name="records"/> names the file, or a folder that holds
    /// exactly one; without it, the current folder. Returns why none was found, or null.
    /// </summary>
    private static string? FindRecordFile(string? records, out string root, out string recordPath)
    {
        var given = records ?? ".";
        root = Path.GetFullPath(given);
        recordPath = string.Empty;
        if (File.Exists(root))
        {
            recordPath = Path.GetFileName(root);
            root = Path.GetDirectoryName(root)!;
            return null;
        }

        if (!Directory.Exists(root))
        {
            return $"\"{given}\" is neither a folder nor a record file.";
        }

        var found = DatasetFiles.FromFolder(root).ListRecordFiles();
        switch (found.Count)
        {
            case 1:
                recordPath = found[0];
                return null;
            case 0:
                return $"{root} holds no record file. Start a case there with 'caserecords init', or name the record file with --records FILE.";
            default:
                return $"{root} holds {found.Count} record files ({string.Join(", ", found.Take(5))}{(found.Count > 5 ? ", …" : string.Empty)}); name the one to add the source to with --records FILE.";
        }
    }

    /// <summary>
    /// Where the text is stored, relative to the case folder: its own path when it is inside the folder (and does not
    /// lead out of it through a link), else a copy in texts/. Returns why it cannot be stored, or null.
    /// </summary>
    private static (string? TextPath, bool Copied, string? Problem) StoreText(string root, string full, byte[] bytes, CaseDataset dataset)
    {
        var inside = full.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        var textPath = inside
            ? Path.GetRelativePath(root, full).Replace(Path.DirectorySeparatorChar, '/')
            : $"{TextsFolder}/{Path.GetFileName(full)}";
        if (!DatasetPaths.IsSafeRelative(textPath, out var unsafePath))
        {
            return (null, false, $"the text would be stored as \"{textPath}\", which a record file cannot name: {unsafePath}. Rename the file.");
        }

        if (dataset.Sources.FirstOrDefault(s => s.TextPath == textPath) is { } other)
        {
            return (null, false, $"{textPath} is already the text of source \"{other.Id}\"; a source is one document with its own text.");
        }

        if (inside)
        {
            try
            {
                // The loader's own check: a symbolic link on the way must not lead out of the folder.
                DatasetFiles.FromFolder(root).OpenRead(textPath).Dispose();
            }
            catch (IOException e)
            {
                return (null, false, $"\"{textPath}\" cannot be read as a text of the case: {e.Message}");
            }

            return (textPath, false, null);
        }

        var target = Path.Combine(root, TextsFolder, Path.GetFileName(full));
        if (File.Exists(target))
        {
            return File.ReadAllBytes(target).AsSpan().SequenceEqual(bytes)
                ? (textPath, false, null)
                : (null, false, $"{textPath} exists already, with other content. Rename your file, or give the path of the one in {TextsFolder}/.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        AtomicFile.Write(target, stream => stream.Write(bytes), overwrite: false);
        return (textPath, true, null);
    }

    /// <summary>
    /// The EDTF date that English wording such as "June 2017" or "4 March 2021" states, when the whole of
    /// <paramref name="written"/> is one day, month or year (read as the validator reads quotes); else null.
    /// </summary>
    internal static string? EdtfFor(string written)
    {
        var trimmed = written.Trim();
        var stated = DateExpressions.Find(trimmed);
        var whole = stated.FindIndex(e => e.Start == 0 && e.Length == trimmed.Length);
        if (whole < 0)
        {
            return null;
        }

        var e = stated[whole];

        var (first, last) = (e.Earliest, e.Latest);
        return first == last ? first.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)
            : first.Day == 1 && last == first.PlusMonths(1).PlusDays(-1) ? first.ToString("uuuu-MM", CultureInfo.InvariantCulture)
            : first is { Day: 1, Month: 1 } && last == first.PlusYears(1).PlusDays(-1) ? first.ToString("uuuu", CultureInfo.InvariantCulture)
            : null;
    }

    private static string FileDefining(CaseDataset dataset, string id) =>
        dataset.Files.FirstOrDefault(f => f.Sources.Any(s => s.Id == id) || f.Entities.Any(e => e.Id == id))?.Path ?? "the records";

    /// <summary>A BCP 47 tag's shape: a primary language subtag of 2–8 letters, then subtags of 1–8 letters or digits.</summary>
    private static bool IsLanguageTag(string tag)
    {
        var parts = tag.Split('-');
        return parts[0].Length is >= 2 and <= 8 && parts[0].All(char.IsAsciiLetter)
            && parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
    }

    /// <summary>The offset of the first byte that is not UTF-8 (a leading byte-order mark is fine), or null.</summary>
    private static int? FirstInvalidUtf8(byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var span = bytes.AsSpan(start);
        if (System.Text.Unicode.Utf8.IsValid(span))
        {
            return null;
        }

        var valid = 0;
        while (System.Text.Rune.DecodeFromUtf8(span[valid..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            valid += consumed;
        }

        return start + valid;
    }
}
